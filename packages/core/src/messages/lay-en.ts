import { en } from './en.js';
import type { LaySentences, LayReader } from './types.js';

const { words } = en;

/** What `explain` tells a parent or a young person in English. A module of its own, like `layNl`. */
export const layEn: Record<LayReader, LaySentences> = {
  parent: {
    seen: ({ labels }) => `What you see in your child: ${words.list(labels)}.`,
    maybe: ({ labels }) => `Maybe, but you are not sure: ${words.list(labels)}.`,
    meaning: {
      none: 'You see nothing that suggests someone is using your child. Children often do not tell about this by themselves: keep talking with your child.',
      attention: 'This may have an ordinary reason. Keep watching and keep talking with your child.',
      concern:
        'This may mean that someone is using your child or putting pressure on them. Ask for advice; you do not need to be sure that something is wrong.',
      suspicion: 'Together this may mean that someone is using your child for criminal jobs. Ask for advice today.',
      acute: 'Your child may be in danger now. Is life or safety in danger now? Call 112.',
    },
    ordinaryExplanations: 'Each of these things can also have an ordinary explanation.',
    circumstances: ({ labels }) =>
      `You also mentioned circumstances: ${words.list(labels)}. They can make a child more vulnerable, but they do not say that someone is using your child.`,
    ageUnknown: 'You do not know how old your child is. So we assume a child under 18.',
    startedAsMinor: (adultAge) =>
      `Your child is ${adultAge} or older, but it began when your child was younger. The contacts below fit the age your child is now.`,
    youngAdult: (adultAge) => `Your child is ${adultAge} or older. So the steps and contacts below are about adults.`,
    gaps: (level, { labels }) =>
      `Do you not know this yet? If any of these things is so, the outcome becomes ‘${level}’: ${words.list(labels)}.`,
    moreGaps: (count) => `${words.count(count, 'other question', 'other questions')} could change the outcome too.`,
    closing:
      'This outcome is an aid, not a judgement about your child. Talk about what you see with someone who knows about it, for example one of the contacts below.',
  },
  'young-person': {
    seen: ({ labels }) => `What you tell us: ${words.list(labels)}.`,
    maybe: ({ labels }) => `Maybe, you are not sure: ${words.list(labels)}.`,
    meaning: {
      none: 'Your answers do not show that someone is using you. Still unsure? Talk about it with someone you trust.',
      attention: 'This may have an ordinary reason. Unsure? Talk about it with someone you trust.',
      concern:
        'This may mean that someone is using you or putting pressure on you. Talk about it: you do not have to solve it alone.',
      suspicion:
        'This may mean that someone is using you to do things that are not allowed. That is not your fault. Talk about it: you do not have to solve it alone.',
      acute: 'Are you in danger right now? Call 112.',
    },
    ordinaryExplanations: 'Each of these things can also have an ordinary reason.',
    circumstances: ({ labels }) =>
      `You also mentioned: ${words.list(labels)}. That says something about your situation, not that someone is using you.`,
    ageUnknown: 'You did not give your age. So we assume you are under 18.',
    startedAsMinor: (adultAge) =>
      `You are ${adultAge} or older, but it began when you were younger. The contacts below fit the age you are now.`,
    youngAdult: (adultAge) => `You are ${adultAge} or older. The contacts below are there for your age.`,
    // A young person is not asked to find more out: the questions they skipped stay skipped.
    gaps: undefined,
    moreGaps: undefined,
    closing:
      'This is not a judgement about you, and it is never your fault. Talk about it with someone you trust or with one of the contacts below.',
  },
};
