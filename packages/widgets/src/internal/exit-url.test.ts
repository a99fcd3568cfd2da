import { describe, expect, it } from 'vitest';
import { safeExitUrl } from './exit-url.js';

describe('safeExitUrl', () => {
  const site = 'https://www.gemeente.nl/jongeren/check';

  it('accepts https addresses and addresses on the page’s own site', () => {
    expect(safeExitUrl('https://www.weeronline.nl/', site)).toBe('https://www.weeronline.nl/');
    expect(safeExitUrl('/weer', site)).toBe('https://www.gemeente.nl/weer');
    expect(safeExitUrl('./', site)).toBe('https://www.gemeente.nl/jongeren/');
    expect(safeExitUrl('/neutral', 'http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080/neutral');
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'http://www.weeronline.nl/',
    'https://',
    'http://[::1',
    '',
    '   ',
  ])('refuses %j', (value) => {
    expect(safeExitUrl(value, site)).toBeUndefined();
  });

  it('refuses anything that is not a string', () => {
    expect(safeExitUrl(undefined, site)).toBeUndefined();
    expect(safeExitUrl({ toString: () => 'https://x.nl/' }, site)).toBeUndefined();
  });

  it('refuses http elsewhere even when the page itself is on http', () => {
    expect(safeExitUrl('http://elders.nl/', 'http://127.0.0.1:8080/')).toBeUndefined();
  });
});
