/**
 * What a screen reader gets from an element, as lines of text: Chromium's accessibility
 * tree (a11ySnapshot, the tree that NVDA, JAWS and VoiceOver read through the platform
 * APIs), flattened in reading order. A node is "role: name" with its state; runs of
 * plain text are joined into one "text:" line, as a reader's arrow keys would meet them.
 */
import { fixture, oneEvent } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
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
 * Renders an element inside a named region (the snapshot of a node that is not itself in
 * the tree holds only its first child), waits until it has loaded or failed (`event`), and
 * returns what is heard. `act` may open details or press buttons first.
 */
export async function heard(
  template: (id: string) => TemplateResult,
  event: 'civic-load' | 'civic-error',
  act?: (el: CivicElement) => Promise<void> | void,
): Promise<string[]> {
  const id = `heard-${n++}`;
  const box = await fixture<HTMLDivElement>(template(id));
  const el = box.querySelector<CivicElement>('civic-priority-list, civic-investment-timeline, civic-debt-revenue-chart')!;
  // Data set as a property is shown by the first update; src and inline JSON take a while.
  if (el.status === 'loading') await oneEvent(el, event);
  await el.updateComplete;
  if (act) {
    await act(el);
    await el.updateComplete;
  }
  const tree = (await a11ySnapshot({ selector: `#${id}` })) as unknown as AXNode;
  return flatten(tree);
}
