import {
  AUDIENCES,
  EMBED_FOLDER_PLACEHOLDER,
  LEVELS,
  defaultRuleset,
  embedSnippet,
  FALLBACK_STYLESHEET,
  type DownloadFiles,
} from '@anders-kijken/core';

/** An attribute the configurator offers for a component: values to choose from, or free text. */
export interface ConfiguratorAttribute {
  name: 'audience' | 'municipality' | 'level' | 'age' | 'exit-url';
  /** The values to choose from; empty for a text field. */
  values: readonly string[];
  /** Left out of the snippet when chosen: the component's own default. */
  defaultValue: string;
}

/** The components a web editor can place on a page with attributes alone. */
export type ConfiguratorTag =
  | 'ak-signal-check'
  | 'ak-youth-check'
  | 'ak-referral-guide'
  | 'ak-signal-catalogue'
  | 'ak-training'
  | 'ak-youth-training';

/** A component the configurator offers, and the attributes that make sense for it. */
export interface ConfiguratorComponent {
  tag: ConfiguratorTag;
  attributes: readonly ConfiguratorAttribute[];
}

const municipality: ConfiguratorAttribute = {
  name: 'municipality',
  values: ['', ...defaultRuleset.municipalities.map((m) => m.id)],
  defaultValue: '',
};

/**
 * What each component accepts, kept beside the custom-elements manifest: a test checks every
 * attribute here exists there, so the configurator cannot offer what a widget ignores.
 */
export const CONFIGURATOR_COMPONENTS: readonly ConfiguratorComponent[] = [
  {
    tag: 'ak-signal-check',
    attributes: [{ name: 'audience', values: ['professional', 'parent'], defaultValue: 'professional' }, municipality],
  },
  {
    tag: 'ak-youth-check',
    attributes: [municipality, { name: 'exit-url', values: [], defaultValue: '' }],
  },
  {
    tag: 'ak-referral-guide',
    attributes: [
      { name: 'level', values: LEVELS, defaultValue: 'concern' },
      { name: 'audience', values: AUDIENCES, defaultValue: 'professional' },
      { name: 'age', values: ['unknown', 'child', 'minor', 'young-adult'], defaultValue: 'unknown' },
      municipality,
    ],
  },
  { tag: 'ak-signal-catalogue', attributes: [] },
  {
    tag: 'ak-training',
    attributes: [{ name: 'audience', values: ['', 'professional', 'parent'], defaultValue: '' }],
  },
  {
    tag: 'ak-youth-training',
    attributes: [municipality, { name: 'exit-url', values: [], defaultValue: '' }],
  },
];

/** Themes the configurator previews: the widgets' own look and a real NL Design System theme. */
export const THEMES = ['default', 'utrecht', 'denhaag'] as const;

/** The class a municipality's NL Design System theme puts on an ancestor, and the npm packages of its tokens. */
export const THEME_SOURCES: Record<
  Exclude<(typeof THEMES)[number], 'default'>,
  { className: string; imports: string[] }
> = {
  utrecht: { className: 'utrecht-theme', imports: ['@utrecht/design-tokens/dist/index.css'] },
  denhaag: {
    className: 'denhaag-theme',
    imports: [
      '@gemeente-denhaag/design-tokens-common/dist/theme/index.css',
      '@gemeente-denhaag/design-tokens-components/dist/theme/index.css',
    ],
  },
};
export type Theme = (typeof THEMES)[number];

/** The options someone chose. */
export interface Choice {
  tag: ConfiguratorTag;
  lang: 'nl' | 'en';
  attributes: Record<string, string>;
  theme: Theme;
}

/**
 * The attributes chosen for one component that another can keep when the editor switches: the
 * municipality stays, a level the new component does not have goes.
 */
export function attributesFor(tag: ConfiguratorTag, chosen: Readonly<Record<string, string>>): Record<string, string> {
  const component = CONFIGURATOR_COMPONENTS.find((c) => c.tag === tag);
  const kept: Record<string, string> = {};
  for (const attribute of component?.attributes ?? []) {
    const value = chosen[attribute.name];
    if (value !== undefined && (attribute.values.length === 0 || attribute.values.includes(value)))
      kept[attribute.name] = value;
  }
  return kept;
}

