/** Marks what a print keeps: the element and every ancestor, across shadow roots. */
const MARK = 'data-ak-print';

// One sheet serves every tree (the page and each shadow root on the way): in print, everything
// beside the marked path is hidden. Adopted sheets are CSSOM, so a strict CSP allows them.
let sheet: CSSStyleSheet | undefined;
const printSheet = () => {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`@media print { [${MARK}] > :not([${MARK}]) { display: none !important; } }`);
  }
  return sheet;
};

let undo: (() => void) | undefined;

/**
 * Prints only `element`: every sibling of it and of its ancestors, in the page and in each shadow
 * root on the way, is hidden for the print, and shown again after it. Nothing of the host page is
 * changed on screen. Its own `@media print` styles decide what of the element itself is printed.
 */
export function printOnly(element: Element): void {
  undo?.();
  const marked: Element[] = [];
  const roots = new Set<Document | ShadowRoot>();
  for (let node: Node | null = element; node;) {
    if (node instanceof Element) {
      node.setAttribute(MARK, '');
      marked.push(node);
      roots.add(node.getRootNode() as Document | ShadowRoot);
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  const adopted = [...roots].filter((root) => !root.adoptedStyleSheets.includes(printSheet()));
  for (const root of adopted) root.adoptedStyleSheets = [...root.adoptedStyleSheets, printSheet()];
  const view = element.ownerDocument.defaultView ?? window;
  undo = () => {
    for (const node of marked) node.removeAttribute(MARK);
    for (const root of adopted) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== printSheet());
    view.removeEventListener('afterprint', undo as () => void);
    undo = undefined;
  };
  view.addEventListener('afterprint', undo);
  view.print();
}
