import { html, nothing, type TemplateResult } from 'lit';
import { CivicElement } from '../shared/civic-element.js';
import { areaStyles, baseStyles } from '../shared/styles.js';
import { areaLabel } from '../shared/i18n.js';
import { formatMoney, formatMoneyLong, formatYearMonth } from '../shared/format.js';
import type { Investment, ProgrammeDocument, Section } from '../shared/schema.js';
import {
  groupByEnd, layout, nowBand, parseAreas, parseNow, summarise, trackScale, yearTicks,
  type Bar, type Domain, type Row,
} from './layout.js';
import { STRINGS, type TimelineStrings } from './strings.js';
import { timelineStyles } from './styles.js';
import { WidthController } from '../shared/resize.js';
import { place } from './place.js';

/** Below this container width (px) the timeline becomes a list grouped by the year projects end. */
export const NARROW = 520;

const STATUS_ORDER = ['completed', 'in-progress', 'planned', 'unknown'] as const;
type StatusKey = (typeof STATUS_ORDER)[number];
const statusOf = (p: Investment): StatusKey => p.status ?? 'unknown';
const pct = (v: number) => `${v}%`;

/**
 * Capital projects as bars over the years they run, with a real list under
 * the drawing: each project is a list item whose name is a button that shows
 * its details. Below 520 px of container width it becomes a list grouped by the
 * year projects end.
 *
 * Takes its data from `data`, inline JSON or `src` (see `CivicElement`), and
 * draws the document's `investments`. A project without `start` or `end` is
 * drawn open at that side ("start ikke oppgitt"); one with neither spans the
 * programme period ("i perioden"); no year is ever made up.
 *
 * @summary Capital projects over the years they run: status, area, cost, and a marker for now.
 * @tag civic-investment-timeline
 *
 * @attr {string} src - URL of a JSON file (a programme document or a bare array of investments).
 * @attr {string} lang - `nb` (default), `nn` or `en`; when absent, the nearest ancestor's `lang`.
 * @attr {string} heading - Overrides the heading taken from the data's `title`; `heading=""` hides it.
 * @attr {number} heading-level - The heading's level, 2–6 (default 2); the narrow layout's year headings are one level below.
 * @attr {string} theme - `light` (default), `dark` or `auto`.
 * @attr {number} timeout - How long to wait for `src`, in milliseconds (default 15000).
 * @attr {string} now - The year marked as now, e.g. `now="2018"`; `now="none"` hides the marker. Default: the current calendar year (no marker when it is outside the timeline).
 * @attr {string} area - Show only these areas, comma- or space-separated: `area="health,education"`. Projects without an area are left out by any filter.
 *
 * @fires civic-load - The data was accepted and rendered. `detail: { data }`.
 * @fires civic-error - The data could not be loaded or was (partly) invalid. `detail: { message, issues }`.
 *
 * @csspart base - The outer box.
 * @csspart heading - The heading (h2–h6).
 * @csspart summary - The summary line: "9 prosjekter, til sammen 1,4 mrd. kr (8 med kjent kostnad)".
 * @csspart filter - The line saying which areas are shown, when `area` is set.
 * @csspart legend - The key to the bar patterns and the now marker (wide layout).
 * @csspart chart - The drawing: axis, grid and rows (wide layout).
 * @csspart axis - The year labels above the rows.
 * @csspart now - The band marking the current year.
 * @csspart list - The list of projects (one per group in the narrow layout).
 * @csspart group - A year heading of the narrow layout.
 * @csspart row - One project.
 * @csspart name - The project's name, a button that shows or hides its details.
 * @csspart bar - A project's bar.
 * @csspart details - A project's details: description, start, end, cost, location.
 * @csspart state - The loading, empty and error boxes.
 * @csspart notice - The note saying how many projects were left out.
 * @csspart source - The source line.
 *
 * @cssprop --civic-timeline-label-width - Width of the name column in the wide layout. Default `40%`.
 * @cssprop --civic-timeline-bar-height - Height of a bar. Default `1.25rem`.
 * @cssprop --civic-timeline-now-color - Colour of the now marker. Default: the accent colour.
 * @cssprop --civic-area-health - Colour of an area; likewise `--civic-area-care`, `-education`, `-kindergarten`, `-culture`, `-sport`, `-environment`, `-transport`, `-housing`, `-administration`, and `-other` for any other area.
 * @cssprop --civic-color-text - Text colour.
 * @cssprop --civic-color-text-muted - Secondary text: meta lines, axis, legend.
 * @cssprop --civic-color-background - Background, and the inside of outlined bars.
 * @cssprop --civic-color-surface - Background of the details and the loading box.
 * @cssprop --civic-color-border - Grid lines and row rules.
 * @cssprop --civic-color-accent - Focus ring, links; the now marker by default.
 * @cssprop --civic-font-family - Font family. Default: inherited from the page.
 * @cssprop --civic-font-size - Base font size. Default `1rem`.
 * @cssprop --civic-space - Base spacing. Default `1rem`.
 * @cssprop --civic-radius - Corner radius. Default `4px`.
 * @cssprop --civic-padding - Padding of the outer box. Default `0`.
 * @cssprop --civic-loading-height - Height reserved while loading, so the page does not jump when the data arrives. Default `56rem`, about a ten-project timeline; set it to your data's height.
 */
