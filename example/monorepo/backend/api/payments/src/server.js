import { createServer } from 'node:http';
import { log } from '@acme/shared-utils';
import { prepareCharge } from './payments.js';

const port = Number(process.env.PORT ?? 3000);

createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  if (req.url === '/healthz') return res.end('{"ok":true}');
  if (req.method === 'POST' && req.url === '/charges') {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      try {
        res.end(JSON.stringify(prepareCharge(JSON.parse(body))));
      } catch (error) {
        res.statusCode = 400;
        res.end(JSON.stringify({ error: String(error.message) }));
      }
    });
    return;
  }
  res.statusCode = 404;
  res.end('{"error":"not found"}');
}).listen(port, () => log('info', `api-payments listening on :${port}`));
