/**
 * The API reference, rendered at run time from custom-elements.json: per tag
 * its summary and tables of attributes, properties, events, CSS custom
 * properties, CSS parts and slots.
 */
import { h, richText } from './dom.js';
import type { ElementDoc } from './manifest.js';
import { STRINGS, type DemoStrings } from './strings.js';

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

export function renderElementReference(el: ElementDoc, headingLevel = 3, t: DemoStrings['reference'] = STRINGS.nb.reference): HTMLElement {
  // The descriptions come from the source's comments, in English: marked so, for screen readers and translators.
  const prose = (text: string | undefined, ...before: string[]) => h('span', { lang: t.descriptionsLang }, ...before, ...richText(text));
  const { blocks: b, head: c } = t;
  const hn = `h${headingLevel}` as 'h3';
  const sub = `h${headingLevel + 1}` as 'h4';
  const id = `ref-${el.tag}`;
  const parts: HTMLElement[] = [];
  const block = (title: string, node: HTMLElement) => parts.push(h(sub, {}, title), node);
  if (el.attributes.length) {
    block(b.attributes, table(`${el.tag}: ${b.attributes.toLowerCase()}`, [c.attribute, c.type, c.default, c.description],
      el.attributes.map((a) => [code(a.name), code(a.type?.text), code(a.default), prose(a.description)])));
  }
  if (el.properties.length) {
    block(b.properties, table(`${el.tag}: ${b.properties.toLowerCase()}`, [c.property, c.attribute, c.type, c.default, c.description],
      el.properties.map((p) => [code(p.name), code(p.attribute), code(p.type?.text), code(p.default), prose(p.description, p.readonly ? t.readOnly : '')])));
  }
  if (el.events.length) {
    block(b.events, table(`${el.tag}: ${b.events.toLowerCase()}`, [c.event, c.description],
      el.events.map((e) => [code(e.name), prose(e.description)])));
  }
  if (el.cssProperties.length) {
    block(b.cssProperties, table(`${el.tag}: ${b.cssProperties}`, [c.property, c.default, c.description],
      el.cssProperties.map((c) => [code(c.name), code(c.default), prose(c.description)])));
  }
  if (el.cssParts.length) {
    block(b.cssParts, table(`${el.tag}: ${b.cssParts}`, [c.part, c.description],
      el.cssParts.map((p) => [code(p.name), prose(p.description)])));
  }
  if (el.slots.length) {
    block(b.slots, table(`${el.tag}: ${b.slots.toLowerCase()}`, [c.slot, c.description],
      el.slots.map((s) => [code(s.name || t.defaultSlot), prose(s.description)])));
  }
  return h('article', { class: 'ref', id, 'aria-labelledby': `${id}-h`, 'data-tag': el.tag },
    h(hn, { id: `${id}-h` }, h('code', {}, `<${el.tag}>`)),
    el.summary ? h('p', { class: 'summary', lang: t.descriptionsLang }, ...richText(el.summary)) : null,
    h('p', { class: 'meta' }, ...t.defined(el.className, el.module).map((part, i) => (i % 2 ? h('code', {}, part) : part))),
    parts);
}

/** Replaces the container's content with a table of contents and one article per tag. */
export function renderReference(container: HTMLElement, elements: ElementDoc[], headingLevel = 3, t: DemoStrings['reference'] = STRINGS.nb.reference): void {
  container.replaceChildren(
    h('nav', { 'aria-label': t.nav, class: 'ref-toc' },
      h('ul', {}, elements.map((e) => h('li', {}, h('a', { href: `#ref-${e.tag}` }, h('code', {}, `<${e.tag}>`)))))),
    ...elements.map((e) => renderElementReference(e, headingLevel, t)),
  );
}
