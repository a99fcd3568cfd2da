import { describe, expect, it } from 'vitest';
import {
  YOUTH_CHOICES,
  YOUTH_CHOICE_ANSWERS,
  assess,
  catalogue,
  highestYouthAnswer,
  levelRank,
  youthQuestionKey,
  youthQuestionsOf,
  type YouthChoice,
} from '../src/index.js';

// Section 7 of the brief: every youth question is asked so that "Ja" means the signal is there.
// This lists every youth question, each alone (the other questions of its entry skipped), with the
// answer that raises the level, so a backwards question ("Kun je stoppen?") cannot pass. Levels are
// compared by rank, not pinned: the rules may change what a signal alone gives, never its direction.
const youth = [...catalogue.signals, ...catalogue.riskFactors].filter((e) => youthQuestionsOf(e.texts).length > 0);
const questions = youth.flatMap((entry) => {
  const all = youthQuestionsOf(entry.texts);
  return all.map((text, index) => ({ entry, index, count: all.length, text }));
});

/** The entry's answer when only question `index` of `count` is answered, as the youth check combines them. */
const answerFor = (index: number, count: number, choice: YouthChoice) =>
  highestYouthAnswer(
    Array.from({ length: count }, (_, i) => (i === index ? YOUTH_CHOICE_ANSWERS[choice] : ('unknown' as const))),
  );
const levelFor = (id: string, index: number, count: number, choice: YouthChoice) =>
  assess({ age: 15, observations: { [id]: answerFor(index, count, choice) }, audience: 'young-person' }).level;

describe('youth questions', () => {
  it('map Ja and Soms to clear, "Ik weet het niet zeker" to possible and Nee to no', () => {
    expect(YOUTH_CHOICES).toEqual(['yes', 'sometimes', 'unsure', 'no']);
    expect(YOUTH_CHOICE_ANSWERS).toEqual({ yes: 'clear', sometimes: 'clear', unsure: 'possible', no: 'no' });
  });

  it.each(questions.map((q) => [q.text.nl, youthQuestionKey(q.entry.id, q.index), q] as const))(
    '"%s" (%s), alone: "Ja" raises the level, "Nee" does not',
    (_question, _key, { entry, index, count }) => {
      const no = levelFor(entry.id, index, count, 'no');
      const yes = levelFor(entry.id, index, count, 'yes');
      expect(no).toBe('none');
      expect(levelRank(yes)).toBeGreaterThan(levelRank(no));
      expect(levelFor(entry.id, index, count, 'sometimes')).toBe(yes);
      const unsure = levelRank(levelFor(entry.id, index, count, 'unsure'));
      expect(unsure).toBeGreaterThanOrEqual(levelRank(no));
      expect(unsure).toBeLessThanOrEqual(levelRank(yes));
    },
  );

  it('gives the entry the highest answer of its questions: clear > possible > no > unknown', () => {
    expect(highestYouthAnswer([])).toBe('unknown');
    expect(highestYouthAnswer(['unknown', 'unknown'])).toBe('unknown');
    expect(highestYouthAnswer(['unknown', 'no'])).toBe('no');
    expect(highestYouthAnswer(['no', 'possible'])).toBe('possible');
    expect(highestYouthAnswer(['possible', 'no'])).toBe('possible');
    expect(highestYouthAnswer(['clear', 'no'])).toBe('clear');
    expect(highestYouthAnswer(['no', 'clear', 'possible'])).toBe('clear');
  });

  it('asks two questions, one thing each, where one would ask two: danger now, and sex', () => {
    const twice = youth.filter((e) => youthQuestionsOf(e.texts).length > 1).map((e) => e.id);
    expect(twice.sort()).toEqual(['acute-threat-to-life', 'harm-sexual-exploitation']);
    // One thing per question: no question joins two questions with ", of".
    for (const { entry, text } of questions) expect(text.nl, entry.id).not.toMatch(/, of (moet|ben|heb|word)/);
  });

  it('asks about danger now without "Soms", and about everything else with it', () => {
    for (const entry of youth) {
      const now = entry.texts.youthQuestionAboutNow === true;
      const allAboutNow = youthQuestionsOf(entry.texts).every((q) => /\b(nu|vandaag)\b/.test(q.nl));
      expect(now, entry.id).toBe(entry.kind === 'acute' && allAboutNow);
    }
  });

  it('asks about sex only after one line saying these questions may be skipped', () => {
    const withIntro = youth.filter((e) => e.texts.youthIntro).map((e) => e.id);
    expect(withIntro).toEqual(['harm-sexual-exploitation']);
    const intro = catalogue.signals.find((s) => s.id === 'harm-sexual-exploitation')?.texts.youthIntro;
    expect(intro).toEqual({
      nl: 'Sommige vragen gaan over seks; je mag ze overslaan.',
      en: 'Some questions are about sex; you may skip them.',
    });
    for (const { entry, text } of questions)
      if (/\bseks/i.test(text.nl)) expect(entry.texts.youthIntro, entry.id).toBeDefined();
  });

  it('asks a young person about every direct activity and control signal the brief names (v2.1)', () => {
    const asked = new Set(youth.map((e) => e.id));
    for (const id of [
      'activity-courier',
      'activity-stash',
      'activity-money-mule',
      'activity-lookout',
      'activity-drug-dealing',
      'control-debt',
      'control-disclosure',
      'control-cannot-stop',
      'control-violence',
      'control-images',
      'harm-sexual-exploitation',
      'harm-missing',
      'recruit-housed-transported',
      'acute-threat-to-life',
    ])
      expect(asked.has(id), id).toBe(true);
  });
});
