import json
from http.server import BaseHTTPRequestHandler, HTTPServer

from py_common import env_int, get_logger

from app.embed import embed

log = get_logger("embeddings")


class Handler(BaseHTTPRequestHandler):
    def _send(self, status: int, body: object) -> None:
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.end_headers()
        self.wfile.write(payload)

    def do_GET(self) -> None:
        self._send(200, {"ok": True}) if self.path == "/healthz" else self._send(404, {"error": "not found"})

    def do_POST(self) -> None:
        if self.path != "/embed":
            return self._send(404, {"error": "not found"})
        body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
        self._send(200, {"embedding": embed(body.get("text", ""))})


if __name__ == "__main__":
    port = env_int("PORT", 8000)
    log.info("embeddings listening on :%d", port)
    HTTPServer(("0.0.0.0", port), Handler).serve_forever()
