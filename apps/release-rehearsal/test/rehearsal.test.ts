import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromiumLaunchOptions } from '@anders-kijken/test-browser';
import { completeCheckInApp, pageErrors, serveApp } from '@anders-kijken/test-browser/example-app';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PUBLISHED,
  buildVersioned,
  copyRepository,
  foreignFiles,
  installExamples,
  installedPackage,
  publish,
  readJson,
  registryEnv,
  removeCopy,
  repo,
  run,
  sbomOf,
  startRegistry,
  version,
  type Examples,
} from '../src/rehearse.js';

const VERSION = '0.1.0';
let root: string;
let registry: Awaited<ReturnType<typeof startRegistry>>;
let published: string;
let examples: Examples;
let reactApp: string;
let vueApp: string;
let browser: Browser;
const sites: { close: () => Promise<void> }[] = [];

beforeAll(async () => {
  root = copyRepository();
  version(root);
  buildVersioned(root);
  registry = await startRegistry(root);
  published = publish(root, registry);
  examples = installExamples(root, ['example-react', 'example-vue'], registry, VERSION);
  reactApp = examples.apps['example-react']!;
  vueApp = examples.apps['example-vue']!;
  browser = await chromium.launch(chromiumLaunchOptions());
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(sites.map((site) => site.close()));
  await registry?.stop();
  if (root) removeCopy(root);
});

/**
 * Serves a built app, opens it in Chromium and completes the check: the level must reach the app's state, the
 * referral guide the app then shows must render, and nothing may log an error.
 */
async function expectEventsReachTheApp(dir: string, index: string): Promise<void> {
  const site = await serveApp(dir, index);
  sites.push(site);
  const tab = await browser.newPage();
  tab.setDefaultTimeout(15_000);
  const errors = pageErrors(tab);
  await tab.goto(site.url);
  expect(await completeCheckInApp(tab)).toBe('concern');
  // The guide is a plain <ak-referral-guide>; the framework set its `level` property.
  await tab.locator('ak-referral-guide').getByText('Veilig Thuis', { exact: false }).first().waitFor();
  expect(errors).toEqual([]);
  await tab.close();
}

const installed = (app: string, name: string) => installedPackage(app, `@anders-kijken/${name}`);

