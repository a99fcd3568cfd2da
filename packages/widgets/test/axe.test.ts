import { describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.js';

describe('expectAccessible', () => {
  it('finds a violation inside a shadow root', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<button></button><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">';
    document.body.append(host);
    await expect(expectAccessible(host)).rejects.toThrow(/button-name|image-alt/);
    host.remove();
  });

  it('passes accessible content', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<button>Volgende</button>';
    document.body.append(host);
    await expectAccessible(host);
    host.remove();
  });
});
