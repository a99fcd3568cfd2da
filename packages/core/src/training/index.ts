/**
 * `@anders-kijken/core/training`: practice material built on the same rules as the check. Cases for
 * professionals and parents, each with its key (what a trained reader notes, the level `assess`
 * gives, the first step), and chats for young people that teach a trick to recognise.
 * @packageDocumentation
 */
export { practiceCases } from './practice-cases.js';
export { youthScenarios } from './youth-scenarios.js';
export {
  assessKey,
  checkPractice,
  firstStepChoices,
  type PracticeAnswer,
  type PracticeFeedback,
} from './check-practice.js';
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
