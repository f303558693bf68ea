/**
 * The API reference, rendered at run time from custom-elements.json: per tag
 * its summary and tables of attributes, properties, events, CSS custom
 * properties, CSS parts and slots.
 */
import { h, richText } from './dom.js';
import type { ElementDoc } from './manifest.js';

type Row = (Node | string)[];

/** A table in a focusable scroll box, so a wide table scrolls on its own at 320 px instead of the page. */
function table(caption: string, head: string[], rows: Row[]): HTMLElement {
  return h('div', { class: 'table-scroll', role: 'region', 'aria-label': caption, tabindex: '0' },
    h('table', {},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, head.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, c))))))));
}

const code = (text: string | undefined) => (text ? h('code', {}, text) : '');
const prose = (text: string | undefined) => h('span', {}, ...richText(text));

export function renderElementReference(el: ElementDoc, headingLevel = 3): HTMLElement {
  const hn = `h${headingLevel}` as 'h3';
  const sub = `h${headingLevel + 1}` as 'h4';
  const id = `ref-${el.tag}`;
  const parts: HTMLElement[] = [];
  const block = (title: string, node: HTMLElement) => parts.push(h(sub, {}, title), node);
  if (el.attributes.length) {
    block('Attributes', table(`${el.tag}: attributes`, ['Attribute', 'Type', 'Default', 'Description'],
      el.attributes.map((a) => [code(a.name), code(a.type?.text), code(a.default), prose(a.description)])));
  }
  if (el.properties.length) {
    block('Properties', table(`${el.tag}: properties`, ['Property', 'Attribute', 'Type', 'Default', 'Description'],
      el.properties.map((p) => [code(p.name), code(p.attribute), code(p.type?.text), code(p.default),
        h('span', {}, p.readonly ? 'Read-only. ' : '', ...richText(p.description))])));
  }
  if (el.events.length) {
    block('Events', table(`${el.tag}: events`, ['Event', 'Description'],
      el.events.map((e) => [code(e.name), prose(e.description)])));
  }
  if (el.cssProperties.length) {
    block('CSS custom properties', table(`${el.tag}: CSS custom properties`, ['Property', 'Default', 'Description'],
      el.cssProperties.map((c) => [code(c.name), code(c.default), prose(c.description)])));
  }
  if (el.cssParts.length) {
    block('CSS parts', table(`${el.tag}: CSS parts`, ['Part', 'Description'],
      el.cssParts.map((p) => [code(p.name), prose(p.description)])));
  }
  if (el.slots.length) {
    block('Slots', table(`${el.tag}: slots`, ['Slot', 'Description'],
      el.slots.map((s) => [code(s.name || '(default)'), prose(s.description)])));
  }
  return h('article', { class: 'ref', id, 'aria-labelledby': `${id}-h`, 'data-tag': el.tag },
    h(hn, { id: `${id}-h` }, h('code', {}, `<${el.tag}>`)),
    el.summary ? h('p', { class: 'summary' }, ...richText(el.summary)) : null,
    h('p', { class: 'meta' }, 'Class ', h('code', {}, el.className), ', defined in ', h('code', {}, el.module), '.'),
    parts);
}

/** Replaces the container's content with a table of contents and one article per tag. */
export function renderReference(container: HTMLElement, elements: ElementDoc[], headingLevel = 3): void {
  container.replaceChildren(
    h('nav', { 'aria-label': 'Elements in the reference', class: 'ref-toc' },
      h('ul', {}, elements.map((e) => h('li', {}, h('a', { href: `#ref-${e.tag}` }, h('code', {}, `<${e.tag}>`)))))),
    ...elements.map((e) => renderElementReference(e, headingLevel)),
  );
}
