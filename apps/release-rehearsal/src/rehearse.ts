// A release, rehearsed for real on a copy of the repository: `changeset version`, the packages the
// build before this test already made (the widgets built again, as their build names the version),
// and `changeset publish` to a local Verdaccio on 127.0.0.1; then fresh apps install the packages from
// it. Nothing here touches the working tree, the real npm registry's packages or git.
import { execFileSync, spawn, type ExecFileSyncOptions } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('../../../', import.meta.url));
/** The packages a release publishes, in build order. */
export const PUBLISHED = ['core', 'widgets', 'react', 'cli'];
/**
 * The published packages whose build carries their version, so the rehearsal builds them again after
 * `changeset version`: the widgets write it into their `VERSION` constant, into the browser bundles
 * (and so into the chunks' names and the loader's integrity hashes), into web-types.json and into the
 * download's folder name. The others are published from the build turbo made before this test;
 * `test/reused-builds.test.ts` checks that their builds name no version.
 */
export const REBUILT = ['widgets'];
/** The published packages whose existing build is published as it is. */
export const REUSED = PUBLISHED.filter((name) => !REBUILT.includes(name));
/**
 * The workspace folders that are not published: changesets must still find them (its config names
 * them), so the copy carries their package.json. Read from the root's `workspaces` (`packages/*`,
 * `apps/*`), so a new app needs no change here.
 */
function namedOnly(): string[] {
  const { workspaces } = readJson(join(repo, 'package.json')) as { workspaces: string[] };
  return workspaces
    .flatMap((pattern) => {
      const parent = pattern.replace(/\/\*$/, '');
      return readdirSync(join(repo, parent), { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(repo, parent, entry.name, 'package.json')))
        .map((entry) => `${parent}/${entry.name}`);
    })
    .filter((path) => !PUBLISHED.some((name) => path === `packages/${name}`));
}
const SKIP = new Set(['node_modules', '.reports', '.turbo', 'test', 'bench']);

/** Runs a command, returning its output; a failure throws with the command's own output. */
export function run(command: string, args: string[], options: ExecFileSyncOptions = {}): string {
  try {
    return execFileSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options, encoding: 'utf8' });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout}\n${stderr}`);
  }
}

/**
 * A copy of the repository's release inputs: the root files, `.changeset`, and the published
 * packages; the build output only of those whose build names no version ({@link REUSED}), which must
 * exist (turbo builds them before this test). Its node_modules links to the repository's installed
 * dependencies, except our own packages, which link to the copies.
 */
export function copyRepository(): string {
  for (const name of REUSED)
    if (!existsSync(join(repo, 'packages', name, 'dist')))
      throw new Error(`packages/${name}/dist is missing: build it first (turbo builds it before this test).`);
  const root = mkdtempSync(join(tmpdir(), 'ak-release-'));
  for (const file of ['package.json', 'tsconfig.base.json', 'LICENSE', 'README.md'])
    cpSync(join(repo, file), join(root, file));
  cpSync(join(repo, '.changeset'), join(root, '.changeset'), { recursive: true });
  for (const name of PUBLISHED) {
    const from = join(repo, 'packages', name);
    const to = join(root, 'packages', name);
    const skip = REUSED.includes(name) ? SKIP : new Set([...SKIP, 'dist']);
    cpSync(from, to, { recursive: true, filter: (path) => !skip.has(path.slice(from.length + 1).split('/')[0] ?? '') });
    const own = join(from, 'node_modules');
    if (readdirSync(from).includes('node_modules')) symlinkSync(own, join(to, 'node_modules'));
  }
  for (const path of namedOnly()) {
    mkdirSync(join(root, path), { recursive: true });
    cpSync(join(repo, path, 'package.json'), join(root, path, 'package.json'));
  }
  const modules = join(root, 'node_modules');
  mkdirSync(join(modules, '@anders-kijken'), { recursive: true });
  for (const entry of readdirSync(join(repo, 'node_modules')))
    if (entry !== '@anders-kijken') symlinkSync(join(repo, 'node_modules', entry), join(modules, entry));
  for (const name of PUBLISHED) symlinkSync(join(root, 'packages', name), join(modules, '@anders-kijken', name));
  return root;
}

/** `changeset version` on the copy: versions, changelogs and dependency ranges, changesets consumed. */
export function version(root: string): void {
  run('npx', ['changeset', 'version'], { cwd: root });
}

/**
 * Builds again, with its own build script, each package whose build carries the new version: its
 * code only (`AK_TYPES_BUILT=1`, which its tsup config reads). The declarations name no version
 * (`test/reused-builds.test.ts`) and come from the build before this test: tsup's declaration build
 * is most of the widgets' build (46 of 55 s on an idle machine).
 */
export function buildVersioned(root: string): void {
  for (const name of REBUILT) {
    const dist = join(root, 'packages', name, 'dist');
    run('npm', ['run', 'build'], { cwd: join(root, 'packages', name), env: { ...process.env, AK_TYPES_BUILT: '1' } });
    const built = join(repo, 'packages', name, 'dist');
    for (const file of readdirSync(built, { recursive: true, encoding: 'utf8' }))
      if (file.endsWith('.d.ts') && !existsSync(join(dist, file))) {
        mkdirSync(dirname(join(dist, file)), { recursive: true });
        cpSync(join(built, file), join(dist, file));
      }
  }
}

/**
 * The files under `dir` that name `version` in their path or contents, as a whole version (so
 * `0.0.0` is not found in `10.0.0`): a build that lists none can be published under another version.
 */
export function filesNamingVersion(dir: string, version: string): string[] {
  const pattern = new RegExp(`(?<![\\d.])${version.replaceAll('.', '\\.')}(?![\\d])`);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => pattern.test(relative(dir, path)) || pattern.test(readFileSync(path, 'latin1')))
    .map((path) => relative(dir, path));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- package.json and npm's JSON, read in tests
export const readJson = (path: string): any => JSON.parse(readFileSync(path, 'utf8'));

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

/**
 * Starts Verdaccio on 127.0.0.1 for our scope only: apps get `@anders-kijken/*` from it and every
 * other package from their usual registry, as with a company registry. Nothing is proxied, so
 * nothing real is shadowed and no upstream hiccup turns into a missing package. Returns its address,
 * an npmrc with a token for a rehearsal user, and `stop()`.
 */
