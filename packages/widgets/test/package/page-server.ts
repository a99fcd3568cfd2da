import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

/** Routes of the test site: path → [content type, body]. */
export type Routes = Record<string, [string, string | Buffer]>;

/** The built embed bundle, and a copy that claims another version, for the double-load test. */
export function embedRoutes(): Routes {
  const embed = readFileSync(join(root, 'dist/embed.js'), 'utf8');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const other = embed.replaceAll(JSON.stringify(version), JSON.stringify('9.9.0'));
  return {
    '/embed.js': ['text/javascript', embed],
    '/again/embed.js': ['text/javascript', embed],
    '/other-version/embed.js': ['text/javascript', other],
    '/training.js': ['text/javascript', readFileSync(join(root, 'dist/training.js'), 'utf8')],
    '/embed-patch.js': ['text/javascript', readFileSync(join(root, 'dist/embed-patch.js'), 'utf8')],
  };
}

/** What scripts/release.mjs wrote: the folder an editor downloads, and its checksums. */
export interface Release {
  folder: string;
  placeholder: string;
  files: { name: string; integrity?: string }[];
}

export const release = (): Release =>
  JSON.parse(readFileSync(join(root, 'dist/release/release.json'), 'utf8')) as Release;

/** The released folder's scripts, served where the snippets say an editor puts them. */
export function releaseRoutes(): Routes {
  const { folder, placeholder } = release();
  return Object.fromEntries(
    ['embed.js', 'embed-patch.js', 'embed-classic.js'].map((name) => [
      `${placeholder}/${name}`,
      ['text/javascript', readFileSync(join(root, 'dist/release', folder, name))],
    ]),
  );
}

/** A page of test/pages by name. */
export const pageRoute = (name: string): [string, string] => [
  'text/html; charset=utf-8',
  readFileSync(join(root, 'test/pages', name), 'utf8'),
];

/**
 * Serves the routes on a free loopback port, every response under a strict Content-Security-Policy
 * (`default-src 'self'`, no inline script or style): the policy the widgets must work under.
 */
export async function serve(routes: Routes): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const server = createServer((request, response) => {
    const route = routes[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (!route) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': route[0], 'content-security-policy': "default-src 'self'" });
    response.end(route[1]);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, server, close: () => new Promise((done) => server.close(() => done())) };
}
