"""Runs the steps of the pipeline copied into pipelines/active (chosen by the PIPELINE_DIR build arg)."""
import importlib

from py_common import get_logger

log = get_logger("transform")


def main() -> None:
    steps = importlib.import_module("pipelines.active.steps")
    rows = [{"total_minor": 1999}, {"total_minor": 250}]
    for step in steps.STEPS:
        rows = step(rows)
        log.info("%s -> %d rows", step.__name__, len(rows))


if __name__ == "__main__":
    main()
