/**
 * The check of a ruleset a page gives in code, in a module of its own: it carries the validation
 * rules and schemas, which most pages never need, so elements import it only when it is used. In
 * embed.js it is in embed-patch.js, beside the patch support that needs the same code.
 */
export { checkRuleset } from '@anders-kijken/core';
