import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CivicElement } from '../shared/civic-element.js';
import { baseStyles } from '../shared/styles.js';
import { WidthController } from '../shared/resize.js';
import type { ProgrammeDocument, Section } from '../shared/schema.js';
import { toRows, VIEWS, type View } from './data.js';
import { heightFor, NARROW } from './scales.js';
import { layout, LIGHT, plotSvg, type Layout } from './plot.js';
import { announce, ruleOf, summarize, verdict, yearList } from './summary.js';
import { toCsv } from './csv.js';
import { download, exportSvg, svgToPng } from './export.js';
import { fill, STRINGS, type ChartStrings } from './strings.js';
import { chartStyles } from './styles.js';
import { spokenAmounts } from '../shared/spoken.js';
import { tableOf } from './table.js';
import { YearController } from './years.js';
import { renderLegend, renderRule, renderTable, renderTip, renderTools } from './parts.js';

/**
 * Loan debt against operating revenue, year by year, with the rule "loan debt
 * must not grow faster than revenue" stated above it (the document's
 * `fiscalRule.text`, else the chart's words) and its verdict: the years it was
 * broken are said and marked in every view, as planned for budget and plan years.
 * Actual years are drawn solid, budget and plan years dashed inside a labelled
 * plan band; a missing figure is a gap, never a zero. An automatic summary in
 * words (the chart's accessible description), a real table, keyboard and
 * pointer reading of each year, and CSV, SVG and PNG downloads.
 *
 * @summary Loan debt against operating revenue, as amounts, as a ratio or as growth.
 * @tag civic-debt-revenue-chart
 *
 * @attr {string} src - URL of a programme document (or a bare `finances` array) to fetch.
 * @attr {'amount'|'ratio'|'growth'} view - `amount` (default): both in kroner from zero; `ratio`: debt in % of revenue; `growth`: both indexed to the first year with both figures (= 100), with the years where debt grew faster than revenue marked.
 * @attr {number} threshold - For `view="ratio"`: a reference line, e.g. `110` for "debt under 110 % of operating revenue".
 * @attr {'visible'|'hidden'} summary - `hidden` hides the summary visually; it stays the chart's accessible description.
 *
 * @fires civic-load - The data was accepted and rendered. `detail: { data }`.
 * @fires civic-error - The data could not be loaded or was (partly) invalid. `detail: { message, issues }`.
 *
 * @csspart base - The widget's box.
 * @csspart heading - The heading.
 * @csspart context - Under the default heading: the programme's title and municipality.
 * @csspart rule - The rule and its verdict, above the legend.
 * @csspart legend - The legend above the chart (a list).
 * @csspart plot - The chart: the one tab stop, a slider of years to screen readers; ←/→/Home/End choose a year, Escape lets go.
 * @csspart tooltip - The chosen year's figures over the chart.
 * @csspart summary - The summary in words under the chart.
 * @csspart table - The box holding the table of figures, with the rule's verdict per year (rendered when "Vis tabell" opens it); a shadow at an edge says it scrolls.
 * @csspart tools - The row of buttons: table toggle and downloads.
 * @csspart state - The loading, empty or error message.
 * @csspart notice - The note saying how many entries were left out.
 * @csspart source - The source line.
 *
 * @cssprop --civic-color-revenue - Revenue line and markers (light #1f62b8, dark #7fb0ff; ≥ 3:1 on the background).
 * @cssprop --civic-color-debt - Debt line and markers, and the years the rule was broken (light #c2410c, dark #ff9c66).
 * @cssprop --civic-color-text - Text, threshold line and year rule.
 * @cssprop --civic-color-text-muted - Axis labels, legend keys.
 * @cssprop --civic-color-background - Background; hollow (budget and plan) markers.
 * @cssprop --civic-color-surface - The plan band and the loading box.
 * @cssprop --civic-color-border - Grid lines and the tooltip's border.
 * @cssprop --civic-color-accent - Buttons and the focus ring.
 * @cssprop --civic-font-family - Font (default: inherited from the page).
 * @cssprop --civic-font-size - Base font size (default 1rem).
 * @cssprop --civic-space - Spacing unit (default 1rem).
 * @cssprop --civic-radius - Corner radius (default 4px).
 * @cssprop --civic-padding - Padding inside the widget's box (default 0).
 * @cssprop --civic-content-visibility - `auto` (default): off screen, the chart's body is laid out only when the reader comes near; `visible`: always.
 */
