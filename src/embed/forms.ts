/**
 * Every embed form from one function, so `civic-widgets embed` and the demo's
 * generator print the same bytes:
 *
 *     embedCode(doc, { form, element, dataUrl, bundleUrl, embedUrl, lang, theme, heading, headingLevel, attributes }) → string
 *
 * - `static` (default): plain HTML that sanitizers keep (static.ts); the
 *   site loader upgrades it where the site template loads the bundle;
 * - `iframe`: an iframe of embed.html with the element and its options in the
 *   query string, at a default height per element (civic-resize.js sizes it
 *   to its content when the host page loads that script);
 * - `script`: the module script and the element, with `src`, or, without a
 *   data URL, the element's section inline as JSON on one line (no blank line
 *   for WordPress's automatic paragraphs to split).
 */
import { normaliseLang } from '../shared/i18n.js';
import { buildSnippet, trimForTag } from './snippet.js';
import { pickAttributes, type Tag } from './spec.js';
import { escapeHtml, staticEmbed, type StaticOptions } from './static.js';

export type Form = 'static' | 'iframe' | 'script';
export const FORMS: readonly Form[] = ['static', 'iframe', 'script'];

export interface EmbedOptions extends Omit<StaticOptions, 'dataUrl'> {
  form?: Form;
  /** Where the JSON is served; required by the static and iframe forms. */
  dataUrl?: string;
  /** dist/civic-widgets.js as the site serves it (script form). */
  bundleUrl?: string;
  /** dist/embed.html as the site serves it (iframe form). */
  embedUrl?: string;
}

/** Self-hosting first: dist/ copied to /civic-widgets/ on the site's own origin. */
export const DEFAULTS = { bundleUrl: '/civic-widgets/civic-widgets.js', embedUrl: '/civic-widgets/embed.html' };

/**
 * The iframe's height before (or without) the resize script: about the
 * element's height for the Asker programme at 1000 px wide (measured: list
 * 1419, timeline 1123, chart 579 px). The resize script sets the real height.
 */
export const IFRAME_HEIGHT: Record<Tag, number> = {
  'civic-priority-list': 1400,
  'civic-investment-timeline': 1150,
  'civic-debt-revenue-chart': 600,
};

/** The element's attributes as the options give them: its own, then language, theme, heading. */
function attributesOf(o: EmbedOptions): Record<string, string> {
  const all: Record<string, string | undefined> = {
    ...o.attributes,
    lang: normaliseLang(o.lang) ?? 'nb',
    theme: o.theme,
    heading: o.heading,
    'heading-level': o.headingLevel && o.headingLevel !== 2 ? String(o.headingLevel) : undefined,
  };
  return pickAttributes(o.element, (n) => all[n]);
}

export function embedCode(doc: unknown, o: EmbedOptions): string {
  const form = o.form ?? 'static';
  if ((form === 'static' || form === 'iframe') && !o.dataUrl) throw new TypeError(`the ${form} form needs a data URL`);
  if (form === 'static') return staticEmbed(doc, { ...o, dataUrl: o.dataUrl! });
  const attributes = attributesOf(o);
  if (form === 'script') {
    return buildSnippet({
      scriptUrl: o.bundleUrl ?? DEFAULTS.bundleUrl,
      tag: o.element,
      attributes,
      ...(o.dataUrl ? { src: o.dataUrl } : { data: trimForTag(doc, o.element) }),
    });
  }
  const query = new URLSearchParams({ element: o.element, src: o.dataUrl!, ...attributes }).toString();
  const title = o.heading || ((doc as { title?: unknown })?.title as string | undefined) || o.element;
  const src = `${o.embedUrl ?? DEFAULTS.embedUrl}?${query}`;
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(String(title))}" width="100%" height="${IFRAME_HEIGHT[o.element]}" `
    + `style="border:0;width:100%" loading="lazy" lang="${attributes.lang}"></iframe>\n`;
}
