/**
 * The chart's pieces of HTML around the plot: the rule, the legend, the
 * tooltip, the table and the row of buttons. Functions of what they show, so
 * that the element (debt-revenue-chart.ts) is about wiring them together.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { spoken } from '../shared/spoken.js';
import { legendOf, mark, THEMED, type Layout } from './plot.js';
import { fill, type ChartStrings } from './strings.js';
import { figuresAt, yearOf } from './summary.js';
import type { Table } from './table.js';

/**
 * The rule and its verdict, in plain sight above the chart; also part of the plot's description.
 * One text node after the label: Chromium drops whitespace-only text between parts from a description.
 * `ghost`: while loading, typical words, unseen, so that the box is as high as it will be in any font.
 */
export const renderRule = (t: ChartStrings, rule: string, said: string, ghost?: boolean): TemplateResult =>
  html`<p id=${ifDefined(ghost ? undefined : 'rule')} part="rule" class=${ghost ? 'rule ghost' : 'rule'} aria-hidden=${ifDefined(ghost ? 'true' : undefined)}><strong>${t.rule}:</strong>${` ${rule} ${said}`}</p>`;

export const renderLegend = (g: Layout): TemplateResult => html`<ul part="legend" class="legend">
  ${legendOf(g).map((i) => html`<li><svg viewBox="0 0 28 14" aria-hidden="true">${i.swatch}</svg>${i.label}</li>`)}
</ul>`;

/**
 * The chosen year's figures, beside its rule on the side with more room, and above or below its figures,
 * away from them. Returns the box's place too: it is set through the CSSOM (a strict CSP refuses style attributes).
 */
export function renderTip(g: Layout, i: number, t: ChartStrings): [TemplateResult, Partial<CSSStyleDeclaration>] {
  const { d, x, y } = g.s!;
  const r = g.rows[i];
  const at = (x(r.year) / d.width) * 100;
  const ys = g.series.map((sr) => sr.values[i]).filter((v) => v != null).map((v) => y(v!));
  const high = ys.length && Math.min(...ys) < (d.top + d.height - d.bottom) / 2;
  return [html`<div part="tooltip" class="tip" aria-hidden="true">
      <strong>${yearOf(r, g.lang, true)}</strong>
      ${figuresAt(g, i).map((f) => html`<span>
        <svg viewBox="0 0 18 14">${mark(f.key, [[9, 7]], r.kind !== 'actual', THEMED)}</svg>${g.view === 'ratio' ? t.debt : f.label}: <b>${f.value}</b>
      </span>`)}
    </div>`, {
    left: at > 50 ? '' : `${at}%`, right: at > 50 ? `${100 - at}%` : '',
    top: high ? '' : `${d.top}px`, bottom: high ? `${d.bottom + 6}px` : '',
  }];
}

/**
 * The table of figures (table.ts), in a named region one can tab to, which scrolls sideways with a
 * visible shadow at the edge it can scroll to when a column still does not fit. `open`: on screen;
 * else it is there for printing only.
 */
/** "2016 (budsjett)" as the year, and the kind on a line of its own, without brackets (narrower). */
const kindBelow = (year: string) => {
  const [y, kind] = year.split(' (');
  return kind ? html`${y} <span class="kind">${kind.slice(0, -1)}</span>` : y;
};

export const renderTable = (tb: Table, t: ChartStrings, name: string, open: boolean): TemplateResult =>
  html`<div part="table" class=${open ? 'table' : 'table paper'} role="region" aria-label=${name} tabindex="0">
    <table>
      <caption>${tb.caption}</caption>
      <thead><tr>${tb.heads.map((h) => html`<th scope="col">${spoken(h)}</th>`)}</tr></thead>
      <tbody>${tb.rows.map(([year, ...cells]) => html`<tr>
        <th scope="row">${kindBelow(year!)}</th>
        ${cells.map((c) => html`<td>${c == null ? html`<span class="missing">${t.missing}</span>` : spoken(c)}</td>`)}
      </tr>`)}</tbody>
    </table>
  </div>`;

/** The table toggle and the downloads; `drawn`: there is a plot to export (else CSV only). */
export const renderTools = (t: ChartStrings, open: boolean, drawn: boolean, toggle: () => void, save: (f: 'csv' | 'svg' | 'png') => void): TemplateResult =>
  html`<div part="tools" class="tools">
    <button type="button" @click=${toggle}>${open ? t.showChart : t.showTable}</button>
    <span class="dl" role="group" aria-labelledby="dl">
      <span id="dl">${t.download}</span>
      ${(drawn ? (['csv', 'svg', 'png'] as const) : (['csv'] as const)).map((f) => html`<button type="button" aria-label=${fill(f === 'csv' ? t.saveData : t.saveChart, f.toUpperCase())} @click=${() => save(f)}>${f.toUpperCase()}</button>`)}
    </span>
  </div>`;
