/** A neutral site to leave for; a page can choose its own with `exit-url`. */
export const DEFAULT_EXIT_URL = 'https://www.google.nl/';

/**
 * Where a quick exit may go: an `https:` address, or an address on the page's own site (a relative
 * path such as `/weer`). Anything else — `javascript:`, `data:`, plain `http:` elsewhere, a
 * malformed address — gives `undefined`, so the caller falls back to its neutral default instead
 * of running script, doing nothing under a CSP, or failing with an error while the page stays.
 */
export function safeExitUrl(value: unknown, base: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let url: URL;
  let here: URL;
  try {
    url = new URL(value, base);
    here = new URL(base);
  } catch {
    return undefined;
  }
  if (url.protocol === 'https:') return url.href;
  // The page's own site, for a test or intranet server without https: it cannot be a script.
  if (url.protocol === here.protocol && url.origin === here.origin && url.protocol === 'http:') return url.href;
  return undefined;
}
