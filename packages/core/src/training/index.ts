/**
 * Practice material built on the same rules as the check: cases for professionals and parents, and
 * chats for young people. Not yet a public entry: the widgets that use it come next (issue 16).
 */
export { practiceCases } from './practice-cases.js';
export { youthScenarios } from './youth-scenarios.js';
export {
  CHAT_SENDERS,
  PRACTICE_SETTINGS,
  PracticeCaseSchema,
  YOUTH_TRICKS,
  YouthScenarioSchema,
  type PracticeCase,
  type PracticeSetting,
  type YouthScenario,
  type YouthTrick,
} from '../schema/training.js';
