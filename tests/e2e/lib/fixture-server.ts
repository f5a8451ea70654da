/**
 * Serves the test pages under tests/fixtures/pages (and its folders) at /fixtures/…, and a path
 * whose answer never comes (/never), for pages that must not finish loading.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { join, normalize } from 'node:path';
import type { LocalServer } from '../../../scripts/lib/demo-site';

export async function serveFixtures(projectRoot: string): Promise<LocalServer & { readonly port: number }> {
  const folder = join(projectRoot, 'tests', 'fixtures', 'pages');
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    if (path === '/never') {
      hanging.add(res); // answered when the server closes
      return;
    }
    const file = path.startsWith('/fixtures/') ? normalize(join(folder, path.slice('/fixtures/'.length))) : '';
    if (!file.startsWith(folder) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () => {
      for (const res of hanging) res.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
