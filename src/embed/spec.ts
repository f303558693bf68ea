/**
 * The embed grammar, shared by the static form (which writes it), the site
 * loader and the iframe page (which read it). Pure: no DOM, runs in Node.
 *
 * A static embed names its live element in the data link's fragment:
 *
 *     https://example.org/filer/handlingsprogram.json#civic-debt-revenue-chart?lang=nb&view=ratio
 *     └──────────── the data URL (fetched) ─────────┘ └─ tag ────────────────┘ └─ attributes ─┘
 *
 * - the fragment is `#` + one of the three tags, optionally `?` + attributes
 *   as a URL query (`URLSearchParams`); the browser never sends a fragment, so
 *   the link still downloads the JSON for a reader who follows it;
 * - only the attributes in ATTRIBUTES are read, each as plain text;
 * - the data URL must be http(s) or relative; anything else means no embed.
 *
 * The iframe page reads the same names from its own query string, plus
 * `element` (the tag) and `src` (the data URL).
 */

export const TAGS = ['civic-priority-list', 'civic-investment-timeline', 'civic-debt-revenue-chart'] as const;
export type Tag = (typeof TAGS)[number];

const COMMON = ['lang', 'theme', 'heading', 'heading-level'] as const;

/** The attributes an embed may give its element; anything else in a link or query is ignored. */
export const ATTRIBUTES: Record<Tag, readonly string[]> = {
  'civic-priority-list': [...COMMON, 'area', 'limit', 'expanded'],
  'civic-investment-timeline': [...COMMON, 'area', 'now'],
  'civic-debt-revenue-chart': [...COMMON, 'view', 'threshold', 'summary'],
};

/** Which section of the programme document each element shows. */
export const SECTION_OF = {
  'civic-priority-list': 'priorities',
  'civic-investment-timeline': 'investments',
  'civic-debt-revenue-chart': 'finances',
} as const satisfies Record<Tag, string>;

export interface EmbedSpec {
  tag: Tag;
  /** The data URL without the fragment, resolved against the page. */
  src: string;
  /** Attribute name → value, only names from ATTRIBUTES. */
  attributes: Record<string, string>;
}

export const isTag = (name: unknown): name is Tag => TAGS.includes(name as Tag);

/**
 * A URL as written when it is http(s) or relative, else undefined. The URL
 * parser decides, as the browser will when the link is followed: it drops
 * tabs, newlines and control characters, so "java\nscript:" is javascript: too.
 */
export function safeHref(url: string | undefined, base = 'https://base.invalid/'): string | undefined {
  if (!url?.trim()) return undefined;
  try {
    return /^https?:$/.test(new URL(url, base).protocol) ? url.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** Only the allowed attributes of `tag`, in ATTRIBUTES order, as strings; empty and absent values are left out (but `expanded` is a boolean: present means on). */
export function pickAttributes(tag: Tag, get: (name: string) => string | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ATTRIBUTES[tag]) {
    const value = get(name);
    if (value == null || (value === '' && name !== 'expanded' && name !== 'heading')) continue;
    out[name] = String(value);
  }
  return out;
}

/** The data link: the data URL with the fragment naming the element and its attributes. */
export function dataLink(dataUrl: string, tag: Tag, attributes: Record<string, string> = {}): string {
  const query = new URLSearchParams(pickAttributes(tag, (n) => attributes[n])).toString();
  return `${dataUrl.replace(/#.*$/s, '')}#${tag}${query ? `?${query}` : ''}`;
}

/** Reads a data link; undefined unless it names one of the three tags and its URL is http(s) or relative. */
export function parseDataLink(href: string, base: string): EmbedSpec | undefined {
  const hash = href.indexOf('#');
  if (hash < 0 || !safeHref(href, base)) return undefined;
  const fragment = href.slice(hash + 1);
  const q = fragment.indexOf('?');
  const tag = q < 0 ? fragment : fragment.slice(0, q);
  if (!isTag(tag)) return undefined;
  const params = new URLSearchParams(q < 0 ? '' : fragment.slice(q + 1));
  const src = new URL(href.slice(0, hash), base).href;
  return { tag, src, attributes: pickAttributes(tag, (n) => params.get(n)) };
}

/** Reads the iframe page's query string: `element`, `src` and the element's attributes. */
export function parseEmbedQuery(search: string, base: string): EmbedSpec | undefined {
  const params = new URLSearchParams(search);
  const tag = params.get('element');
  const src = params.get('src') ?? '';
  if (!isTag(tag) || !safeHref(src, base)) return undefined;
  return { tag, src: new URL(src, base).href, attributes: pickAttributes(tag, (n) => params.get(n)) };
}
