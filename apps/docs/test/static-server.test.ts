import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, locate } from '../server/static-server.mjs';

const root = mkdtempSync(join(tmpdir(), 'ak-docs-'));
const site = join(root, 'site');
const widgets = join(root, 'widgets');
mkdirSync(site);
mkdirSync(widgets);
writeFileSync(join(site, 'index.html'), '<!doctype html><title>home</title>');
writeFileSync(join(widgets, 'embed.js'), 'export {};');
writeFileSync(join(root, 'secret.txt'), 'outside');
const mounts = [
  { prefix: '/', dir: site },
  { prefix: '/widgets/', dir: widgets },
];

describe('locate', () => {
  it('maps the longest matching prefix to its folder', () => {
    expect(locate(mounts, '/widgets/embed.js')).toBe(join(widgets, 'embed.js'));
    expect(locate(mounts, '/index.html')).toBe(join(site, 'index.html'));
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/widgets/..%2f..%2fsecret.txt', '/%E0%A4%A'])(
    'refuses %s',
    (path) => {
      expect(locate(mounts, path)).toBeUndefined();
    },
  );
});

describe('createStaticServer', () => {
  const server = createStaticServer(mounts);
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('serves a folder index as HTML under a strict Content-Security-Policy', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(await response.text()).toContain('<title>home</title>');
  });

  it('serves the widget bundle as JavaScript', async () => {
    const response = await fetch(`${base}/widgets/embed.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for missing files and for paths outside the mounts', async () => {
    expect((await fetch(`${base}/nope.html`)).status).toBe(404);
    expect((await fetch(`${base}/%2e%2e/secret.txt`)).status).toBe(404);
  });
});

describe('createStaticServer with a not-found page', () => {
  const server = createStaticServer(mounts, { notFound: join(site, 'index.html') });
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('answers a missing page with status 404 and that page, so a reader can find the way back', async () => {
    const response = await fetch(`${base}/nope.html`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>home</title>');
  });
});
