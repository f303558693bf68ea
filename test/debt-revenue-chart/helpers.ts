// What the chart's browser tests share: shadow-DOM queries, text as read, and a chart drawn in a box.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { CivicDebtRevenueChart } from '../../src/debt-revenue-chart/debt-revenue-chart.js';

export const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement;
export const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)] as HTMLElement[];
/** Text as read: no-break spaces as spaces, no word joiners or soft hyphens. */
export const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\s]+/g, ' ').replace(/[\u2060\u00ad]/g, '').trim();

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
