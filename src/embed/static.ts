/**
 * The static embed: a programme document → plain HTML that HTML sanitizers
 * keep (WordPress for Authors, DOMPurify and sanitize-html with their
 * defaults), so readers without JavaScript, RSS readers, e-mail and print get
 * the content itself. Pure: no DOM, the same output in Node and the browser.
 * Used by `civic-widgets embed`, the demo's embed generator and the WordPress
 * block (through dist/civic-static.js), so they cannot drift.
 *
 * API:
 *
 *     staticEmbed(doc, { element, dataUrl, lang?, theme?, heading?, headingLevel?, attributes? }) → string
 *
 * - `doc`: a programme document (or a bare array of the element's section); it
 *   is validated here and only its valid part is shown;
 * - `element`: 'civic-priority-list' | 'civic-investment-timeline' | 'civic-debt-revenue-chart';
 * - `dataUrl`: where the JSON is served (http(s) or relative); the data link
 *   points there, and its fragment names the element and its options (spec.ts);
 * - `lang` (nb default, nn, en), `theme`, `heading` (`''` hides it),
 *   `headingLevel` (2–6) and `attributes` (the element's own: `limit`, `view`, …)
 *   go into the fragment, so the site loader builds the same live element.
 *
 * The markup: one `<section>` holding a heading, the content as ordinary
 * markup, and a last paragraph with the source line and the data link. Only
 * tags and attributes every sanitizer tried keeps (no class, style or data-*),
 * but for li's `value` on a filtered list, which sanitize-html drops (the list
 * is then numbered 1..n); no blank lines, so WordPress's automatic paragraphs
 * change nothing.
 */
import { validate } from '../shared/validate.js';
import { areaLabel, MESSAGES, normaliseLang, type Lang } from '../shared/i18n.js';
import { formatDate, formatMoney, programmeContext } from '../shared/format.js';
import { inAreas, parseAreas } from '../shared/areas.js';
import type { Investment, ProgrammeDocument } from '../shared/schema.js';
import { STRINGS as LIST } from '../priority-list/strings.js';
import { filterPriorities } from '../priority-list/filter.js';
import { STRINGS as TIMELINE } from '../investment-timeline/strings.js';
import { groupByEnd, sortProjects, summarise, whenText } from '../investment-timeline/layout.js';
import { STRINGS as CHART } from '../debt-revenue-chart/strings.js';
import { toRows, VIEWS, type View } from '../debt-revenue-chart/data.js';
import { ruleOf, summarize, verdict } from '../debt-revenue-chart/summary.js';
import { tableOf } from '../debt-revenue-chart/table.js';
import { STRINGS } from './strings.js';
import { dataLink, isTag, safeHref, SECTION_OF, type Tag } from './spec.js';

export interface StaticOptions {
  element: Tag;
  dataUrl: string;
  lang?: Lang;
  theme?: 'light' | 'dark' | 'auto';
  /** Overrides the default heading (the element's subject, with the programme as context); `''` hides it. */
  heading?: string;
  headingLevel?: number;
  /** The element's own attributes (`limit`, `area`, `view`, …), as the live element takes them. */
  attributes?: Record<string, string>;
}

/** Text as HTML text: the data's words are never markup. */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const tag = (name: string, inner: string) => `<${name}>${inner}</${name}>`;
const link = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;

interface Ctx { doc: ProgrammeDocument; lang: Lang; level: number; attributes: Record<string, string> }

function priorities({ doc, lang, attributes }: Ctx): string {
  const s = LIST[lang];
  const items = filterPriorities(doc.priorities ?? [], parseAreas(attributes.area));
  if (!items.length) return tag('p', escapeHtml(s.empty));
  // Each keeps its number in the whole programme, as in the live list; `value` only when that is not 1..n
  // (WordPress and DOMPurify keep it; sanitize-html drops it, and the list is then numbered 1..n).
  const renumbered = items.some(({ number }, i) => number !== i + 1);
  // One <li> per priority, its lines joined by <br>: no <p> inside, which automatic paragraphs would split.
  return `<ol>\n${items.map(({ priority: p, number }) => `<li${renumbered ? ` value="${number}"` : ''}>${[
    tag('strong', escapeHtml(p.title)),
    p.description && escapeHtml(p.description),
    p.area && escapeHtml(`${s.area}: ${areaLabel(lang, p.area)}`),
  ].filter(Boolean).join('<br>')}</li>`).join('\n')}\n</ol>`;
}

