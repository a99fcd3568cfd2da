import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fallbackStylesheet } from '@anders-kijken/core';
import { embedFiles, release } from './page-server.js';
import { bundledPackages, licenceText } from '../../scripts/third-party-notices.mjs';

// The download a web editor uses: scripts/release.mjs after the build.
const root = new URL('../../', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const meta = release() as ReturnType<typeof release> & {
  zip: { name: string; sha256: string };
  files: { name: string; sha256: string; integrity?: string }[];
};
const sha = (algorithm: string, bytes: Uint8Array, encoding: 'hex' | 'base64') =>
  createHash(algorithm).update(bytes).digest(encoding);

describe('the release folder and zip', () => {
  const zipBytes = readFileSync(join(root, 'dist/release', meta.zip.name));
  const entries = unzipSync(new Uint8Array(zipBytes));

  it('is named by version and holds the scripts, licence, notes in Dutch and English, and checksums', () => {
    expect(meta.folder).toBe(`anders-kijken-${version}`);
    const names = Object.keys(entries).filter((name) => !name.endsWith('/'));
    expect(names.sort()).toEqual(
      [
        'LEESMIJ.txt',
        'LICENSE',
        'README.txt',
        'SHA256SUMS',
        'THIRD-PARTY-NOTICES.txt',
        'fallback.css',
        'integrity.json',
        // The loader, what it loads, embed-patch.js, embed-classic.js and training.js.
        ...embedFiles().files,
      ]
        .map((name) => `${meta.folder}/${name}`)
        .sort(),
    );
    expect(sha('sha256', zipBytes, 'hex')).toBe(meta.zip.sha256);
  });

  it('holds exactly the built scripts, with checksums and Subresource Integrity that match', () => {
    const sums = new TextDecoder().decode(entries[`${meta.folder}/SHA256SUMS`]);
    const { files } = embedFiles();
    expect(files).toEqual(expect.arrayContaining(['embed.js', 'embed-patch.js', 'embed-classic.js', 'training.js']));
    for (const name of files) {
      const bytes = entries[`${meta.folder}/${name}`]!;
      expect(Buffer.from(bytes).equals(readFileSync(join(root, 'dist', name)))).toBe(true);
      expect(sums).toContain(`${sha('sha256', bytes, 'hex')}  ${name}`);
      const integrity = `sha384-${sha('sha384', bytes, 'base64')}`;
      expect(meta.files.find((f) => f.name === name)?.integrity).toBe(integrity);
      expect(JSON.parse(new TextDecoder().decode(entries[`${meta.folder}/integrity.json`]))[name]).toBe(integrity);
    }
  });

  it('gives install notes whose snippet uses the placeholder path and the integrity, never localhost', () => {
    const embed = meta.files.find((f) => f.name === 'embed.js')!;
    for (const note of ['LEESMIJ.txt', 'README.txt']) {
      const text = new TextDecoder().decode(entries[`${meta.folder}/${note}`]);
      expect(text).toContain(`src="${meta.placeholder}/embed.js" integrity="${embed.integrity}"`);
      expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
    }
  });
});

describe('the release folder bundles zod without its MIT notice', () => {
  const zipBytes = readFileSync(join(root, 'dist/release', meta.zip.name));
  const entries = unzipSync(new Uint8Array(zipBytes));
  const bundled = bundledPackages(join(root, 'dist'), embedFiles().files);

  it('finds what the browser files bundle from their source maps: Lit and zod', () => {
    expect(bundled).toEqual(expect.arrayContaining(['zod', 'lit-html', 'lit-element', '@lit/reactive-element']));
  });

  it('gives the full licence text of each bundled package, in the download and in the npm package', () => {
    const inZip = new TextDecoder().decode(entries[`${meta.folder}/THIRD-PARTY-NOTICES.txt`]);
    const inPackage = readFileSync(join(root, 'dist/THIRD-PARTY-NOTICES.txt'), 'utf8');
    expect(inZip).toBe(inPackage);
    for (const name of bundled) {
      const { version, license } = JSON.parse(
        readFileSync(join(root, '../../node_modules', name, 'package.json'), 'utf8'),
      ) as { version: string; license: string };
      expect(inZip, name).toContain(`${name} ${version} (${license})`);
      expect(inZip, name).toContain(licenceText(name, root));
    }
    expect(inZip).toContain('zod 4.');
    expect(inZip).toContain('(MIT)');
    expect(inZip).toContain('Permission is hereby granted, free of charge');
    expect(inZip).toContain('(BSD-3-Clause)');
    expect(inZip).toContain('Redistribution and use in source and binary forms');
    // The npm package ships dist/ (but not dist/release), so the notices go with its browser files.
    const { files } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };
    expect(files).toContain('dist');
  });

  it("ships fallback.css with its integrity, and the notes' snippet links it", () => {
    const css = entries[`${meta.folder}/fallback.css`]!;
    expect(new TextDecoder().decode(css)).toBe(fallbackStylesheet());
    const integrity = `sha384-${sha('sha384', css, 'base64')}`;
    expect(meta.files.find((f) => f.name === 'fallback.css')?.integrity).toBe(integrity);
    const notes = new TextDecoder().decode(entries[`${meta.folder}/LEESMIJ.txt`]);
    expect(notes).toContain(`<link rel="stylesheet" href="${meta.placeholder}/fallback.css" integrity="${integrity}">`);
    expect(notes).toContain('<a href="tel:112">112</a>');
  });
});
