import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.zip': 'application/zip',
};

/** The widgets' own policy: what a strict municipal site allows. */
export const STRICT_CSP = "default-src 'self'";

/**
 * @typedef {object} Mount
 * @property {string} prefix URL prefix, starting and ending with `/`
 * @property {string} dir folder served under that prefix
 */

/**
 * Finds the file a URL path points to, or `undefined` when it would leave its mount.
 * @param {readonly Mount[]} mounts
 * @param {string} urlPath
 */
export function locate(mounts, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  // Longest prefix first, so `/widgets/` wins over `/`.
  const mount = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length).find((m) => decoded.startsWith(m.prefix));
  if (!mount) return undefined;
  const root = resolve(mount.dir);
  const file = resolve(join(root, normalize(decoded.slice(mount.prefix.length))));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  return file;
}

/**
 * A static file server for local use: no directory listings, nothing outside its mounts, and a
 * Content-Security-Policy that allows no other host (by default as strict as the one the widgets
 * must work under).
 * @param {readonly Mount[]} mounts
 * @param {{ csp?: string, notFound?: string }} [options] `notFound`: an HTML file to answer 404 with
 */
export function createStaticServer(mounts, options = {}) {
  const csp = options.csp ?? STRICT_CSP;
  const notFound = options.notFound;
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let file = locate(mounts, url.pathname);
    try {
      if (file && (await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
      // Clean addresses: /reference/rules is /reference/rules.html, as most hosts serve a VitePress site.
      if (file && !extname(file) && !(await stat(file).catch(() => undefined))) file = `${file}.html`;
      if (!file || !(await stat(file)).isFile()) throw new Error('not a file');
    } catch {
      if (notFound && (await stat(notFound).catch(() => undefined))?.isFile()) {
        response.writeHead(404, { 'content-type': TYPES['.html'], 'content-security-policy': csp });
        createReadStream(notFound).pipe(response);
        return;
      }
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Niet gevonden / Not found\n');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream',
      'content-security-policy': csp,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
}