export class CivicInvestmentTimeline extends CivicElement {
  static override properties = {
    ...CivicElement.properties,
    now: { type: String },
    area: { type: String },
    // attribute: false too, so the manifest does not list it as an attribute.
    _open: { state: true, attribute: false },
  };

  static override styles = [...baseStyles, areaStyles, timelineStyles];

  protected readonly section: Section = 'investments';

  /** The year marked as now; `"none"` hides the marker. Default: the current calendar year. */
  declare now: string | undefined;
  /** Show only these areas, comma- or space-separated (`"health,education"`). */
  declare area: string | undefined;
  /** Indexes (in the data) of the projects whose details are shown. */
  declare private _open: ReadonlySet<number>;

  /** The width to draw in, from the container (see shared/resize.ts). */
  private width = new WidthController(this);

  constructor() {
    super();
    this._open = new Set();
  }

  private get strings(): TimelineStrings {
    return STRINGS[this.language];
  }

  protected override emptyText(): string {
    return this.strings.empty;
  }

  protected renderContent(doc: ProgrammeDocument): TemplateResult {
    const s = this.strings;
    const lang = this.language;
    const areas = parseAreas(this.area);
    const { domain, rows } = layout(doc.investments ?? [], doc.period, areas);
    const filter = areas.length
      ? html`<p part="filter" class="filter">${s.filtered(areas.map((a) => areaLabel(lang, a)).join(', '))}</p>`
      : nothing;
    if (!rows.length) return html`${filter}<p part="state" class="state empty">${s.emptyFiltered}</p>`;
    const sum = summarise(rows.map((r) => r.item));
    const narrow = this.width.width > 0 && this.width.width < NARROW;
    return html`
      <p part="summary" class="summary">
        <span aria-hidden="true">${s.summary(sum.count, sum.known, sum.known ? formatMoney(sum.total, lang) : undefined)}</span>
        <span class="sr-only">${s.summary(sum.count, sum.known, sum.known ? formatMoneyLong(sum.total, lang) : undefined)}</span>
      </p>
      ${filter}
      ${narrow || !domain ? this.renderGroups(rows, doc) : this.renderChart(rows, domain, doc)}
    `;
  }

  /** The wide layout: legend, axis, and one row per project with its bar. */
  private renderChart(rows: Row[], domain: Domain, doc: ProgrammeDocument): TemplateResult {
    const now = parseNow(this.now);
    const band = nowBand(now, domain);
    const x = trackScale(domain);
    // About 3.5em per year label on the track (60 % of the width); 800 px before the first measure.
    const ticks = yearTicks(domain, ((this.width.width || 800) * 0.6) / 56);
    return html`
      ${this.renderLegend(rows, band ? now : undefined)}
      <div part="chart" class="chart" ${place({ '--_years': String(domain.end - domain.start) })}>
        <div class="overlay" aria-hidden="true">
          ${band ? html`<span part="now" class="now" ${place({ left: pct(band.x), width: pct(band.width) })}></span>` : nothing}
        </div>
        <div part="axis" class="axis" aria-hidden="true">
          <span></span>
          <span class="ticks">${ticks.map((y) => html`<span class=${y === now && band ? 'tick is-now' : 'tick'}
            ${place({ left: pct(x(y + 0.5)) })}>${y}</span>`)}</span>
        </div>
        <ol part="list" class="list" aria-label=${this.strings.projects}>
          ${rows.map((r) => this.renderRow(r, doc, true))}
        </ol>
      </div>
    `;
  }

