/**
 * What a screen reader gets from an element, as lines of text: Chromium's accessibility
 * tree (a11ySnapshot, the tree that NVDA, JAWS and VoiceOver read through the platform
 * APIs), flattened in reading order. A node is "role: name" with its state; runs of
 * plain text are joined into one "text:" line, as a reader's arrow keys would meet them.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import type { CivicElement } from '../../src/shared/civic-element.js';

interface AXNode {
  role: string;
  name?: string;
  description?: string;
  level?: number;
  expanded?: boolean;
  live?: string;
  children?: AXNode[];
}

const TEXT = new Set(['StaticText', 'text', 'InlineTextBox']);

export function flatten(root: AXNode): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    // Pieces of one line ("1", ".", "Tittel") are joined without a space before punctuation.
    const t = run.join(' ').replace(/\s+([.,:;)])/g, '$1').replace(/\(\s+/g, '(').replace(/\s+/g, ' ').trim();
    if (t) out.push(`text: ${t}`);
    run = [];
  };
  const walk = (n: AXNode) => {
    if (TEXT.has(n.role)) {
      run.push(n.name ?? '');
      return;
    }
    flush();
    const state = [
      n.level ? `level ${n.level}` : '',
      n.expanded === undefined ? '' : n.expanded ? 'expanded' : 'collapsed',
      n.live ? `live ${n.live}` : '',
    ].filter(Boolean);
    out.push(`${n.role}${state.length ? ` (${state.join(', ')})` : ''}: ${n.name ?? ''}${n.description ? ` — ${n.description}` : ''}`.trimEnd());
    // A link's or button's text is its name, already said.
    if (n.role !== 'link' && n.role !== 'button') (n.children ?? []).forEach(walk);
    flush();
  };
  (root.children ?? []).forEach(walk);
  flush();
  return out;
}

let n = 0;

/**
 * Renders `tag` with `attributes` (and `data` as its property) inside a named region (the
 * snapshot of a node that is not itself in the tree holds only its first child), waits until
 * it has loaded or failed (`event`), and returns what is heard. `act` may open details or
 * press buttons first.
 */
export async function heard(
  tag: string,
  attributes: Record<string, string>,
  event: 'civic-load' | 'civic-error',
  data?: unknown,
  act?: (el: CivicElement) => Promise<void> | void,
): Promise<string[]> {
  const id = `heard-${n++}`;
  const box = await fixture<HTMLDivElement>(html`<div role="region" aria-label="test" id=${id}></div>`);
  const el = document.createElement(tag) as CivicElement & { data?: unknown };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (data !== undefined) el.data = data;
  // Listening before the element is connected: data set as a property is shown (and the event
  // fired) by the first update; src takes a while.
  const done = oneEvent(el, event);
  box.append(el);
  await el.updateComplete;
  if (el.status === 'loading') await done;
  await el.updateComplete;
  if (act) {
    await act(el);
    await el.updateComplete;
  }
  const tree = (await a11ySnapshot({ selector: `#${id}` })) as unknown as AXNode;
  return flatten(tree);
}

export type HeardLang = 'nb' | 'en';

/** One language's case of a state: what differs from the other language, and the lines heard. */
export interface HeardCase {
  /** The element's attributes besides lang and heading. */
  attributes?: Record<string, string>;
  act?: (el: CivicElement) => Promise<void> | void;
  /** The end of the test's title, after the state and language: ", after …", ": the address …". */
  note?: string;
  expected: string[];
}

export interface HeardState {
  event: 'civic-load' | 'civic-error';
  /** Set as the element's `data` property (called when the test runs, after the data is fetched). */
  data?: () => unknown;
  /** Attributes, action and title ending of both languages' cases (a case's own come first). */
  attributes?: Record<string, string>;
  act?: HeardCase['act'];
  note?: string;
  cases: Record<HeardLang, HeardCase>;
}

/**
 * One test per state × language: `tag` with the language's lang (none for bokmål) and heading
 * (set, so the lines do not depend on the default heading's wording), compared line by line.
 */
export function describeHeard(tag: string, headings: Record<HeardLang, string>, states: Record<string, HeardState>): void {
  describe(`heard: <${tag}>`, () => {
    for (const [state, s] of Object.entries(states)) {
      for (const lang of ['nb', 'en'] as const) {
        const c = s.cases[lang];
        it(`${state}, ${lang}${c.note ?? s.note ?? ''}`, async () => {
          const attributes = { ...(lang === 'nb' ? {} : { lang }), heading: headings[lang], ...s.attributes, ...c.attributes };
          expect(await heard(tag, attributes, s.event, s.data?.(), c.act ?? s.act)).to.deep.equal(c.expected);
        });
      }
    }
  });
}