/**
 * Whether a quick exit may go to this address, as `<ak-youth-check>` decides: an `https:` address or
 * one on the page's own site. Anything else the widget ignores.
 */
export const usableExitUrl = (value: string): boolean =>
  /^(https:\/\/[^\s/]+\.[^\s]+|\/(?!\/)\S*|\.\.?\/\S*)$/.test(value.trim());

/** The component a link asks for (`?component=ak-youth-check`), if it is one the configurator offers. */
export function componentFromQuery(search: string): ConfiguratorTag | undefined {
  const asked = new URLSearchParams(search).get('component');
  return CONFIGURATOR_COMPONENTS.find((c) => c.tag === asked)?.tag;
}

/**
 * The attributes the element gets: `lang`, and every chosen attribute that differs from the
 * component's default. The snippets write these and the live preview sets the same.
 */
export function chosenAttributes(choice: Choice): Record<string, string> {
  const component = CONFIGURATOR_COMPONENTS.find((c) => c.tag === choice.tag);
  const attributes: Record<string, string> = { lang: choice.lang };
  for (const attribute of component?.attributes ?? []) {
    const value = (choice.attributes[attribute.name] ?? attribute.defaultValue).trim();
    // An exit address the widget would ignore is left out, so the snippet never promises it.
    if (attribute.name === 'exit-url' && !usableExitUrl(value)) continue;
    if (value && value !== attribute.defaultValue) attributes[attribute.name] = value;
  }
  return attributes;
}

/**
 * The element as HTML, exactly as the snippets write it: with its fallback inside (112, "Snel weg"
 * for a young person's element, what belongs here), which a page shows when its script does not run.
 */
export function elementHtml(choice: Choice): string {
  return embedSnippet({ tag: choice.tag, attributes: chosenAttributes(choice), withoutScript: true });
}

/** What the snippet needs of the release, once the page has read it: integrity, and what to preload. */
export interface ReleaseInfo extends DownloadFiles {
  placeholder: string;
  files: { name: string; integrity?: string }[];
}

// A site with an NL Design System theme loads its own stylesheet; the snippet only adds the theme's class.
const themed = (choice: Choice, html: string): string =>
  choice.theme === 'default'
    ? html
    : [
        `<div class="${THEME_SOURCES[choice.theme].className}">`,
        ...html.split('\n').map((line) => `  ${line}`),
        '</div>',
      ].join('\n');

/**
 * The snippet for a web editor: the script tag for the downloaded folder and the element. It never
 * names a host: the path is a placeholder the editor replaces, with the script's integrity, and
 * preload hints for the element's files, so it appears a round trip sooner; the stylesheet that
 * keeps the element's place; the element with its fallback inside.
 */
export function scriptSnippet(choice: Choice, release?: ReleaseInfo): string {
  const lines = embedSnippet({
    tag: choice.tag,
    attributes: chosenAttributes(choice),
    folder: release?.placeholder ?? EMBED_FOLDER_PLACEHOLDER,
    integrity: release?.files.find((f) => f.name === 'embed.js')?.integrity,
    stylesheetIntegrity: release?.files.find((f) => f.name === FALLBACK_STYLESHEET)?.integrity,
    files: release,
  }).split('\n');
  // The element, with its fallback, is what the theme's class goes around.
  const element = lines.findIndex((line) => line.startsWith(`<${choice.tag}`));
  return `${lines.slice(0, element).join('\n')}\n${themed(choice, lines.slice(element).join('\n'))}`;
}

/** The module code for a developer with a bundler: import the one component it uses. */
export function npmSnippet(choice: Choice): string {
  const css =
    choice.theme === 'default' ? '' : THEME_SOURCES[choice.theme].imports.map((file) => `import '${file}';\n`).join('');
  return `// npm install @anders-kijken/widgets\n${css}import '@anders-kijken/widgets/${choice.tag}';`;
}

/** The markup that goes with the npm import. */
export const npmMarkup = (choice: Choice): string => themed(choice, elementHtml(choice));
