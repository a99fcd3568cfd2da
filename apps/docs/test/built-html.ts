import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { locate } from '../server/static-server.mjs';
import { DIST } from './site.js';

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.Node;

/** Any origin will do: URLs in the built HTML are resolved against it, then only their paths count. */
const ORIGIN = 'http://site.invalid';

/** A link, as written in the built HTML and as resolved against its page. */
export interface BuiltLink {
  href: string;
  url: URL;
}

/** What the built HTML of one page holds, as a reader's browser gets it before any script runs. */
export interface BuiltPage {
  /** The page's URL path, e.g. `/guide/embedding.html`. */
  path: string;
  /** Every `<a href>`. */
  links: BuiltLink[];
  /** Every `id`, so `#anchor` links can be checked. */
  ids: Set<string>;
  /** What the browser fetches as it loads the page: scripts, styles, images, frames, preloads. */
  resources: BuiltLink[];
  /** ISO dates (`2026-12-01`) in the text of the body outside code, scripts and `translate="no"`. */
  isoDates: string[];
  /** Tag names of the custom elements of the widgets (`ak-…`) in the page. */
  widgets: string[];
}

/** Every file with an extension under a folder of the built site, as URL paths. */
export function filesEndingIn(extension: string, dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesEndingIn(extension, path);
    return entry.name.endsWith(extension) ? [pathOf(path)] : [];
  });
}

/** Every HTML file under a folder of the built site, as URL paths. */
export const htmlFiles = (dir = DIST): string[] => filesEndingIn('.html', dir);

/** Every page of the site itself, without the built Storybook that lives inside it. */
export const sitePages = (): string[] => htmlFiles().filter((path) => !path.startsWith('/storybook/'));

/** Attributes through which an element makes the browser fetch something as the page loads. */
const FETCHING: Record<string, string[]> = {
  script: ['src'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  frame: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
};

/** `<link rel>` values that name another document rather than fetch one. */
const NOT_FETCHED_LINKS = new Set(['canonical', 'alternate', 'author', 'license', 'help', 'me', 'next', 'prev']);

/** Text in these is code or not Dutch by intent, like the `closest()` the browser version used. */
const NOT_RUNNING_TEXT = new Set(['code', 'pre', 'script', 'style']);

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

const attribute = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

/** URLs in a `srcset`: each candidate is a URL, then an optional width or density. */
const srcsetUrls = (value: string) =>
  value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);

/** What a built stylesheet fetches: its `url()`s and `@import`s, resolved against it. */
export function stylesheetUrls(path: string): BuiltLink[] {
  const css = readFileSync(join(DIST, path), 'utf8');
  const base = new URL(path, ORIGIN);
  const found = [...css.matchAll(/url\(\s*(["']?)(.*?)\1\s*\)/g), ...css.matchAll(/@import\s+(["'])(.*?)\1/g)].map(
    (match) => match[2] ?? '',
  );
  return found.filter(Boolean).map((href) => ({ href, url: new URL(href, base) }));
}

/** Reads and parses one built page; parse5 follows the HTML standard, so entities come decoded. */
export function readBuiltPage(path: string): BuiltPage {
  const document = parse(readFileSync(join(DIST, path), 'utf8'));
  const base = new URL(path, ORIGIN);
  const resolve = (href: string): BuiltLink => ({ href, url: new URL(href, base) });
  const page: BuiltPage = { path, links: [], ids: new Set(), resources: [], isoDates: [], widgets: [] };

  const visit = (node: Node, inBody: boolean, inCode: boolean): void => {
    if (node.nodeName === '#text' && 'value' in node) {
      if (inBody && !inCode) page.isoDates.push(...(node.value.match(ISO_DATE) ?? []));
      return;
    }
    if (!('tagName' in node)) {
      if ('childNodes' in node) for (const child of node.childNodes) visit(child, inBody, inCode);
      return;
    }
    const element = node;
    const id = attribute(element, 'id');
    if (id !== undefined) page.ids.add(id);
    // Old-style anchors are still targets of `#name` links.
    if (element.tagName === 'a' && attribute(element, 'name') !== undefined) page.ids.add(attribute(element, 'name')!);
    if (element.tagName.startsWith('ak-')) page.widgets.push(element.tagName);
    const href = attribute(element, 'href');
    if ((element.tagName === 'a' || element.tagName === 'area') && href !== undefined) page.links.push(resolve(href));
    const rel = (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/);
    if (!(element.tagName === 'link' && rel.every((r) => NOT_FETCHED_LINKS.has(r))))
      for (const name of FETCHING[element.tagName] ?? []) {
        const value = attribute(element, name);
        if (value === undefined || value.trim() === '') continue;
        for (const url of name === 'srcset' ? srcsetUrls(value) : [value]) page.resources.push(resolve(url));
      }
    const code =
      inCode || NOT_RUNNING_TEXT.has(element.tagName) || attribute(element, 'translate')?.toLowerCase() === 'no';
    const body = inBody || element.tagName === 'body';
    // A template's content is not shown, as in the browser's tree walk over document.body.
    for (const child of element.childNodes) visit(child, body, code);
  };
  visit(document, false, false);
  return page;
}

/**
 * The file the site's static server answers a URL path with, or `undefined` for a 404: a folder is
 * its `index.html`, and a clean address `/x` is `/x.html`, as `server/static-server.mjs` does it.
 */
export function servedFile(pathname: string): string | undefined {
  if (!served.has(pathname)) served.set(pathname, findServedFile(pathname));
  return served.get(pathname);
}

/** Most pages link to the same few dozen pages: each is looked up once. */
const served = new Map<string, string | undefined>();

function findServedFile(pathname: string): string | undefined {
  let file = locate([{ prefix: '/', dir: DIST }], pathname);
  if (!file) return undefined;
  const stats = (f: string) => {
    try {
      return statSync(f);
    } catch {
      return undefined;
    }
  };
  if (stats(file)?.isDirectory()) file = join(file, 'index.html');
  if (!extname(file) && !stats(file)) file = `${file}.html`;
  return stats(file)?.isFile() ? file : undefined;
}

/** The URL path of a file of the built site. */
export const pathOf = (file: string) => `/${relative(DIST, file).split('\\').join('/')}`;

/** An `id` from a URL fragment: percent-decoded, as the browser does when it scrolls to it. */
export function fragmentId(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
