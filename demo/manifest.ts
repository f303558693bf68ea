/**
 * Reads custom-elements.json (the Custom Elements Manifest written by
 * `cem analyze`): the demo's controls and its API reference both come from it,
 * so neither is maintained by hand.
 */

interface Described {
  name: string;
  description?: string;
  summary?: string;
}
interface Typed extends Described {
  type?: { text?: string };
  default?: string;
}
export interface ManifestAttribute extends Typed {
  fieldName?: string;
}
export interface ManifestMember extends Typed {
  kind: 'field' | 'method';
  privacy?: 'public' | 'protected' | 'private';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  reflects?: boolean;
}
export type ManifestEvent = Typed;
export interface ManifestCssProperty extends Described {
  default?: string;
  syntax?: string;
}
interface Declaration extends Described {
  kind: string;
  customElement?: boolean;
  tagName?: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
  events?: ManifestEvent[];
  cssProperties?: ManifestCssProperty[];
  cssParts?: Described[];
  slots?: Described[];
}
export interface Manifest {
  schemaVersion?: string;
  modules: { path: string; declarations?: Declaration[] }[];
}

/** One custom element as the demo shows it: only what a user of the tag can use. */
export interface ElementDoc {
  tag: string;
  className: string;
  module: string;
  summary: string;
  description: string;
  attributes: ManifestAttribute[];
  properties: ManifestMember[];
  events: ManifestEvent[];
  cssProperties: ManifestCssProperty[];
  cssParts: Described[];
  slots: Described[];
}

/** The page's order; tags the demo does not know yet come after, alphabetically. */
const ORDER = ['civic-priority-list', 'civic-investment-timeline', 'civic-debt-revenue-chart'];

/**
 * Whether a name is part of the public API. Lit's internal reactive state
 * (`_inline`) is listed by the analyzer as an attribute although no attribute
 * exists; a leading underscore or # marks it private.
 */
export const isPublicName = (name: string) => !/^[_#]/.test(name);

export async function loadManifest(url: string | URL): Promise<Manifest> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as Manifest;
}

export function elementsOf(manifest: Manifest): ElementDoc[] {
  const out: ElementDoc[] = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      const attributes = (d.attributes ?? []).filter((a) => isPublicName(a.name));
      const members = d.members ?? [];
      const properties = members
        .filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && isPublicName(m.name))
        .map((m) => ({ ...m, attribute: m.attribute ?? attributes.find((a) => a.fieldName === m.name)?.name }));
      // A default the analyzer found on the field counts for its attribute too.
      const withDefaults = attributes.map((a) => ({
        ...a,
        default: a.default ?? members.find((m) => m.name === a.fieldName)?.default,
      }));
      out.push({
        tag: d.tagName,
        className: d.name,
        module: mod.path,
        summary: d.summary ?? '',
        description: d.description ?? '',
        attributes: withDefaults,
        properties,
        events: (d.events ?? []).filter((e) => e.name),
        cssProperties: d.cssProperties ?? [],
        cssParts: d.cssParts ?? [],
        slots: d.slots ?? [],
      });
    }
  }
  const rank = (tag: string) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);
  return out.sort((a, b) => rank(a.tag) - rank(b.tag) || a.tag.localeCompare(b.tag));
}

/** `'light' | 'dark' | 'auto' | undefined` → ['light', 'dark', 'auto']; anything else → undefined. */
export function enumValues(typeText: string | undefined): string[] | undefined {
  if (!typeText) return undefined;
  const parts = typeText.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined' && p !== 'null');
  if (!parts.length || !parts.every((p) => /^(['"]).*\1$/.test(p))) return undefined;
  return parts.map((p) => p.slice(1, -1));
}

/** What kind of form control suits an attribute's type. */
export function kindOf(typeText: string | undefined): 'boolean' | 'number' | 'enum' | 'text' {
  if (enumValues(typeText)) return 'enum';
  const t = (typeText ?? '').replace(/\|\s*(undefined|null)/g, '').trim();
  if (t === 'boolean') return 'boolean';
  if (t === 'number') return 'number';
  return 'text';
}
