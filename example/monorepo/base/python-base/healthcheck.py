"""Exits 0 when the service's /healthz answers 2xx: used by the services' HEALTHCHECK."""
import os
import sys
import urllib.request

url = sys.argv[1] if len(sys.argv) > 1 else f"http://127.0.0.1:{os.environ.get('PORT', '8000')}/healthz"
try:
    with urllib.request.urlopen(url, timeout=2) as response:
        sys.exit(0 if 200 <= response.status < 300 else 1)
except OSError:
    sys.exit(1)
