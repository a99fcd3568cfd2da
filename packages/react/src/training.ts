/**
 * `@anders-kijken/react/training`: the practice widgets as React components. Apart from the main
 * entry, so an app with a check never bundles the cases. Importing this module registers the tags.
 * @packageDocumentation
 */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { AkTraining } from '@anders-kijken/widgets/ak-training';
import { AkYouthTraining } from '@anders-kijken/widgets/ak-youth-training';
import { eventProps } from './events.js';

export type { AkErrorDetail, AkErrorEvent } from '@anders-kijken/widgets';

/** `<ak-training>`: practice cases for professionals and parents, with feedback from the check's rules. */
export const Training = createComponent({
  tagName: 'ak-training',
  elementClass: AkTraining,
  react: React,
  events: eventProps['ak-training'],
  displayName: 'Training',
});

/** `<ak-youth-training>`: "Herken de truc", chats for young people, with its quick exit. */
export const YouthTraining = createComponent({
  tagName: 'ak-youth-training',
  elementClass: AkYouthTraining,
  react: React,
  events: eventProps['ak-youth-training'],
  displayName: 'YouthTraining',
});
