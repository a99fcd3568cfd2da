import { AUDIENCES, LEVELS, defaultRuleset, type Audience, type Level } from '@anders-kijken/core';

/** Controls for the attributes several widgets share, with their choices taken from core. */
export const ARG_TYPES = {
  level: { control: 'select', options: [...LEVELS] },
  audience: { control: 'select', options: [...AUDIENCES] },
  municipality: { control: 'select', options: ['', ...defaultRuleset.municipalities.map((m) => m.id)] },
  lang: { control: 'inline-radio', options: ['nl', 'en'] },
} as const;

/** The args of a widget that shows guidance for a level, an audience and a municipality. */
export interface GuidanceArgs {
  level: Level;
  audience: Audience;
  municipality: string;
  lang: 'nl' | 'en';
}

/** Where every guidance story starts: a concern, for a professional, national contacts, in Dutch. */
export const GUIDANCE_DEFAULTS: GuidanceArgs = {
  level: 'concern',
  audience: 'professional',
  municipality: '',
  lang: 'nl',
};
