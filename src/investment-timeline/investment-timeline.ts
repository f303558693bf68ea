import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { CivicElement } from '../shared/civic-element.js';
import { areaStyles, baseStyles } from '../shared/styles.js';
import { areaLabel } from '../shared/i18n.js';
import { formatMoney, formatMoneyLong, formatYearMonth } from '../shared/format.js';
import type { Investment, ProgrammeDocument, Section } from '../shared/schema.js';
import { groupByEnd, layout, nowBand, parseNow, summarise, trackScale, whenText, yearTicks, type Row } from './layout.js';
import { STRINGS } from './strings.js';
import { spokenText, spokenYearMonth, twice } from '../shared/spoken.js';
import { timelineStyles } from './styles.js';
import { WidthController } from '../shared/resize.js';
import { parseAreas } from '../shared/areas.js';

/**
 * Lists longer than this skip rendering their off-screen rows (content-visibility),
 * so 1,000 projects draw fast; short ones do not, as estimated row heights would
 * make the page shift when they scroll into view.
 */
const LONG = 60;

/** Below this container width (px) the timeline becomes a list grouped by the year projects end. */
export const NARROW = 520;

/** Legend order. */
const STATUSES = ['completed', 'in-progress', 'planned', 'unknown'] as const;
const statusOf = (p: Investment) => p.status ?? 'unknown';

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
 * @attr {string} heading - Overrides the default heading (the element's subject, e.g. "Investeringer"); `heading=""` hides it.
 * @attr {number} heading-level - The heading's level, 2–6 (default 2); the narrow layout's year headings are one level below.
 * @attr {string} theme - `light` (default), `dark` or `auto`.
 * @attr {number} timeout - How long to wait for `src`, in milliseconds (default 15000).
 * @attr {string} now - The year marked as now, e.g. `now="2018"`; `now="none"` hides the marker. Default: the current calendar year (no marker when it is outside the timeline).
 * @attr {string} area - Show only these areas, comma-separated, in any case: `area="health, Helse og omsorg"` (known area keys may also be space-separated). Projects without an area are left out by any filter.
 *
 * @fires civic-load - The data was accepted and rendered. `detail: { data }`.
 * @fires civic-error - The data could not be loaded or was (partly) invalid. `detail: { message, issues }`.
 *
 * @csspart base - The outer box.
 * @csspart heading - The heading (h2–h6).
 * @csspart context - Under the default heading: the programme's title and municipality.
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
  };

  static override styles = [...baseStyles, areaStyles, timelineStyles];

  protected readonly section: Section = 'investments';

  /** The year marked as now; `"none"` hides the marker. Default: the current calendar year. */
  declare now: string | undefined;
  /** Show only these areas, comma-separated, in any case (`"health, Helse og omsorg"`). */
  declare area: string | undefined;
  /** Indexes (in the data) of the projects whose details are shown; a plain field, so it stays out of the manifest. */
  private _open = new Set<number>();

  /** New data (from any input): the open details belonged to the old projects. */
  protected override inputChanged(): void {
    this._open.clear();
  }

  /** The width to draw in, from the container (see shared/resize.ts). */
  private width = new WidthController(this);

  /**
   * Printing shows every project's details (styles.ts); on screen they exist only while
   * open, as they were most of a row's nodes (1,000 projects: 90 000 nodes, half of them
   * details nobody opened). Rendered before printing, dropped after.
   */
  private printing = false;
  private readonly onPrint = (e: Event) => {
    this.printing = e.type === 'beforeprint';
    this.requestUpdate('printing');
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.onPrint);
    addEventListener('afterprint', this.onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrint);
  }

  /**
   * Positions (bars, the now band, year labels, the number of years) are written as
   * `data-place="left:25%;width:50%"` and set here through the CSSOM (style.setProperty),
   * never through the `style` attribute, which a strict Content-Security-Policy
   * (style-src-attr) refuses; Lit's styleMap writes that attribute on the first render.
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    for (const e of this.renderRoot.querySelectorAll<HTMLElement>('[data-place]')) {
      // Set once per element and value: opening one project re-renders, but moves no bar.
      const place = e.dataset.place!;
      if (this.placed.get(e) === place) continue;
      this.placed.set(e, place);
      for (const d of place.split(';')) e.style.setProperty(...(d.split(':') as [string, string]));
    }
  }

  /** What `updated` last set on each positioned element. */
  private placed = new WeakMap<HTMLElement, string>();

  /** One listener per list, not one per project: a project's name button opens or closes its details. */
  private readonly toggle = (e: Event) => {
    const index = (e.target as Element).closest<HTMLElement>('button.name')?.dataset.index;
    if (index === undefined) return;
    if (!this._open.delete(Number(index))) this._open.add(Number(index));
    // Named, so it is not taken for "the data changed in place" (a bare requestUpdate(), see
    // CivicElement.willUpdate), which copied and validated all 1,000 projects again on each click.
    this.requestUpdate('_open');
  };

  protected override emptyText(): string {
    return STRINGS[this.language].empty;
  }

  protected renderContent(doc: ProgrammeDocument): TemplateResult {
    const lang = this.language;
    const s = STRINGS[lang];
    const open = this._open;
    const width = this.width.width;
    const areas = parseAreas(this.area);
    const { domain, rows } = layout(doc.investments ?? [], doc.period, areas);
    const nb = (word: string) => `${word} ${s.notGiven}`;
    const statusText = (st: keyof typeof s.status) => (st === 'unknown' ? nb(s.status.unknown) : s.status[st]);
    const key = (cls: string) => html`<span class="key ${cls}"></span>`;
    const ym = (w: number | string) => formatYearMonth(w, lang);
    /** The details' texts as written, and for screen readers in long form (spoken.ts) where that differs. */
    const said = (text: string) => {
      const ear = spokenText(text, lang);
      return ear === text ? text : twice(text, ear);
    };
    const whenSaid = (w: Investment['start']) => (w == null ? s.notGiven : typeof w === 'string' ? twice(ym(w), spokenYearMonth(w, lang)) : ym(w));
    const filter = areas.length
      ? html`<p part="filter" class="filter">${s.filtered}: ${areas.map((a) => areaLabel(lang, a)).join(', ')}</p>`
      : nothing;
    if (!rows.length) return html`${filter}<p part="state" class="state empty">${s.emptyFiltered}</p>`;
    const { count, known, total } = summarise(rows.map((r) => r.item));
    const summary = (f: typeof formatMoney) => s.summary(count, known, known ? f(total, lang) : undefined);

    /** One project: its name (a button showing its details), area, status, cost and years; in the wide layout its bar. */
    const row = ({ item: p, index, bar: b }: Row, track: boolean) => {
      const id = `project-${index}`;
      const st = statusOf(p);
      const shown = open.has(index);
      // Line breaks only inside tags, spaces only where text meets text (.meta): whitespace between
      // the row's blocks would be ten empty text nodes a row, 10,000 for 1,000 projects.
      return html`<li part="row" class="row" data-area=${p.area ?? ''}
        ><div class="label"
          ><button part="name" class="name" type="button" aria-expanded=${shown} aria-controls=${shown ? id : nothing}
            data-index=${index}>${p.name}</button
          ><div class="meta">${p.area ? html`<span><span class="sw"></span>${areaLabel(lang, p.area)}</span> ` : nothing}<span
            ><span class="key s-${st}"></span>${statusText(st)}</span> <span
            >${p.cost != null ? twice(formatMoney(p.cost, lang), formatMoneyLong(p.cost, lang)) : nb(s.cost.toLowerCase())}</span></div
          ><div class="when">${whenText(p, lang, doc.period)}</div
        ></div
        >${track && b
          ? html`<div class="track" aria-hidden="true"><span part="bar" class="bar s-${st}${b.openStart ? ' os' : ''}${b.openEnd ? ' oe' : ''}${b.vague ? ' vague' : ''}"
              data-place="left:${b.x}%;width:${b.width}%"></span>${b.vague
              && doc.period ? html`<span class="vlabel" data-place="left:${b.x + b.width / 2}%">${s.inPeriod}</span>`
              : nothing}</div>`
          : nothing}${shown || this.printing ? html`<div part="details" class="details" id=${id} ?hidden=${!shown}>
          ${p.description ? html`<p>${said(p.description)}</p>` : nothing}
          <dl>
            <div><dt>${s.start}</dt><dd>${whenSaid(p.start)}</dd></div>
            <div><dt>${s.end}</dt><dd>${whenSaid(p.end)}</dd></div>
            <div><dt>${s.cost}</dt><dd>${p.cost != null ? formatMoneyLong(p.cost, lang) : s.notGiven}</dd></div>
            ${p.location ? html`<div><dt>${s.location}</dt><dd>${p.location}</dd></div>` : nothing}
          </dl>
        </div>` : nothing}</li>`;
    };

    /**
     * A row is drawn again only when what it shows changed (opening one project among 1,000
     * re-rendered all of them): its item (frozen, new with new data), its place in the data,
     * open or not, printing, language, layout and the years its bar is drawn against.
     */
    const rowOnce = (r: Row, track: boolean) =>
      guard([r.item, r.index, open.has(r.index), this.printing, lang, track, domain?.start, domain?.end, doc.period], () => row(r, track));

    let body: TemplateResult;
    if (domain && !(width > 0 && width < NARROW)) {
      // The wide layout: legend, axis, and one row per project with its bar.
      const now = parseNow(this.now);
      const band = nowBand(now, domain);
      const x = trackScale(domain);
      const present = new Set(rows.map((r) => statusOf(r.item)));
      // About 3.5em per year label on the track (60 % of the width); 800 px before the first measure.
      const ticks = yearTicks(domain, ((width || 800) * 0.6) / 56);
      body = html`
        <ul part="legend" class="legend" aria-label=${s.legend}>
          ${STATUSES.filter((st) => present.has(st)).map((st) => html`<li>${key(`s-${st}`)}${statusText(st)}</li>`)}
          ${rows.some((r) => r.bar!.openStart || r.bar!.openEnd) ? html`<li>${key('s-completed oe')}${nb(s.open)}</li>` : nothing}
          ${band ? html`<li>${key('now-key')}${s.now(now!)}</li>` : nothing}
        </ul>
        <div part="chart" class="chart" data-place="--_years:${domain.end - domain.start}">
          <div class="overlay" aria-hidden="true">
            ${band ? html`<span part="now" class="now" data-place="left:${band.x}%;width:${band.width}%"></span>` : nothing}
          </div>
          <div part="axis" class="axis" aria-hidden="true">
            <span></span>
            <span class="ticks">${ticks.map((y) => html`<span class="tick ${y === now && band ? 'is-now' : ''}" data-place="left:${x(y + 0.5)}%">${y}</span>`)}</span>
          </div>
          <ol part="list" class="list ${rows.length > LONG ? 'long' : ''}" aria-label=${s.projects} @click=${this.toggle}>${rows.map((r) => rowOnce(r, true))}</ol>
        </div>`;
    } else {
      // The narrow layout (and any layout without years): projects grouped by the year they end,
      // each group's list named by its heading ("Ferdig 2017").
      const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2) + 1);
      body = html`${groupByEnd(rows).map((g) => html`
        <div part="group" class="group" role="heading" aria-level=${level} id="group-${g.year}">${s.group(g.year)}</div>
        <ul part="list" class="list cards ${g.rows.length > LONG ? 'long' : ''}" aria-labelledby="group-${g.year}" @click=${this.toggle}>${g.rows.map((r) => rowOnce(r, false))}</ul>`)}`;
    }
    return html`
      <p part="summary" class="summary">${twice(summary(formatMoney), summary(formatMoneyLong))}</p>
      ${filter}
      ${body}
    `;
  }
}
