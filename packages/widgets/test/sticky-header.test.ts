import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../src/define.js';
import '../src/training.js';
import { DEFAULT_EXIT_URL } from '../src/internal/exit-url.js';
import { mount, settled, watchNavigations, type Widget } from './fixtures.js';

// Finding 1 of issue 25: "a sticky header hides Snel weg and 112". On a page with an 80 px sticky
// header, the quick-exit bar stuck at the top of the viewport, behind the header: a click at the
// button's place hit the header. A municipal page declares its header with scroll-padding-top.

const HEADER = 80;
let style: HTMLStyleElement;

/** A municipal page: a sticky header of `height` px, some text, the widget, and a long page below. */
async function pageWith(tag: string, css: string, height = HEADER): Promise<Widget> {
  style = document.createElement('style');
  style.textContent = `
    body { margin: 0; }
    .site-header { position: sticky; top: 0; z-index: 10; height: ${height}px; background: #01689b; color: #fff; }
    .before { height: 400px; }
    .after { height: 12000px; }
    ${css}`;
  document.head.append(style);
  const header = Object.assign(document.createElement('header'), { className: 'site-header', textContent: 'Gemeente' });
  const before = Object.assign(document.createElement('div'), { className: 'before' });
  document.body.append(header, before);
  const element = await mount(tag);
  document.body.append(Object.assign(document.createElement('div'), { className: 'after' }));
  return element;
}

/** Scrolls the page so the widget's top is well above the viewport, as when reading on in it. */
async function scrollIntoWidget(element: Widget) {
  const into = Math.min(600, element.getBoundingClientRect().height / 2);
  window.scrollTo({ top: element.getBoundingClientRect().top + window.scrollY + into, behavior: 'instant' });
  await settled(element);
}

/** What a click at the centre of this part of the widget hits: the part itself, or something on top. */
function hitAt(element: Widget, target: Element) {
  const box = target.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const onPage = document.elementFromPoint(x, y);
  const inWidget = element.shadowRoot?.elementFromPoint(x, y);
  return { box, onPage, hits: onPage === element && (inWidget === target || target.contains(inWidget ?? null)) };
}

const ui = (element: Widget) => page.elementLocator(element);
const quickExit = (element: Widget) => ui(element).getByRole('button', { name: 'Snel weg' }).element();
const emergency = (element: Widget) => ui(element).getByRole('link', { name: '112', exact: true }).element();

/** Clicks "Snel weg" as a reader does, at its place on the screen, and returns where the page went. */
async function clickQuickExit(element: Widget) {
  const navigations = watchNavigations();
  try {
    await userEvent.click(quickExit(element), { timeout: 2000 });
    return navigations.requested;
  } finally {
    navigations.stop();
  }
}

describe('a sticky header hides Snel weg and 112', () => {
  beforeEach(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  afterEach(() => {
    document.body.replaceChildren();
    style.remove();
    window.scrollTo({ top: 0, behavior: 'instant' });
  });

  it.each(['ak-youth-check', 'ak-youth-training'])(
    '%s: with html { scroll-padding-top: 80px }, the bar sits below the header, and Snel weg leaves',
    async (tag) => {
      const element = await pageWith(tag, `html { scroll-padding-top: ${HEADER}px; }`);
      await scrollIntoWidget(element);
      const exit = hitAt(element, quickExit(element));
      expect(exit.box.top).toBeGreaterThanOrEqual(HEADER);
      expect(exit.hits, `hit ${exit.onPage?.localName}.${exit.onPage?.className}`).toBe(true);
      expect(hitAt(element, emergency(element)).hits).toBe(true);
      expect(await clickQuickExit(element)).toEqual([DEFAULT_EXIT_URL]);
    },
  );

  it('ak-youth-check: the result is scrolled into view below the header and the bar, and Snel weg still leaves', async () => {
    const element = await pageWith('ak-youth-check', `html { scroll-padding-top: ${HEADER}px; }`);
    await scrollIntoWidget(element);
    // Far down the questions, the result comes into view from above.
    window.scrollBy({ top: 2000, behavior: 'instant' });
    // Clicked in the page, not by the driver: its click would scroll the button into view first.
    (ui(element).getByRole('button', { name: 'Bekijk de uitkomst' }).element() as HTMLButtonElement).click();
    await settled(element);
    await settled(element);
    const title = ui(element).getByRole('heading', { name: 'Hier kun je praten' }).element();
    const bar = element.shadowRoot?.querySelector('[part="quick-exit"]') as Element;
    const result = hitAt(element, title);
    expect(result.box.top).toBeGreaterThanOrEqual(HEADER + bar.getBoundingClientRect().height);
    expect(result.box.top).toBeLessThan(window.innerHeight / 2);
    expect(result.hits).toBe(true);
    // Reading on past the result, the bar stays below the header.
    window.scrollBy({ top: 300, behavior: 'instant' });
    await settled(element);
    expect(hitAt(element, quickExit(element)).hits).toBe(true);
    expect(await clickQuickExit(element)).toEqual([DEFAULT_EXIT_URL]);
  });

  it('--ak-sticky-offset places the bar for a header the page declares no scroll padding for', async () => {
    const element = await pageWith('ak-youth-check', 'ak-youth-check { --ak-sticky-offset: 120px; }', 120);
    await scrollIntoWidget(element);
    const exit = hitAt(element, quickExit(element));
    expect(exit.box.top).toBeGreaterThanOrEqual(120);
    expect(exit.hits).toBe(true);
    expect(await clickQuickExit(element)).toEqual([DEFAULT_EXIT_URL]);
  });

  it('reads a scroll padding in other units: 5em, and a percentage of the viewport', async () => {
    const element = await pageWith('ak-youth-check', 'html { scroll-padding-top: 5em; font-size: 16px; }');
    await scrollIntoWidget(element);
    expect(hitAt(element, quickExit(element)).box.top).toBeGreaterThanOrEqual(80);
    expect(hitAt(element, quickExit(element)).hits).toBe(true);
    document.body.replaceChildren();
    style.remove();
    const percent = Math.ceil((HEADER / window.innerHeight) * 1000) / 10;
    const other = await pageWith('ak-youth-training', `html { scroll-padding-top: ${percent}%; }`);
    await scrollIntoWidget(other);
    expect(hitAt(other, quickExit(other)).box.top).toBeGreaterThanOrEqual(HEADER);
    expect(hitAt(other, quickExit(other)).hits).toBe(true);
  });
});
