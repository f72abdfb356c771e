// Exits 0 when the URL answers 2xx within two seconds: used by the services' HEALTHCHECK.
const url = process.argv[2] ?? `http://127.0.0.1:${process.env.PORT ?? 3000}/healthz`;
try {
  const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
  process.exit(res.ok ? 0 : 1);
} catch {
  process.exit(1);
}
