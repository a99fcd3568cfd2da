import type { Translation } from './translation.js';

/**
 * The English of what a person in danger needs from an element: 112, the quick exit and the
 * fallback. The browser files carry these on every page, so an element in English shows them in
 * English even when the rest of its English strings (`texts-en.js`) cannot load.
 */
export const enSafety = {
  errorTitle: 'This part cannot show everything right now',
  emergencyCall: 'In danger right now? Call',
  unexpectedError: 'Something went wrong in this part. Try again or reload the page.',
  quickExit: 'Leave quickly',
  quickExitHint:
    '"Leave quickly" or the Esc key makes this screen disappear at once. Your browser history still shows you were here.',
  youthResultDanger: 'Are you in danger right now? Call 112.',
} satisfies Partial<Translation>;
