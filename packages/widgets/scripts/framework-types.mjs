// After the manifest: types and editor data for every framework, all generated from
// custom-elements.json so that they describe exactly the elements the package ships.
//   dist/frameworks/react.d.ts        React JSX: <ak-signal-check municipality="…" onak-assess={…}>
//   dist/frameworks/vue.d.ts          Vue GlobalComponents: <ak-signal-check @ak-assess="…"> with strictTemplates
//   dist/frameworks/html-custom-data.json   VS Code (html.customData)
//   dist/frameworks/web-types.json    JetBrains IDEs (package.json "web-types")
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AGE_GROUPS, AUDIENCES, LEVELS, defaultRuleset } from '@anders-kijken/core';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist/frameworks');
// A committed copy of the same files: a source change whose types were not regenerated and committed
// then shows as a difference in git (test/package/generated-files.test.ts fails on it).
const committed = join(root, 'generated/frameworks');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const HEADER = '// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.\n';

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName))
  .map((declaration) => ({
    tag: declaration.tagName,
    className: declaration.name,
    summary: declaration.summary ?? '',
    description: declaration.description ?? declaration.summary ?? '',
    // Public, writable instance fields: what a framework may set as a property.
    fields: (declaration.members ?? []).filter(
      (m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public',
    ),
    attributes: declaration.attributes ?? [],
    events: (declaration.events ?? []).map((event) => ({ ...event, type: event.type?.text ?? 'Event' })),
  }));

/** The values an attribute takes, where the type is one of the model's word lists. */
function valuesOf(attribute) {
  const type = attribute.type?.text ?? '';
  if (attribute.name === 'lang') return ['nl', 'en'];
  if (attribute.name === 'municipality') return defaultRuleset.municipalities.map((m) => m.id);
  if (type === 'Level') return [...LEVELS];
  if (type === 'Audience') return [...AUDIENCES];
  if (type === 'AgeChoice') return Object.keys(AGE_GROUPS);
  const literals = [...type.matchAll(/'([^']+)'/g)].map((match) => match[1]);
  return literals.length > 0 ? literals : undefined;
}

const pascal = (text) => text.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());
const eventTypes = [...new Set(elements.flatMap((e) => e.events.map((event) => event.type)))].sort();
const classNames = elements.map((e) => e.className);
const importLine = `import type { ${[...classNames, ...eventTypes].join(', ')} } from '../index.js';\n`;
const fieldPick = (e) =>
  e.fields.length > 0 ? `Partial<Pick<${e.className}, ${e.fields.map((f) => `'${f.name}'`).join(' | ')}>>` : '{}';
const doc = (e) => `  /** ${e.summary} */\n`;

function react() {
  const props = elements.map((e) => {
    const events = e.events.map((event) => `  'on${event.name}'?: (event: ${event.type}) => void;\n`).join('');
    return (
      `/** Props of \`<${e.tag}>\` in React 19 JSX: properties by name, events as \`on\` + the event name. */\n` +
      `export type ${e.className}JsxProps = ${fieldPick(e)} &\n` +
      `  DetailedHTMLProps<HTMLAttributes<${e.className}>, ${e.className}> & {\n${events}};\n`
    );
  });
  const intrinsic = elements.map(
    (e) => `${doc(e).replace(/^ {2}/gm, '      ')}      '${e.tag}': ${e.className}JsxProps;\n`,
  );
  return (
    HEADER +
    `// React 19 sets a known property as a property and listens to \`onak-assess\` as the event \`ak-assess\`.\n` +
    `// After server rendering React does not attach those listeners: use @anders-kijken/react there.\n` +
    `import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n` +
    importLine +
    '\n' +
    props.join('\n') +
    `\ndeclare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n${intrinsic.join('')}    }\n  }\n}\n`
  );
}

function vue() {
  const props = elements.map((e) => {
    const events = e.events.map((event) => `  on${pascal(event.name)}?: (event: ${event.type}) => void;\n`).join('');
    return (
      `/** Props of \`<${e.tag}>\` in Vue templates; \`@${e.events[0]?.name ?? 'ak-error'}\` is the \`on${pascal(e.events[0]?.name ?? 'ak-error')}\` prop. */\n` +
      `export type ${e.className}VueProps = ${fieldPick(e)} & {\n  lang?: string;\n${events}};\n`
    );
  });
  const components = elements.map(
    (e) => `${doc(e).replace(/^ {2}/gm, '    ')}    '${e.tag}': DefineComponent<${e.className}VueProps>;\n`,
  );
  return (
    HEADER +
    `// Vue also needs to know these are custom elements at run time: compilerOptions.isCustomElement.\n` +
    `import type { DefineComponent } from 'vue';\n` +
    importLine +
    '\n' +
    props.join('\n') +
    `\ndeclare module 'vue' {\n  interface GlobalComponents {\n${components.join('')}  }\n}\n`
  );
}

const attributeData = (attribute) => {
  const values = valuesOf(attribute);
  return {
    name: attribute.name,
    description: attribute.description ?? '',
    ...(values ? { values: values.map((value) => ({ name: value })) } : {}),
  };
};

function vscode() {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((e) => ({
      name: e.tag,
      description: e.description,
      attributes: e.attributes.map(attributeData),
    })),
  };
}

function webTypes() {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/v2-preview/web-types.json',
    name,
    version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((e) => ({
          name: e.tag,
          description: e.description,
          attributes: e.attributes.map((attribute) => {
            const { values, ...rest } = attributeData(attribute);
            return values
              ? { ...rest, value: { type: values.map((v) => `'${v.name}'`).join(' | ') }, values }
              : { ...rest, value: { type: attribute.type?.text ?? 'string' } };
          }),
          events: e.events.map((event) => ({ name: event.name, description: event.description ?? '' })),
          js: {
            properties: e.fields.map((f) => ({ name: f.name, description: f.description ?? '', type: f.type?.text })),
            events: e.events.map((event) => ({ name: event.name, description: event.description ?? '' })),
          },
        })),
      },
    },
  };
}

const files = {
  'react.d.ts': react(),
  'vue.d.ts': vue(),
  'html-custom-data.json': `${JSON.stringify(vscode(), null, 2)}\n`,
  'web-types.json': `${JSON.stringify(webTypes(), null, 2)}\n`,
};
for (const dir of [out, committed]) {
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
}
// Type-only entries still need a module to resolve to.
for (const file of ['react.js', 'vue.js']) writeFileSync(join(out, file), `${HEADER}export {};\n`);
