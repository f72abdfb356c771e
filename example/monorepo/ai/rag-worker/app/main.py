"""Polls for questions and answers them from the best-matching documents (a stand-in for a queue)."""
import time
from pathlib import Path

from py_common import env_int, get_logger

from app.retrieve import top_k

log = get_logger("rag-worker")
DOCUMENTS = [
    "Orders ship within two business days.",
    "Payments are charged in the customer's currency.",
    "Passwords can be reset from the sign-in page.",
]


def main() -> None:
    interval = env_int("POLL_SECONDS", 30)
    while True:
        for context in top_k("when do orders ship", DOCUMENTS):
            log.info("context: %s", context)
        Path("/tmp/heartbeat").touch()  # read by the HEALTHCHECK
        time.sleep(interval)


if __name__ == "__main__":
    main()
