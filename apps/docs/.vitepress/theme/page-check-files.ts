import { find, type Finding, type PageParts } from './page-check.js';

/**
 * The page check's second half: it requests every file the pasted page names (scripts, preload
 * hints, stylesheets) and says whether the browser would use it: found, of the right type, with the
 * integrity the page gives. Only files on the check's own site are requested: nothing goes to
 * another site, and the site's Content-Security-Policy (`connect-src 'self'`) allows no more.
 */

/** A file the page names, and what the browser needs of it. */
interface NamedFile {
  /** As the page writes it. */
  address: string;
  kind: 'script' | 'stylesheet';
  integrity: string;
}

/** What {@link checkFiles} needs from its surroundings; a test gives its own. */
export interface FileCheckOptions {
  /** The address the page's own addresses are relative to: the page's, or the check's. */
  base: string;
  /** The check's own origin: only files there are requested. */
  origin: string;
  /**
   * Whether the editor gave the address of their page. Without it, the page's own paths are read as
   * paths on this site, which is only a guess: a file not found is then a warning that asks for the
   * address, not an error about a page that may be fine.
   */
  addressGiven?: boolean;
  /** `fetch`, or a stand-in. */
  fetch: (url: string) => Promise<Response>;
}

/** The types a browser runs a module script of: any JavaScript MIME type (HTML's list). */
const JAVASCRIPT = /^(?:text|application)\/(?:x-)?(?:javascript|ecmascript|jscript|livescript)(?:1\.[0-5])?$/;
const CSS = /^text\/css$/;

/** The files a page names, each once. */
function namedFiles(parts: PageParts): NamedFile[] {
  const files: NamedFile[] = [
    ...parts.scripts.map((s) => ({ address: s.src, kind: 'script' as const, integrity: s.integrity })),
    ...parts.preloads.map((address) => ({ address, kind: 'script' as const, integrity: '' })),
    ...parts.stylesheets.map((s) => ({ address: s.href, kind: 'stylesheet' as const, integrity: s.integrity })),
  ];
  const seen = new Set<string>();
  return files.filter((file) => file.address && !seen.has(file.address) && seen.add(file.address));
}

