// What the timeline's browser tests share: the Asker document, shadow-DOM queries, text as read, a
// project's row, bar and dates, and the element loaded (in a box of a given width, once measured).
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { CivicInvestmentTimeline } from '../../src/investment-timeline/investment-timeline.js';

/** Asker's action programme 2017–2020 as the demo serves it; fetched in each file's before(). */
export const askerDocument = async (): Promise<Record<string, unknown>> => (await fetch('/demo/data/asker-2017-2020.json')).json();
let n = 0;
/** A request id no other test uses, so the test server's record is this test's alone. */
export const unique = () => `tl-${Date.now()}-${n++}`;
const NBSP = /\u00a0/g;

export const shadow = (el: Element) => el.shadowRoot!;
export const $ = (el: Element, sel: string) => shadow(el).querySelector<HTMLElement>(sel);
export const $$ = (el: Element, sel: string) => [...shadow(el).querySelectorAll<HTMLElement>(sel)];
export const clean = (s: string | null) => (s ?? '').replace(NBSP, ' ').replace(/\s+/g, ' ').trim();
export const text = (el: Element) => clean(shadow(el).textContent);
export const names = (el: Element) => $$(el, '.name').map((b) => b.textContent);
export const rowOf = (el: Element, name: string) => $$(el, '.row').find((r) => r.querySelector('.name')!.textContent === name)!;
export const barOf = (el: Element, name: string) => rowOf(el, name).querySelector<HTMLElement>('.bar')!;
export const whenOf = (el: Element, name: string) => clean(rowOf(el, name).querySelector('.when')!.textContent);
export const pos = (bar: HTMLElement) => [bar.style.left, bar.style.width];

export async function loaded(el: CivicInvestmentTimeline) {
  if (el.status === 'loading') await oneEvent(el, 'civic-load');
  await el.updateComplete;
  return el;
}

/** Renders into a box of a given width and waits until the element has measured it. */
export async function inBox(width: number, content: ReturnType<typeof html>) {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${content}</div>`);
  const el = box.firstElementChild as CivicInvestmentTimeline;
  await loaded(el);
  await waitUntil(() => (el as unknown as { width: { width: number } }).width.width === width, 'the element measures its box');
  await el.updateComplete;
  return { box, el };
}