export interface Registry {
  url: string;
  npmrc: string;
  stop: () => Promise<void>;
  log: () => string;
}

export async function startRegistry(root: string): Promise<Registry> {
  const dir = join(root, 'registry');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'config.yaml'),
    `storage: ./storage
auth:
  htpasswd:
    file: ./htpasswd
    max_users: 1
packages:
  '@anders-kijken/*':
    access: $all
    publish: $authenticated
log: { type: stdout, format: pretty, level: error }
`,
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const bin = join(repo, 'node_modules/verdaccio/bin/verdaccio');
  const child = spawn(process.execPath, [bin, '--config', join(dir, 'config.yaml'), '--listen', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    });
  // Ready when it answers; no fixed sleep.
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${url}-/ping`)).ok) break;
    } catch {
      if (attempt > 300 || child.exitCode !== null) {
        await stop();
        throw new Error(`Verdaccio did not start:\n${log}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const response = await fetch(`${url}-/user/org.couchdb.user:rehearsal`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'rehearsal', password: 'rehearsal-only', email: 'rehearsal@example.invalid' }),
  });
  const { token } = (await response.json()) as { token?: string };
  if (!token) throw new Error(`No token from Verdaccio: ${response.status}\n${log}`);
  const npmrc = join(dir, 'npmrc');
  writeFileSync(
    npmrc,
    `@anders-kijken:registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\nfund=false\naudit=false\nomit-lockfile-registry-resolved=false\n`,
  );
  return { url, npmrc, stop, log: () => log };
}

/** npm and changesets with the rehearsal registry for our scope, and the usual one for the rest. */
export const registryEnv = (registry: Registry): NodeJS.ProcessEnv => ({
  // Without the npm_config_* that a parent `npm test` passes down: they would override this npmrc.
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_/i.test(key))),
  NPM_CONFIG_USERCONFIG: registry.npmrc,
  npm_config_update_notifier: 'false',
});

/** `changeset publish` from the copy; no git tags (the copy is not a repository). */
export function publish(root: string, registry: Registry): string {
  return run('npx', ['changeset', 'publish', '--no-git-tag'], { cwd: root, env: registryEnv(registry) });
}

/**
 * `npm install` in a fresh project, as an app would run it, against the rehearsal registry; with
 * `lockOnly`, only the resolution into package-lock.json, nothing unpacked.
 */
function install(cwd: string, registry: Registry, lockOnly = false): void {
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
      ...(lockOnly ? ['--package-lock-only'] : []),
    ],
    { cwd, env: registryEnv(registry) },
  );
}

