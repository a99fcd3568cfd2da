import { VERSION } from '../version.js';

interface Registrations {
  /** Tag name → version of the bundle that registered it. */
  versions: Map<string, string>;
  /** Version pairs already warned about, so a page sees each mismatch once. */
  warned: Set<string>;
}

// Shared through the global symbol registry, so two copies of this bundle (or two versions of it)
// on one page see each other's registrations.
const KEY = Symbol.for('@anders-kijken/widgets/registrations');

function registrations(): Registrations {
  const holder = globalThis as typeof globalThis & { [KEY]?: Registrations };
  holder[KEY] ??= { versions: new Map(), warned: new Set() };
  return holder[KEY];
}

const majorMinor = (version: string): string => version.split('.').slice(0, 2).join('.');

/**
 * Registers a custom element once per page. Loading the bundle twice, or two versions of it, never
 * throws: the first registration wins, and a different major.minor version gives one console
 * warning that names both versions.
 *
 * @returns whether this call registered the tag
 */
export function defineElement(tag: string, element: CustomElementConstructor, version: string = VERSION): boolean {
  const { versions, warned } = registrations();
  if (customElements.get(tag)) {
    const registered = versions.get(tag) ?? 'unknown';
    const pair = `${registered} ${version}`;
    if (majorMinor(registered) !== majorMinor(version) && !warned.has(pair)) {
      warned.add(pair);
      console.warn(
        `[anders-kijken] <${tag}> is already registered by @anders-kijken/widgets ${registered}; ` +
          `version ${version} on this page uses that registration. Load one version of the widgets per page.`,
      );
    }
    return false;
  }
  customElements.define(tag, element);
  versions.set(tag, version);
  return true;
}
