import { createServer } from 'node:http';
import { log, requestId } from '@acme/shared-utils';
import { dueAt } from './schedule.js';

const port = Number(process.env.PORT ?? 9464);

setInterval(() => {
  const now = new Date();
  for (const job of dueAt(now.getUTCHours() * 60 + now.getUTCMinutes())) {
    log('info', 'trigger', { job, run: requestId(job) });
  }
}, 60_000);

createServer((req, res) => {
  res.statusCode = req.url === '/healthz' ? 200 : 404;
  res.end();
}).listen(port, () => log('info', `scheduler health on :${port}`));
