/**
 * Defines tags with a guard: a page that loads civic-widgets more than once
 * (two copies, two versions, or the full bundle beside a one-element bundle)
 * keeps the first definition of each tag, throws nothing and gets one console
 * warning.
 */
import { VERSION } from './version.js';

/**
 * Put on the classes in the registry once a copy has warned, so that a page
 * gets one warning however many copies or versions load. A registered symbol,
 * so every copy sees the same key; nothing is added to `window`.
 */
const WARNED = Symbol.for('civic-widgets.warned');
type Registered = CustomElementConstructor & { version?: string; [WARNED]?: true };

export function defineTags(tags: Record<string, CustomElementConstructor>): void {
  const registry = window.customElements;
  const names = Object.keys(tags);
  const taken = names.filter((tag) => registry.get(tag));
  for (const tag of names) if (!registry.get(tag)) registry.define(tag, tags[tag]);
  if (!taken.length) return;
  const registered = names.map((tag) => registry.get(tag) as Registered);
  if (!registered.some((ctor) => ctor[WARNED])) {
    const by = taken.map((tag) => `${tag} (${(registry.get(tag) as Registered).version ?? 'unknown version'})`);
    console.warn(
      `civic-widgets ${VERSION}: already defined on this page: ${by.join(', ')}; the first definition is kept. Load the module once per page.`,
    );
  }
  for (const ctor of registered) {
    try {
      Object.defineProperty(ctor, WARNED, { value: true, configurable: true });
    } catch {
      /* a frozen class from someone else: at worst a second warning */
    }
  }
}