describe('a first release, rehearsed on a local registry', () => {
  it('takes the packages to 0.1.0 together, with changelogs, and consumes the changesets', () => {
    for (const name of PUBLISHED) {
      const pkg = readJson(join(root, 'packages', name, 'package.json'));
      expect(pkg.version, name).toBe(VERSION);
      const changelog = readFileSync(join(root, 'packages', name, 'CHANGELOG.md'), 'utf8');
      expect(changelog).toContain(`## ${VERSION}`);
      expect(changelog).toContain('### Minor Changes');
    }
    expect(readFileSync(join(root, 'packages/react/CHANGELOG.md'), 'utf8')).toContain(
      'New package: `@anders-kijken/react`',
    );
    expect(readJson(join(root, 'packages/widgets/package.json')).dependencies['@anders-kijken/core']).toBe(
      `^${VERSION}`,
    );
    expect(readdirSync(join(root, '.changeset')).filter((file) => file.endsWith('.md'))).toEqual(['README.md']);
    // The widgets' code built again plus the earlier build's declarations: the files of a full build,
    // but for the version in the download's names and the bundles' chunk names (hashes of their contents).
    const before = readJson(join(repo, 'packages/widgets/package.json')).version as string;
    const files = (dist: string) =>
      readdirSync(dist, { recursive: true, encoding: 'utf8' })
        .map((file) => file.replaceAll(before, VERSION).replace(/chunk-[A-Z0-9]{8}\./, 'chunk-<hash>.'))
        .sort();
    expect(files(join(root, 'packages/widgets/dist'))).toEqual(files(join(repo, 'packages/widgets/dist')));
    // The build after versioning carries the new version: the widgets' constant and the download folder.
    expect(readFileSync(join(root, 'packages/widgets/dist/embed-classic.js'), 'utf8')).toContain(`"${VERSION}"`);
    expect(existsSync(join(root, `packages/widgets/dist/release/anders-kijken-${VERSION}.zip`))).toBe(true);
  });

  it('publishes every package with changeset publish', () => {
    for (const name of PUBLISHED) {
      expect(published).toContain(`@anders-kijken/${name}@${VERSION}`);
      const view = JSON.parse(
        run('npm', ['view', `@anders-kijken/${name}@${VERSION}`, '--json'], { cwd: root, env: registryEnv(registry) }),
      );
      expect(view.version).toBe(VERSION);
      expect(view.dist.tarball.startsWith(registry.url)).toBe(true);
    }
  });

  it('installs into a fresh React app, which type-checks strictly with no declarations of its own and builds', () => {
    const lock = readJson(join(examples.root, 'package-lock.json'));
    for (const name of ['core', 'widgets', 'react']) {
      expect(lstatSync(installed(reactApp, name)).isSymbolicLink(), name).toBe(false);
      expect(readJson(join(installed(reactApp, name), 'package.json')).version).toBe(VERSION);
      // From the rehearsal registry, not from the workspace or the real registry.
      const key = relative(examples.root, installed(reactApp, name));
      expect(lock.packages[key].resolved.startsWith(registry.url), name).toBe(true);
    }
    expect(readdirSync(join(reactApp, 'src')).filter((file) => file.endsWith('.d.ts'))).toEqual([]);
    expect(readJson(join(reactApp, 'tsconfig.json')).compilerOptions).toMatchObject({
      strict: true,
      skipLibCheck: false,
    });
    const program = run('npx', ['tsc', '-p', 'tsconfig.json', '--listFiles'], { cwd: reactApp });
    expect(program).toContain('/node_modules/@anders-kijken/react/dist/index.d.ts');
    expect(foreignFiles(program, examples, reactApp)).toEqual([]);
    run('npm', ['run', 'build'], { cwd: reactApp });
    expect(existsSync(join(reactApp, 'dist-server/entry-server.js'))).toBe(true);
  });

  it('renders the React app on the server, hydrates it, and an event reaches app state', async () => {
    const html = run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const { render } = await import('./dist-server/entry-server.js'); process.stdout.write(render());",
      ],
      { cwd: reactApp },
    );
    expect(html).toContain('<ak-signal-check');
    const page = readFileSync(join(reactApp, 'dist/index.html'), 'utf8').replace('<!--app-->', html);
    await expectEventsReachTheApp(join(reactApp, 'dist'), page);
  });

  it('installs into a fresh Vue app, which type-checks with strictTemplates, builds, and gets the events', async () => {
    expect(readJson(join(installed(vueApp, 'widgets'), 'package.json')).version).toBe(VERSION);
    expect(relative(examples.root, installed(vueApp, 'widgets'))).toBe('node_modules/@anders-kijken/widgets');
    expect(readJson(join(vueApp, 'tsconfig.json')).vueCompilerOptions).toEqual({ strictTemplates: true });
    expect(readdirSync(join(vueApp, 'src')).filter((file) => file.endsWith('.d.ts'))).toEqual([]);
    const program = run('npx', ['vue-tsc', '-p', 'tsconfig.json', '--listFiles'], { cwd: vueApp });
    expect(program).toContain('/node_modules/@anders-kijken/widgets/dist/');
    expect(foreignFiles(program, examples, vueApp)).toEqual([]);
    run('npm', ['run', 'build'], { cwd: vueApp });
    await expectEventsReachTheApp(join(vueApp, 'dist'), readFileSync(join(vueApp, 'dist/index.html'), 'utf8'));
  });

  it('describes what each released package brings in a CycloneDX SBOM', () => {
    const expected: Record<string, string[]> = {
      core: ['zod'],
      widgets: ['@anders-kijken/core', 'lit', 'zod'],
      react: ['@anders-kijken/widgets', '@lit/react', 'react'],
      cli: ['@anders-kijken/core'],
    };
    const out = join(import.meta.dirname, '../.reports/sbom');
    mkdirSync(out, { recursive: true });
    for (const name of PUBLISHED) {
      const sbom = sbomOf(root, name, registry, VERSION);
      expect(sbom.bomFormat).toBe('CycloneDX');
      const components = sbom.components.map((c: { name: string; group?: string }) =>
        c.group ? `${c.group}/${c.name}` : c.name,
      );
      expect(components).toContain(`@anders-kijken/${name}`);
      for (const dependency of expected[name]!) expect(components, name).toContain(dependency);
      writeFileSync(join(out, `anders-kijken-${name}-${VERSION}.cdx.json`), `${JSON.stringify(sbom, null, 2)}\n`);
    }
  });
});
