import { nothing } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets a radio's or checkbox's `checked` property. A `.checked` binding does the same in the browser,
 * but Lit's server renderer writes it as the attribute `checked="false"`, which checks every option of
 * a server-rendered widget. Element directives are not rendered on the server, so there the options
 * start unchecked, as a new check does.
 *
 * @example html`<input type="radio" ${checked(selected === value)} />`
 */
class CheckedDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('checked() goes on an input: <input ${checked(…)}>.');
  }

  render(_checked: boolean) {
    return nothing;
  }

  override update(part: ElementPart, [value]: [boolean]) {
    const input = part.element as HTMLInputElement;
    if (input.checked !== value) input.checked = value;
    return nothing;
  }
}

export const checked = directive(CheckedDirective);
