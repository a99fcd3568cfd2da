/**
 * `@anders-kijken/widgets`: element classes and types, free of side effects.
 * Import `@anders-kijken/widgets/define` to register every tag.
 * @packageDocumentation
 */
export { VERSION } from './version.js';
export { defineElement } from './internal/define-element.js';
