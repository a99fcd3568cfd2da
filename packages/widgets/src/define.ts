/**
 * Registers every Anders Kijken check and view on the page. Safe to load more than once. The
 * practice widgets, which carry their cases, register through their own entries
 * (`@anders-kijken/widgets/ak-training`, `@anders-kijken/widgets/ak-youth-training`).
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
