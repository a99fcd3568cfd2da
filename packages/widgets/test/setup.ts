import { beforeEach } from 'vitest';

// The test runner's page says `<html lang="en">`; every test starts on a page without a language,
// where the widgets must default to Dutch.
beforeEach(() => {
  document.documentElement.removeAttribute('lang');
});
