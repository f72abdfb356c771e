import json
import os
from http.server import BaseHTTPRequestHandler, HTTPServer

from app.model import load, score

WEIGHTS = load()


class Handler(BaseHTTPRequestHandler):
    def _send(self, status: int, body: object) -> None:
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps(body).encode())

    def do_GET(self) -> None:
        self._send(200, {"ok": True}) if self.path == "/healthz" else self._send(404, {"error": "not found"})

    def do_POST(self) -> None:
        if self.path != "/predict":
            return self._send(404, {"error": "not found"})
        body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
        self._send(200, {"score": score(body.get("text", ""), WEIGHTS)})


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8000"))
    print(f"inference listening on :{port}", flush=True)
    HTTPServer(("0.0.0.0", port), Handler).serve_forever()
