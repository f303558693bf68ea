/**
 * The embed code a CMS editor pastes: the module script and one element, with
 * the data inline (a JSON script child) or as `src`.
 */
import { SECTION_OF, type Tag } from './spec.js';

export interface SnippetOptions {
  /** URL of dist/civic-widgets.js. */
  scriptUrl: string;
  tag: string;
  /** Attribute name → value; `true` writes a boolean attribute, empty/undefined/false leave it out. */
  attributes?: Record<string, string | boolean | undefined>;
  /** Inline data: written as a `<script type="application/json">` child. */
  data?: unknown;
  /** Used when there is no inline data. */
  src?: string;
  /** Indent the inline JSON (readable for an editor who changes a title); compact when absent. */
  indent?: number;
}

/** An attribute value between double quotes. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * JSON that can sit inside a `<script>` element: `</script` would end it and
 * `<!--` would change how the HTML parser reads it. `<` appears in JSON only
 * inside strings, where `\/` and `\u0021` are valid escapes, so the data is unchanged.
 */
export function jsonForScript(data: unknown, indent?: number): string {
  return JSON.stringify(data, null, indent)
    .replace(/<\/(script)/gi, '<\\/$1')
    .replace(/<!--/g, '<\\u0021--');
}

export function buildSnippet(o: SnippetOptions): string {
  const attrs: string[] = [];
  // src first: it is what the editor changes most; it is left out when the data is inline.
  const rest = { ...o.attributes };
  delete rest.src;
  const all = o.data === undefined && o.src ? { src: o.src, ...rest } : rest;
  for (const [name, value] of Object.entries(all)) {
    if (value === undefined || value === false || value === '') continue;
    attrs.push(value === true ? name : `${name}="${escapeAttribute(value)}"`);
  }
  const open = `<${o.tag}${attrs.length ? ' ' + attrs.join(' ') : ''}>`;
  const json = o.data === undefined ? '' : jsonForScript(o.data, o.indent);
  const body = o.data === undefined ? ''
    : `\n  <script type="application/json">${o.indent ? `\n${json}\n  ` : json}</script>\n`;
  return `<script type="module" src="${escapeAttribute(o.scriptUrl)}"></script>\n${open}${body}</${o.tag}>\n`;
}

export { SECTION_OF };

/** The document without the other elements' sections: the header (title, source…) and this tag's section. */
export function trimForTag(doc: unknown, tag: string): unknown {
  const section = SECTION_OF[tag as Tag];
  if (!section || typeof doc !== 'object' || doc === null || Array.isArray(doc)) return doc;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) {
    if (Object.values(SECTION_OF).includes(key as never) && key !== section) continue;
    out[key] = value;
  }
  return out;
}
