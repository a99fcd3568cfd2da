/**
 * The docs site's Content-Security-Policy. VitePress writes a small inline script (the colour
 * scheme) and inline styles, so those are allowed; nothing may load from or connect to another host.
 */
export const SITE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
].join('; ');
