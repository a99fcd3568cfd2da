import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

/** Routes of the test site: path → [content type, body]. */
export type Routes = Record<string, [string, string | Buffer]>;

/** What scripts/build-embed.mjs wrote: every browser file, and which files each element needs. */
export interface EmbedFiles {
  files: string[];
  /** Element → its own module, then the chunks it imports. */
  elements: Record<string, string[]>;
  /** Element → the files with the English texts it shows. */
  english: Record<string, string[]>;
}

export const embedFiles = (): EmbedFiles =>
  JSON.parse(readFileSync(join(root, 'dist/embed-files.json'), 'utf8')) as EmbedFiles;

/** The browser files under `folder` (`''` for the root of the site); `version` replaces the package's own. */
export function folderRoutes(folder: string, version?: string): Routes {
  const own = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  return Object.fromEntries(
    embedFiles().files.map((name) => {
      const code = readFileSync(join(root, 'dist', name), 'utf8');
      const body = version ? code.replaceAll(JSON.stringify(own), JSON.stringify(version)) : code;
      return [`${folder}/${name}`, ['text/javascript', body]];
    }),
  );
}

/** The paths the loader requests from the root of the site for these elements, embed.js first. */
export function pathsFor(tags: string[]): string[] {
  const { elements } = embedFiles();
  return ['/embed.js', ...new Set(tags.flatMap((tag) => elements[tag] ?? []).map((file) => `/${file}`))];
}

/**
 * The browser files at the root of the site, again under /again/, and under /other-version/ a copy
 * that claims another version, for the double-load test.
 */
export const embedRoutes = (): Routes => ({
  ...folderRoutes(''),
  ...folderRoutes('/again'),
  ...folderRoutes('/other-version', '9.9.0'),
});

/** The browser files under /incomplete/, without the chunk every element needs: a folder copied in part. */
export function incompleteRoutes(): { routes: Routes; missing: string } {
  const lists = Object.values(embedFiles().elements);
  const missing =
    lists[0]?.find((file) => file.startsWith('chunk-') && lists.every((list) => list.includes(file))) ?? '';
  const routes = folderRoutes('/incomplete');
  delete routes[`/incomplete/${missing}`];
  return { routes, missing };
}

/** What scripts/release.mjs wrote: the folder an editor downloads, and its checksums. */
export interface Release {
  folder: string;
  placeholder: string;
  files: { name: string; integrity?: string }[];
}

export const release = (): Release =>
  JSON.parse(readFileSync(join(root, 'dist/release/release.json'), 'utf8')) as Release;

/** The released folder's scripts and fallback.css, served where the snippets say an editor puts them. */
export function releaseRoutes(): Routes {
  const { folder, placeholder } = release();
  return Object.fromEntries([
    ...embedFiles().files.map((name): [string, [string, Buffer]] => [
      `${placeholder}/${name}`,
      ['text/javascript', readFileSync(join(root, 'dist/release', folder, name))],
    ]),
    [`${placeholder}/fallback.css`, ['text/css', readFileSync(join(root, 'dist/release', folder, 'fallback.css'))]],
  ]);
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