export class CivicDebtRevenueChart extends CivicElement {
  static override properties = {
    ...CivicElement.properties,
    view: { type: String, reflect: true },
    threshold: { type: Number },
    summary: { type: String, reflect: true },
    _table: { state: true, attribute: false },
    _print: { state: true, attribute: false },
  };

  static override styles = [...baseStyles, chartStyles];
  protected readonly section: Section = 'finances';

  /** `amount` (default), `ratio` or `growth`. */
  declare view: 'amount' | 'ratio' | 'growth';
  /** For `view="ratio"`: the percentage drawn as a reference line, e.g. 110. */
  declare threshold: number | undefined;
  /** `hidden` hides the summary visually; it is still the chart's accessible description. */
  declare summary: 'visible' | 'hidden';
  declare private _table: boolean;
  /** Printing: the table is rendered for the paper even when it is not open on screen. */
  declare private _print: boolean;

  private width = new WidthController(this);
  private years = new YearController(this);
  private tipAt: Partial<CSSStyleDeclaration> = {};

  constructor() {
    super();
    this.view = 'amount';
    this.summary = 'visible';
    this._table = false;
    this._print = false;
  }

  /** The table exists only when opened, or for printing: it is most of the nodes a chart would otherwise carry. */
  private readonly printing = (e: Event) => {
    this._print = e.type === 'beforeprint';
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.printing);
    addEventListener('afterprint', this.printing);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.printing);
    removeEventListener('afterprint', this.printing);
  }

  /** The width to draw at (WidthController: measured on first use after connecting, then the observer's). */
  private get w(): number {
    return this.width.width;
  }

  private get t(): ChartStrings {
    return STRINGS[this.language];
  }

  private get shown(): View {
    return VIEWS.includes(this.view) ? this.view : 'amount';
  }

  private layoutFor(doc: ProgrammeDocument, width: number): Layout {
    return layout(toRows(doc.finances!), this.shown, width, this.language, this.threshold, doc.period);
  }

  /** The figures as CSV (with the rule's verdict per year): for nb/nn with semicolons and decimal commas, for en with commas; UTF-8 with BOM. Empty before data. */
  toCsv(): string {
    const doc = this.state().doc;
    return doc ? toCsv(toRows(doc.finances!), this.language) : '';
  }

  /** The chart as a standalone SVG file with title, legend and source line, in light colours for print. Empty before data. */
  toSvg(): string {
    return this.exported()?.svg ?? '';
  }

  /** The chart as a PNG (twice the SVG's size). Rejects before data, or when the page's CSP forbids `blob:` images. */
  async toPng(): Promise<Blob> {
    const e = this.exported();
    if (!e) throw new Error('nothing to export');
    return svgToPng(e.svg, e.width, e.height);
  }

  private exported() {
    const doc = this.state().doc;
    // A file is printed: at least 640 px wide, whatever column it was read in.
    const g = doc && this.layoutFor(doc, Math.max(this.w, 640));
    if (!g?.s) return undefined;
    const css = getComputedStyle(this);
    const own = (k: 'revenue' | 'debt') => css.getPropertyValue(`--civic-color-${k}`).trim() || LIGHT[k];
    const t = this.t;
    const name = t[g.view];
    const title = this.titleFor(doc!) || name;
    const src = this.sourceParts(doc!);
    return exportSvg(g, { ...LIGHT, revenue: own('revenue'), debt: own('debt') }, {
      title,
      subtitle: title === name ? '' : name,
      source: src ? `${src.label}: ${src.name}${src.date}` : '',
      desc: `${t.rule}: ${ruleOf(doc!, g.lang)} ${verdict(g.rows, g.lang)} ${summarize(g.rows, g.view, g.lang, g.threshold)}`,
      font: css.fontFamily || 'sans-serif',
    });
  }

  private async save(type: 'csv' | 'svg' | 'png'): Promise<void> {
    try {
      download(`${this.t.file}.${type}`, type === 'png' ? await this.toPng()
        : new Blob([type === 'csv' ? this.toCsv() : this.toSvg()], { type: type === 'csv' ? 'text/csv;charset=utf-8' : 'image/svg+xml' }));
    } catch {
      void this.years.say(this.t.pngFailed);
    }
  }

  protected override emptyText(): string {
    return this.t.empty;
  }

  /**
   * Sizes and positions go through the CSSOM, after rendering: a strict CSP
   * (style-src-attr) refuses style attributes. The chart's height follows the
   * width, the same before and after the data (CSS's 2:1 until the width is known).
   */
  protected override updated(changed: PropertyValues): void {
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    if (frame && this.w) Object.assign(frame.style, { height: `${heightFor(this.w)}px`, aspectRatio: 'auto' });
    // On screen when added: laid out at once, not through content-visibility (styles.ts), which would cost it a pass.
    const body = this.renderRoot.querySelector<HTMLElement>('.body');
    if (body && this.width.onScreen) body.style.contentVisibility = 'visible';
    const tip = this.renderRoot.querySelector<HTMLElement>('.tip');
    if (tip) Object.assign(tip.style, this.tipAt);
    super.updated(changed);
  }

  /**
   * The chart's body (rule, legend, plot, summary, buttons): one element while loading and once
   * drawn, so its content-visibility (styles.ts) stays as it was, laid out on screen, when the
   * data arrives; a new element would be laid out a frame late, at a typical height till then.
   * .body sits a level below .chart, deeper than the measured .sizer (shared/resize.ts).
   */
  private body(inner: TemplateResult, after: TemplateResult | typeof nothing = nothing): TemplateResult {
    return html`<div class=${this.w && this.w < NARROW ? 'chart narrow' : 'chart'}><div class="body">${inner}</div></div>${after}`;
  }

  private tools(drawn = true): TemplateResult {
    return renderTools(this.t, this._table, drawn, () => (this._table = !this._table), (f) => this.save(f));
  }

  /** The same shape as the chart (rule, legend, aspect-ratio box, summary, buttons, source), so nothing below moves when the data arrives. */
  protected override renderLoading(): TemplateResult {
    // Two made-up years, one actual and one planned, in which debt grows faster: the legend has every line it will have.
    const sketch = layout([{ year: 0, revenue: 1, debt: 1, kind: 'actual' }, { year: 1, revenue: 1, debt: 2, kind: 'plan' }], this.shown, 640, this.language, this.threshold);
    const t = this.t;
    // The heading and its context line are drawn by the base class while loading too.
    return this.body(html`
        ${renderRule(t, t.ruleText, fill(t.fasterIn, t.grow.split('|')[1], yearList([2016, 2017], this.language)), true)}
        <div class="ghost" aria-hidden="true">${renderLegend(sketch)}</div>
        <div part="state" class="frame state loading" role="status">${this.messages.loading}</div>
        ${this.summary === 'hidden' ? nothing : html`<p class="summary" aria-hidden="true"></p>`}
        <div class="ghost" aria-hidden="true">${this.tools()}</div>`,
    html`<p class="source" aria-hidden="true">&nbsp;</p>`);
  }

  protected renderContent(doc: ProgrammeDocument): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const g = (this.years.geo = this.layoutFor(doc, this.w || 640));
    const s = g.s;
    const i = this.years.active;
    const r = g.rows[i];
    let tip: TemplateResult | typeof nothing = nothing;
    if (r && s) [tip, this.tipAt] = renderTip(g, i, t);
    return this.body(html`
      ${renderRule(t, ruleOf(doc, lang), verdict(g.rows, lang))}
      <div ?hidden=${this._table}>${renderLegend(g)}</div>
      <div
        part="plot"
        class=${s ? 'frame' : 'frame state'}
        ?hidden=${this._table}
        tabindex="0"
        role=${s ? 'slider' : 'group'}
        aria-label="${t[g.view]}. ${t.keys}"
        aria-describedby="rule summary"
        aria-orientation=${ifDefined(s ? 'horizontal' : undefined)}
        aria-valuemin=${s ? g.rows[0].year : nothing}
        aria-valuemax=${s ? g.rows[g.rows.length - 1].year : nothing}
        aria-valuenow=${s ? (r ?? g.rows[0]).year : nothing}
        aria-valuetext=${s ? (r ? announce(g, i) : t.noYear) : nothing}
        @keydown=${this.years.onKey}
        @pointermove=${this.years.onPointer}
        @pointerdown=${this.years.onPointer}
        @pointerleave=${this.years.onLeave}
      >
        ${s ? html`<svg viewBox="0 0 ${s.d.width} ${s.d.height}" aria-hidden="true">${plotSvg(g, undefined, i)}</svg>` : t.noBoth}
        ${tip}
      </div>
      <p id="summary" part="summary" class=${this.summary === 'hidden' ? 'summary sr-only' : 'summary'}>
        ${spokenAmounts(summarize(g.rows, g.view, lang, g.threshold), lang)}
      </p>
      ${this._table || this._print
        ? renderTable(tableOf(g.rows, lang), t, [this.titleFor(doc), t.amount].filter(Boolean).join(': '), this._table) : nothing}
      ${this.tools(!!s)}
      <div class="sr-only" role="status">${this.years.said}</div>`);
  }
}
