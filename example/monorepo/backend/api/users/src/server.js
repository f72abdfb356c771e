import { createServer } from 'node:http';
import { findUser, listUsers } from './users.js';

const port = Number(process.env.PORT ?? 3000);

const server = createServer((req, res) => {
  const send = (status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  if (req.url === '/healthz') return send(200, { ok: true });
  if (req.url === '/users') return send(200, listUsers());
  const match = req.url?.match(/^\/users\/(\d+)$/);
  const user = match && findUser(match[1]);
  return user ? send(200, user) : send(404, { error: 'not found' });
});

server.listen(port, () => console.log(`api-users listening on :${port}`));
