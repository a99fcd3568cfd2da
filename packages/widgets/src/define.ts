/**
 * Registers every Anders Kijken element on the page. Safe to load more than once.
 * @packageDocumentation
 */
export { VERSION } from './version.js';
