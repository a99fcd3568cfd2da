import { describe, expect, it } from 'vitest';
import { YOUTH_CHOICES, YOUTH_CHOICE_ANSWERS, assess, catalogue, levelRank, type YouthChoice } from '../src/index.js';

// Section 7 of the brief: every youth question is asked so that "Ja" means the signal is there.
// This lists every youth question with the answer that raises the level, so a backwards question
// ("Kun je stoppen?") cannot pass.
const youth = [...catalogue.signals, ...catalogue.riskFactors].filter((entry) => entry.texts.youthQuestion);
const levelFor = (id: string, choice: YouthChoice) =>
  assess({ age: 15, observations: { [id]: YOUTH_CHOICE_ANSWERS[choice] }, audience: 'young-person' }).level;

describe('youth questions', () => {
  it('map Ja and Soms to clear, "Ik weet het niet zeker" to possible and Nee to no', () => {
    expect(YOUTH_CHOICES).toEqual(['yes', 'sometimes', 'unsure', 'no']);
    expect(YOUTH_CHOICE_ANSWERS).toEqual({ yes: 'clear', sometimes: 'clear', unsure: 'possible', no: 'no' });
  });

  it.each(youth.map((entry) => [entry.texts.youthQuestion?.nl, entry.id] as const))(
    '"%s" (%s): "Ja" raises the level, "Nee" does not',
    (_question, id) => {
      const no = levelFor(id, 'no');
      const yes = levelFor(id, 'yes');
      expect(no).toBe('none');
      expect(levelRank(yes)).toBeGreaterThan(levelRank(no));
      expect(levelFor(id, 'sometimes')).toBe(yes);
      const unsure = levelRank(levelFor(id, 'unsure'));
      expect(unsure).toBeGreaterThanOrEqual(levelRank(no));
      expect(unsure).toBeLessThanOrEqual(levelRank(yes));
    },
  );

  it('asks about danger now without "Soms", and about everything else with it', () => {
    for (const entry of youth) {
      const now = entry.texts.youthQuestionAboutNow === true;
      expect(now, entry.id).toBe(entry.kind === 'acute' && /\bnu\b/.test(entry.texts.youthQuestion?.nl ?? ''));
    }
  });
});
