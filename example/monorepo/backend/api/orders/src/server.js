import { createServer } from 'node:http';
import { log, requestId } from '@acme/shared-utils';
import { listOrders } from './orders.js';

const port = Number(process.env.PORT ?? 3000);

createServer((req, res) => {
  const id = requestId('orders');
  log('info', 'request', { id, method: req.method, url: req.url });
  res.setHeader('content-type', 'application/json');
  if (req.url === '/healthz') return res.end('{"ok":true}');
  if (req.url === '/orders') return res.end(JSON.stringify(listOrders()));
  res.statusCode = 404;
  res.end('{"error":"not found"}');
}).listen(port, () => log('info', `api-orders listening on :${port}`));
