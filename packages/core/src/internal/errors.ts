import type { Issue } from '../schema/assessment.js';

/** `signals[3].id`, for messages. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}

/** An error that carries every issue found, each with a path, a code and a message in Dutch and English. */
export class IssuesError extends Error {
  readonly issues: Issue[];

  constructor(summary: string, issues: Issue[]) {
    super(
      `${summary}\n${issues.map((issue) => `- ${formatPath(issue.path) || '(input)'}: ${issue.message.en}`).join('\n')}`,
    );
    this.name = 'IssuesError';
    this.issues = issues;
  }
}

/** Thrown by `assess` for input it cannot evaluate. `safeAssess` returns the same issues instead. */
export class AssessmentInputError extends IssuesError {
  constructor(issues: Issue[]) {
    super('The assessment input is not valid:', issues);
    this.name = 'AssessmentInputError';
  }
}

/** Thrown for a ruleset, or a patch to one, that breaks a rule the engine relies on. */
export class RulesetError extends IssuesError {
  constructor(issues: Issue[]) {
    super('The ruleset is not valid:', issues);
    this.name = 'RulesetError';
  }
}
