import { nothing } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets custom properties on an element through the CSSOM (`style.setProperty`), never through a
 * `style` attribute, which a strict Content-Security-Policy (`style-src-attr`) blocks. Lit's
 * `styleMap` writes the attribute on its first render, so the widgets use this instead.
 *
 * @example html`<span class="bar" ${cssProps({ '--_ak-bar': '40%' })}></span>`
 */
class CssPropsDirective extends Directive {
  private set = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps() goes on an element: <span ${cssProps(…)}>.');
  }

  render(_props: Readonly<Record<`--${string}`, string>>) {
    return nothing;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<`--${string}`, string>>]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.set) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    this.set = new Set(Object.keys(props));
    return nothing;
  }
}

export const cssProps = directive(CssPropsDirective);