const ALGORITHMS = { sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' } as const;
type Algorithm = keyof typeof ALGORITHMS;

/** The hashes of an `integrity` value, by algorithm; options after `?` are ignored, as browsers do. */
function hashesOf(integrity: string): Map<Algorithm, string[]> {
  const hashes = new Map<Algorithm, string[]>();
  for (const token of integrity.trim().split(/\s+/)) {
    const match = /^(sha256|sha384|sha512)-([A-Za-z0-9+/_-]+={0,2})(?:\?.*)?$/.exec(token);
    if (!match) continue;
    const algorithm = match[1] as Algorithm;
    hashes.set(algorithm, [...(hashes.get(algorithm) ?? []), match[2]!]);
  }
  return hashes;
}

const base64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

/**
 * Whether the bytes match the integrity as a browser decides: by the strongest algorithm given, any
 * of its hashes. `undefined` when the value names no hash a browser knows (which it then ignores).
 */
async function integrityMatches(bytes: ArrayBuffer, integrity: string): Promise<boolean | undefined> {
  const hashes = hashesOf(integrity);
  const strongest = (['sha512', 'sha384', 'sha256'] as const).find((a) => hashes.has(a));
  if (!strongest) return undefined;
  const actual = base64(await crypto.subtle.digest(ALGORITHMS[strongest], bytes));
  // base64url is accepted too; compare in one alphabet.
  return hashes.get(strongest)!.some((hash) => hash.replaceAll('-', '+').replaceAll('_', '/') === actual);
}

/** One file, requested and checked. */
async function checkFile(file: NamedFile, url: URL, options: FileCheckOptions): Promise<Finding[]> {
  const where = file.address;
  let response: Response;
  try {
    response = await options.fetch(url.href);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return [
      find(
        'error',
        where,
        `${url.href} kon niet worden opgevraagd (${detail}). Controleer of je server het bestand geeft.`,
        `${url.href} could not be requested (${detail}). Check that your server serves the file.`,
      ),
    ];
  }
  if (!response.ok && response.status === 404 && options.addressGiven === false)
    return [
      find(
        'warning',
        where,
        `${url.href} staat niet op deze site. Staat je pagina op een andere site, vul dan hierboven het adres van je pagina in; deze controle kan bestanden op een andere site niet opvragen. Open dan je pagina, druk op F12 en kijk onder Console en Netwerk of ze laden.`,
        `${url.href} is not on this site. If your page is on another site, fill in the address of your page above; this check cannot request files on another site. Then open your page, press F12 and look under Console and Network whether they load.`,
      ),
    ];
  if (!response.ok)
    return [
      find(
        'error',
        where,
        `${url.href} geeft ${response.status}${response.status === 404 ? ' (niet gevonden)' : ''}: de browser laadt het niet, en het onderdeel toont alleen wat voor dat geval in het element staat. Controleer het pad: staat de map daar op je server, met dezelfde bestandsnamen? Staat je pagina op een andere site, vul dan het adres van je pagina in.`,
        `${url.href} gives ${response.status}${response.status === 404 ? ' (not found)' : ''}: the browser does not load it, and the component shows only what the element holds for that case. Check the path: is the folder there on your server, with the same file names? If your page is on another site, fill in the address of your page.`,
      ),
    ];
  const findings: Finding[] = [];
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const expected = file.kind === 'script' ? JAVASCRIPT : CSS;
  if (!expected.test(type)) {
    const wanted = file.kind === 'script' ? 'text/javascript' : 'text/css';
    findings.push(
      find(
        'error',
        where,
        `${url.href} komt als "${type || 'zonder type'}" in plaats van "${wanted}": de browser weigert het. Stel je server zo in dat .${file.kind === 'script' ? 'js' : 'css'}-bestanden als ${wanted} worden verstuurd.`,
        `${url.href} comes as "${type || 'no type'}" instead of "${wanted}": the browser refuses it. Set up your server to send .${file.kind === 'script' ? 'js' : 'css'} files as ${wanted}.`,
      ),
    );
  }
  if (file.integrity) {
    const matches = await integrityMatches(await response.arrayBuffer(), file.integrity);
    if (matches === undefined)
      findings.push(
        find(
          'error',
          where,
          `De integrity van ${file.address} is geen sha256-, sha384- of sha512-waarde. Kopieer hem opnieuw uit integrity.json van de download, of uit de configurator.`,
          `The integrity of ${file.address} is no sha256, sha384 or sha512 value. Copy it again from integrity.json in the download, or from the configurator.`,
        ),
      );
    else if (!matches)
      findings.push(
        find(
          'error',
          where,
          `De integrity van ${file.address} past niet bij het bestand op je server: de browser voert het niet uit. Kopieer de integrity opnieuw uit integrity.json van dezelfde download als de bestanden (of uit de configurator), of zet de bestanden van die versie terug.`,
          `The integrity of ${file.address} does not match the file on your server: the browser does not run it. Copy the integrity again from integrity.json of the same download as the files (or from the configurator), or put back the files of that version.`,
        ),
      );
  }
  return findings;
}

/**
 * Requests each file the page names on the check's own site and reports a file that is missing, of
 * the wrong type or not matching its integrity, with the fix; one warning names the files on another
 * site, which it does not request.
 */
export async function checkFiles(parts: PageParts, options: FileCheckOptions): Promise<Finding[]> {
  const elsewhere: string[] = [];
  const checks: Promise<Finding[]>[] = [];
  for (const file of namedFiles(parts)) {
    let url: URL;
    try {
      url = new URL(file.address, options.base);
    } catch {
      checks.push(
        Promise.resolve([
          find('error', file.address, `"${file.address}" is geen adres.`, `"${file.address}" is not an address.`),
        ]),
      );
      continue;
    }
    if (url.origin === options.origin) checks.push(checkFile(file, url, options));
    else elsewhere.push(url.href);
  }
  const findings = (await Promise.all(checks)).flat();
  if (elsewhere.length > 0)
    findings.push(
      find(
        'warning',
        elsewhere[0]!,
        `${elsewhere.length} bestand(en) staan op een andere site dan deze controle (${elsewhere[0]}) en zijn niet opgevraagd: deze controle stuurt niets naar een andere site. Open je pagina, druk op F12 en kijk onder Console en Netwerk of ze laden.`,
        `${elsewhere.length} file(s) are on another site than this check (${elsewhere[0]}) and were not requested: this check sends nothing to another site. Open your page, press F12 and look under Console and Network whether they load.`,
      ),
    );
  return findings;
}
