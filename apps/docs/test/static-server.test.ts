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
mkdirSync(join(site, 'reference'));
writeFileSync(join(site, 'reference', 'rules.html'), '<!doctype html><title>rules</title>');
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

  it('serves clean addresses: /reference/rules is /reference/rules.html', async () => {
    const response = await fetch(`${base}/reference/rules`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>rules</title>');
    expect((await fetch(`${base}/reference/nope`)).status).toBe(404);
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

describe('npm start’s server', () => {
  it('stops on SIGTERM and on Ctrl+C, leaving nothing serving', async () => {
    const { spawn } = await import('node:child_process');
    const { fileURLToPath } = await import('node:url');
    const start = fileURLToPath(new URL('../server/start.mjs', import.meta.url));
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const port = 20_000 + Math.floor(Math.random() * 20_000);
      const child = spawn(process.execPath, [start], { env: { ...process.env, PORT: String(port) } });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk));
      await expect.poll(() => output, { timeout: 10_000 }).toContain(`http://localhost:${port}/`);
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
      child.kill(signal);
      expect(await exited).toBe(0);
      await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
    }
  });
});