  /** The narrow layout (and any layout without years): projects grouped by the year they end. */
  private renderGroups(rows: Row[], doc: ProgrammeDocument): TemplateResult {
    const s = this.strings;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2) + 1);
    // Each group's list is named by its heading ("Ferdig 2017").
    return html`${groupByEnd(rows).map((g) => html`
      <div part="group" class="group" role="heading" aria-level=${level} id="group-${g.year}">${g.year == null ? s.groupNoEnd : s.groupEnd(g.year)}</div>
      <ul part="list" class="list cards" aria-labelledby="group-${g.year}">${g.rows.map((r) => this.renderRow(r, doc, false))}</ul>
    `)}`;
  }

  private renderLegend(rows: Row[], now: number | undefined): TemplateResult {
    const s = this.strings;
    const present = new Set(rows.map((r) => statusOf(r.item)));
    const open = rows.some((r) => r.bar && (r.bar.openStart || r.bar.openEnd));
    return html`<ul part="legend" class="legend" aria-label=${s.legend}>
      ${STATUS_ORDER.filter((st) => present.has(st)).map((st) => html`<li><span class="key s-${st}"></span>${this.statusText(st)}</li>`)}
      ${open ? html`<li><span class="key s-completed oe"></span>${s.open}</li>` : nothing}
      ${now != null ? html`<li><span class="key now-key"></span>${s.now(now)}</li>` : nothing}
    </ul>`;
  }

  private statusText(st: StatusKey): string {
    const s = this.strings;
    return st === 'unknown' ? s.statusUnknown : s.status[st];
  }

  private renderRow(r: Row, doc: ProgrammeDocument, track: boolean): TemplateResult {
    const p = r.item;
    const s = this.strings;
    const lang = this.language;
    const open = this._open.has(r.index);
    const id = `project-${r.index}`;
    const st = statusOf(p);
    const when = (w: Investment['start']) => (w == null ? s.notGiven : formatYearMonth(w, lang));
    return html`<li part="row" class="row" data-area=${p.area ?? ''}>
      <div class="label">
        <button part="name" class="name" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id}
          @click=${() => this.toggle(r.index)}>${p.name}</button>
        <div class="meta">
          ${p.area ? html`<span><span class="sw"></span>${areaLabel(lang, p.area)}</span>` : nothing}
          <span><span class="key s-${st}"></span>${this.statusText(st)}</span>
          ${p.cost != null
            ? html`<span><span aria-hidden="true">${formatMoney(p.cost, lang)}</span><span class="sr-only">${formatMoneyLong(p.cost, lang)}</span></span>`
            : html`<span>${s.costUnknown}</span>`}
        </div>
        <div class="when">${this.whenText(p, doc)}</div>
      </div>
      ${track && r.bar ? html`<div class="track" aria-hidden="true">${this.renderBar(r.bar, st)}</div>` : nothing}
      <div part="details" class="details" id=${id} ?hidden=${!open}>
        ${p.description ? html`<p>${p.description}</p>` : nothing}
        <dl>
          <div><dt>${s.start}</dt><dd>${when(p.start)}</dd></div>
          <div><dt>${s.end}</dt><dd>${when(p.end)}</dd></div>
          <div><dt>${s.cost}</dt><dd>${p.cost != null ? formatMoneyLong(p.cost, lang) : s.notGiven}</dd></div>
          ${p.location ? html`<div><dt>${s.location}</dt><dd>${p.location}</dd></div>` : nothing}
        </dl>
      </div>
    </li>`;
  }

  private renderBar(b: Bar, st: StatusKey): TemplateResult {
    const cls = `bar s-${st}${b.openStart ? ' os' : ''}${b.openEnd ? ' oe' : ''}${b.vague ? ' vague' : ''}`;
    return html`<span part="bar" class=${cls} ${place({ left: pct(b.x), width: pct(b.width) })}></span>${b.vague
      ? html`<span class="vlabel" ${place({ left: pct(b.x + b.width / 2) })}>${this.strings.inPeriod}</span>`
      : nothing}`;
  }

  /** "2017–2018", "ferdig 2017 (start ikke oppgitt)", "fra 2020 (slutt ikke oppgitt)", "i perioden 2017–2020". */
  private whenText(p: Investment, doc: ProgrammeDocument): string {
    const s = this.strings;
    const f = (w: number | string) => formatYearMonth(w, this.language);
    if (p.start != null && p.end != null) {
      const [a, b] = [f(p.start), f(p.end)];
      // Spaced dash between month-years ("juni 2017 – mars 2019"), tight between years.
      return a === b ? a : `${a}${typeof p.start === 'string' || typeof p.end === 'string' ? ' – ' : '–'}${b}`;
    }
    if (p.end != null) return `${s.until(f(p.end))} (${s.startUnknown})`;
    if (p.start != null) return `${s.from(f(p.start))} (${s.endUnknown})`;
    return doc.period ? `${s.inPeriod} ${doc.period.start}–${doc.period.end}` : s.noDates;
  }

  private toggle(index: number): void {
    const next = new Set(this._open);
    if (!next.delete(index)) next.add(index);
    this._open = next;
  }
}
