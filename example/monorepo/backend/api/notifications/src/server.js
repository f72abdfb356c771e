const { createServer } = require('node:http');
const { render } = require('./templates.js');

const port = Number(process.env.PORT ?? 3000);

createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  if (req.url === '/healthz') return res.end('{"ok":true}');
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/preview') {
    try {
      return res.end(JSON.stringify({ text: render(url.searchParams.get('template'), Object.fromEntries(url.searchParams)) }));
    } catch (error) {
      res.statusCode = 400;
      return res.end(JSON.stringify({ error: error.message }));
    }
  }
  res.statusCode = 404;
  res.end('{"error":"not found"}');
}).listen(port, () => console.log(`api-notifications listening on :${port}`));
