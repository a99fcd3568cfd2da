// Records what the page sees: CSP violations, uncaught errors and console output.
window.recorded = { violations: [], errors: [] };
document.addEventListener('securitypolicyviolation', (event) => {
  window.recorded.violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
window.addEventListener('error', (event) => window.recorded.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.recorded.errors.push(String(event.reason)));

// A real click on this button gives a widget a fresh copy of its ruleset, which it validates with
// zod: under the page's CSP, zod must not try `new Function` (DevTools evaluation would bypass CSP).
document.addEventListener('click', (event) => {
  if (event.target instanceof HTMLElement && event.target.id === 'revalidate') {
    for (const widget of document.querySelectorAll(
      'ak-signal-check, ak-assessment-summary, ak-referral-guide, ak-signal-catalogue, ak-youth-check',
    )) {
      widget.ruleset = structuredClone(widget.ruleset);
    }
  }
});

// A real click on this button adds two referral guides, nested in a new section, the second in
// English: as a page that shows widgets only after a choice, or a single-page app, would.
document.addEventListener('click', (event) => {
  if (event.target instanceof HTMLElement && event.target.id === 'add-later') {
    const section = document.createElement('section');
    section.innerHTML =
      '<ak-referral-guide level="suspicion"></ak-referral-guide>' +
      '<div lang="en"><ak-referral-guide lang="en" level="suspicion"></ak-referral-guide></div>';
    document.querySelector('main')?.append(section);
  }
});

// A real click on this button puts a youth check inside a shadow root of the page's own, where the
// loader cannot see it, and asks the loader for it by name.
document.addEventListener('click', (event) => {
  if (event.target instanceof HTMLElement && event.target.id === 'add-shadowed') {
    const host = document.createElement('div');
    host.id = 'shadow-host';
    host.attachShadow({ mode: 'open' }).innerHTML = '<ak-youth-check></ak-youth-check>';
    document.querySelector('main')?.append(host);
    void import('/embed.js').then(({ loadElement }) =>
      Promise.all([
        loadElement('ak-youth-check'),
        loadElement('ak-unknown').catch((error) => (window.recorded.unknown = String(error))),
      ]),
    );
  }
});