function investments({ doc, lang, level, attributes }: Ctx): string {
  const s = TIMELINE[lang];
  const areas = parseAreas(attributes.area);
  const kept = (doc.investments ?? []).map((item, index) => ({ item, index })).filter((r) => inAreas(r.item.area, areas));
  if (!kept.length) return tag('p', escapeHtml(areas.length ? s.emptyFiltered : s.empty));
  const ng = (word: string) => `${word} ${s.notGiven}`;
  const row = (p: Investment) => {
    const status = p.status ? s.status[p.status] : ng(s.status.unknown);
    const facts = [p.area && areaLabel(lang, p.area), status, p.cost != null ? formatMoney(p.cost, lang) : ng(s.cost.toLowerCase())];
    return tag('li', [tag('strong', escapeHtml(p.name)), escapeHtml(facts.filter(Boolean).join(' · ')), escapeHtml(whenText(p, lang, doc.period))].join('<br>'));
  };
  const { count, known, total } = summarise(kept.map((r) => r.item));
  const sub = `h${Math.min(6, level + 1)}`;
  const groups = groupByEnd(sortProjects(kept)).map((g) => `${tag(sub, escapeHtml(s.group(g.year)))}\n<ul>\n${g.rows.map((r) => row(r.item)).join('\n')}\n</ul>`);
  const filter = areas.length ? `\n${tag('p', escapeHtml(`${s.filtered}: ${areas.map((a) => areaLabel(lang, a)).join(', ')}`))}` : '';
  return `${tag('p', escapeHtml(s.summary(count, known, known ? formatMoney(total, lang) : undefined)))}${filter}\n${groups.join('\n')}`;
}

function finances({ doc, lang, attributes }: Ctx): string {
  const t = CHART[lang];
  const rows = toRows(doc.finances ?? []);
  if (!rows.length) return tag('p', escapeHtml(t.empty));
  const view: View = VIEWS.includes(attributes.view as View) ? (attributes.view as View) : 'amount';
  const threshold = Number(attributes.threshold) || undefined;
  // The element's table (table.ts), with four columns so that it fits a narrow column without scrolling:
  // the ratio in the ratio view, else the rule's verdict.
  const tb = tableOf(rows, lang, view === 'ratio' ? 'ratio' : 'rule');
  const table = `<table>\n${tag('caption', escapeHtml(tb.caption))}\n<thead>${tag('tr', tb.heads.map((h) => tag('th', escapeHtml(h))).join(''))}</thead>\n<tbody>\n${
    tb.rows.map(([year, ...cells]) => tag('tr', tag('th', escapeHtml(year!)) + cells.map((c) => tag('td', escapeHtml(c ?? t.missing))).join(''))).join('\n')}\n</tbody>\n</table>`;
  // The rule and its verdict, as the element states them above its chart.
  const rule = `${tag('strong', escapeHtml(`${t.rule}:`))} ${escapeHtml(`${ruleOf(doc, lang)} ${verdict(rows, lang)}`.trim())}`;
  return [tag('p', rule), tag('p', escapeHtml(summarize(rows, view, lang, threshold))), table].join('\n');
}

const CONTENT: Record<Tag, (c: Ctx) => string> = {
  'civic-priority-list': priorities,
  'civic-investment-timeline': investments,
  'civic-debt-revenue-chart': finances,
};

/** "Kilde: <a>Asker kommune</a>, 6. desember 2016. <a>Dataene (JSON)</a>": the source as the elements write it, then the data link. */
function sourceLine(doc: ProgrammeDocument, lang: Lang, href: string): string {
  const src = doc.source;
  const name = src?.name?.trim() || src?.url;
  const url = safeHref(src?.url);
  const source = name
    ? `${escapeHtml(MESSAGES[lang].source)}: ${url ? link(url, name) : escapeHtml(name)}${src!.date ? escapeHtml(`, ${formatDate(src!.date, lang)}`) : ''}. `
    : '';
  return tag('p', `${source}${link(href, STRINGS[lang].dataLink)}`);
}

/** The static embed's HTML; see the top of this file. Throws only on a wrong `element` or `dataUrl` (the caller's mistake, not the data's). */
export function staticEmbed(input: unknown, options: StaticOptions): string {
  const { element, dataUrl } = options;
  if (!isTag(element)) throw new TypeError(`unknown element: ${String(element)}`);
  if (!safeHref(dataUrl)) throw new TypeError(`the data URL must be http(s) or relative: ${dataUrl}`);
  const lang = normaliseLang(options.lang) ?? 'nb';
  const level = Math.min(6, Math.max(2, Math.round(Number(options.headingLevel)) || 2));
  const attributes = { ...options.attributes };
  const doc = validate(input, lang, SECTION_OF[element]).data ?? ({ priorities: [], investments: [], finances: [] } as unknown as ProgrammeDocument);
  // The fragment carries everything the live element needs to look the same, the language always.
  const href = dataLink(dataUrl, element, {
    ...attributes,
    lang,
    ...(options.theme ? { theme: options.theme } : {}),
    ...(options.heading !== undefined ? { heading: options.heading } : {}),
    ...(level !== 2 ? { 'heading-level': String(level) } : {}),
  });
  // The live element's heading: its own subject, with the programme as context under it (civic-element.ts).
  const heading = options.heading ?? MESSAGES[lang].headings[SECTION_OF[element]];
  const context = options.heading === undefined ? programmeContext(doc.title, doc.municipality) : '';
  return [
    '<section>',
    heading ? tag(`h${level}`, escapeHtml(heading)) : '',
    context ? tag('p', escapeHtml(context)) : '',
    CONTENT[element]({ doc, lang, level, attributes }),
    sourceLine(doc, lang, href),
    '</section>',
  ].filter(Boolean).join('\n') + '\n';
}
