/**
 * Registers every Anders Kijken element on the page. Safe to load more than once.
 * @packageDocumentation
 */
import './components/ak-assessment-summary/define.js';
import './components/ak-signal-check/define.js';

export { VERSION } from './version.js';
