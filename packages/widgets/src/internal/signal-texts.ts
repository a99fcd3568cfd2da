/**
 * Imported by every element that shows the texts of signals, risk factors, dimensions or rules
 * (labels, questions, examples, explanations). In the npm build the national ruleset is whole and
 * this holds nothing. The browser files replace it with a module that gives the ruleset those texts
 * in Dutch when it runs (scripts/texts-by-locale.mjs), so a page whose elements do not show them
 * (a referral guide, a youth check) never loads them.
 * @packageDocumentation
 */
export {};
