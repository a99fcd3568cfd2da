/**
 * Registers every Anders Kijken element on the page. Safe to load more than once.
 * @packageDocumentation
 */
import './components/ak-assessment-summary/define.js';
import './components/ak-referral-guide/define.js';
import './components/ak-signal-catalogue/define.js';
import './components/ak-signal-check/define.js';
import './components/ak-youth-check/define.js';

export { VERSION } from './version.js';
// The event classes and their details, from every entry: its types then carry the event map too.
export * from './events/index.js';
