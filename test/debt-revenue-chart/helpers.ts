// What the chart's tests share: shadow-DOM queries, text as read, a chart of the Asker document drawn
// in a box, the table opened, and for the pure modules' tests the Asker rows and a row builder.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { CivicDebtRevenueChart } from '../../src/debt-revenue-chart/debt-revenue-chart.js';
import { toRows, type Row } from '../../src/debt-revenue-chart/data.js';
import { ASKER } from './asker.js';

export type Chart = CivicDebtRevenueChart;

export const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement;
export const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)] as HTMLElement[];
/** Text as read: no-break spaces as spaces, no word joiners or soft hyphens. */
export const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\s]+/g, ' ').replace(/[\u2060\u00ad]/g, '').trim();
/**
 * Stricter, for the pure modules' exact strings: only no-break spaces (inside amounts) and word joiners
 * (in year spans) are read as plain text; nothing is trimmed or collapsed, so a stray space still fails.
 */
export const plainExact = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\u2060/g, '');

/** A chart of `data` (and `attrs`) in a box of the given width (px, or any CSS width), once it has measured that width and drawn. */
export async function drawn(attrs: Record<string, unknown>, width: number | string = 640): Promise<CivicDebtRevenueChart> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${typeof width === 'number' ? `${width}px` : width}"></div>`);
  const el = document.createElement('civic-debt-revenue-chart');
  Object.assign(el, attrs);
  box.append(el);
  await waitUntil(() => $(el, '.frame')?.style.height, 'the chart did not measure its width');
  await el.updateComplete;
  return el;
}

/** The Asker document the element tests draw: its title, plan period and source are in the chart's words. */
export const DOC = {
  version: 1, title: 'Handlingsprogram 2017–2020', period: { start: 2017, end: 2020 },
  source: { name: 'Asker kommune', url: 'https://www.asker.kommune.no/', date: '2016-12-06' }, finances: ASKER,
};

/** A chart of the Asker document in a box of the given width, once it has measured that width and drawn. */
export const chart = (attrs: Partial<Chart> & Record<string, unknown> = {}, width = 640) => drawn({ data: DOC, ...attrs }, width);

/** Opens the table ("Vis tabell"): it is rendered only when opened (or printed). */
export async function openTable(el: Chart): Promise<HTMLTableElement> {
  $(el, '.tools button').click();
  await el.updateComplete;
  return $(el, 'table') as HTMLTableElement;
}

/** The Asker years as the pure modules get them: ordered, a missing kind as actual, gaps as null. */
export const rows = toRows(ASKER);
/** One year's row, for the cases Asker's figures do not have. */
export const row = (year: number, revenue: number | null, debt: number | null, kind: Row['kind'] = 'actual'): Row => ({ year, revenue, debt, kind });