/** Fresh example apps, installed together: their folders, and the root whose lockfile they share. */
export interface Examples {
  root: string;
  apps: Record<string, string>;
}

/**
 * Fresh copies of example apps whose `@anders-kijken/*` dependencies are the released version,
 * installed from the rehearsal registry with one `npm install` in a throwaway workspace root that
 * holds them all: what they share (TypeScript, Vite, our packages) is fetched and unpacked once.
 * Each app still type-checks against only what it declares: see {@link foreignFiles}.
 */
export function installExamples(root: string, names: string[], registry: Registry, version: string): Examples {
  const fresh = join(root, 'apps-fresh');
  mkdirSync(fresh, { recursive: true });
  writeFileSync(
    join(fresh, 'package.json'),
    `${JSON.stringify({ name: 'apps-fresh', private: true, workspaces: names }, null, 2)}\n`,
  );
  const apps: Record<string, string> = {};
  for (const name of names) {
    const to = join(fresh, name);
    cpSync(join(repo, 'apps', name), to, {
      recursive: true,
      filter: (path) => !/\/(node_modules|dist|dist-server|\.turbo)$/.test(path),
    });
    const pkg = readJson(join(to, 'package.json'));
    for (const dependency of Object.keys(pkg.dependencies))
      if (dependency.startsWith('@anders-kijken/')) pkg.dependencies[dependency] = version;
    writeFileSync(join(to, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
    apps[name] = to;
  }
  install(fresh, registry);
  return { root: fresh, apps };
}

/** The folder an app's `import '<name>'` finds, as Node and the bundlers resolve it from the app. */
export const installedPackage = (app: string, name: string): string =>
  dirname(createRequire(join(app, 'package.json')).resolve(`${name}/package.json`));

interface LockEntry {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

/** The lockfile key of the package `name` as code at the install path `from` finds it: beside, then up. */
function resolveInLock(packages: Record<string, LockEntry>, from: string, name: string): string | undefined {
  for (let base = from; ;) {
    const key = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[key]) return key;
    if (!base) return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut >= 0 ? base.slice(0, cut) : '';
  }
}

/**
 * The files of a type-check's program (`--listFiles` output) that come from installed packages the
 * app does not depend on, directly or through them (required peers included): with the apps installed
 * side by side these would resolve, where the app on its own would not find them.
 */
export function foreignFiles(listed: string, examples: Examples, app: string): string[] {
  const { packages } = readJson(join(examples.root, 'package-lock.json')) as { packages: Record<string, LockEntry> };
  const own = new Set<string>();
  const visit = (from: string, entry: LockEntry, dev: boolean) => {
    const optional = (name: string) => entry.peerDependenciesMeta?.[name]?.optional === true;
    const names = [
      ...Object.keys(entry.dependencies ?? {}),
      ...(dev ? Object.keys(entry.devDependencies ?? {}) : []),
      ...Object.keys(entry.peerDependencies ?? {}).filter((name) => !optional(name)),
    ];
    for (const name of names) {
      const key = resolveInLock(packages, from, name);
      if (key === undefined || own.has(key)) continue;
      own.add(key);
      visit(key, packages[key]!, false);
    }
  };
  const workspace = relative(examples.root, app);
  visit(workspace, packages[workspace]!, true);
  return listed
    .split('\n')
    .map((line) => line.trim())
    .filter((file) => {
      // Folders with a dot are no package: vue-tsc writes its global types to node_modules/.vue-global-types.
      const key = relative(examples.root, file).match(/^(?:.*\/)?node_modules\/(?:@[^/]+\/)?[^/.][^/]*/)?.[0];
      return key !== undefined && !own.has(key);
    });
}

/**
 * A CycloneDX SBOM of what installing one released package brings (its peers too), as an app gets it:
 * from the lockfile npm resolves against the registry, as the SBOM needs no unpacked files.
 */
export function sbomOf(root: string, name: string, registry: Registry, version: string) {
  const dir = join(root, 'sbom', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: `sbom-${name}`, version, private: true, dependencies: { [`@anders-kijken/${name}`]: version } }, null, 2)}\n`,
  );
  install(dir, registry, true);
  const sbom = run('npm', ['sbom', '--sbom-format', 'cyclonedx', '--omit', 'dev', '--package-lock-only'], {
    cwd: dir,
    env: registryEnv(registry),
  });
  return JSON.parse(sbom);
}

export const removeCopy = (root: string): void => rmSync(root, { recursive: true, force: true });
