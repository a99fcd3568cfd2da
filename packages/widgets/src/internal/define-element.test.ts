import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineElement } from './define-element.js';

let counter = 0;
const uniqueTag = () => `ak-test-element-${++counter}`;

describe('defineElement', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('registers a tag the first time', () => {
    const tag = uniqueTag();
    class First extends HTMLElement {}
    expect(defineElement(tag, First, '1.2.3')).toBe(true);
    expect(customElements.get(tag)).toBe(First);
  });

  it('does not throw when the same tag is defined again, and keeps the first class', () => {
    const tag = uniqueTag();
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    defineElement(tag, First, '1.2.3');
    expect(() => defineElement(tag, Second, '1.2.9')).not.toThrow();
    expect(customElements.get(tag)).toBe(First);
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns once, naming both versions, when another major.minor registers the same tags', () => {
    const tags = [uniqueTag(), uniqueTag()];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const tag of tags) defineElement(tag, class extends HTMLElement {}, '1.2.0');
    for (const tag of tags) defineElement(tag, class extends HTMLElement {}, '1.3.0');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/1\.2\.0.*1\.3\.0/);
  });

  it('defaults to the version of this build', () => {
    const tag = uniqueTag();
    defineElement(tag, class extends HTMLElement {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    defineElement(tag, class extends HTMLElement {}, '999.0.0');
    expect(warn.mock.calls[0]?.[0]).toContain(`${__AK_VERSION__}; version 999.0.0`);
  });
});
