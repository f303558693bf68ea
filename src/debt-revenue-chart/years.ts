/**
 * Reading the chart a year at a time, as a Lit ReactiveController: ←/→/Home/End
 * choose a year on the plot (a slider of years to screen readers), Escape lets
 * go; hover, or touch and drag, choose the nearest year. It holds the chosen
 * year and what the live region says, and asks the element to redraw.
 */
import type { ReactiveController } from 'lit';
import type { NamedUpdateHost } from '../shared/resize.js';
import type { Layout } from './plot.js';
import { fill, STRINGS } from './strings.js';
import { announce, yearOf } from './summary.js';

export class YearController implements ReactiveController {
  /** The chosen row's index; -1 for none. */
  active = -1;
  /** The live region's text. */
  said = '';
  /** What is drawn now (set by the element as it renders). */
  geo?: Layout;

  // Named updates (NamedUpdateHost): a bare one would copy and validate the data on every key and pointer move.
  constructor(private readonly host: NamedUpdateHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  private choose(i: number): void {
    this.active = i;
    this.host.requestUpdate('civicYear', -2);
  }

  readonly onKey = (e: KeyboardEvent): void => {
    const g = this.geo!;
    const n = g.rows.length;
    const i = this.active;
    const next = { ArrowRight: i < 0 ? 0 : Math.min(n - 1, i + 1), ArrowLeft: i < 0 ? n - 1 : Math.max(0, i - 1), Home: 0, End: n - 1, Escape: -1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    this.choose(next);
    // With a plot, the slider's value says the chosen year (aria-valuetext); the live region says only
    // what a value that does not change cannot: that an arrow key is at the first or last year.
    // Without a plot there is no slider, and the live region says the year.
    const t = STRINGS[g.lang];
    const edge = next === i && (e.key === 'ArrowLeft' || e.key === 'ArrowRight');
    void this.say(edge ? fill(e.key === 'ArrowLeft' ? t.firstYear : t.lastYear, yearOf(g.rows[i], g.lang, true))
      : g.s || next < 0 ? '' : announce(g, next));
  };

  /** Puts `text` in the live region; the same text again is emptied first, so a second press at an end is said too. */
  async say(text: string): Promise<void> {
    if (text && text === this.said) {
      this.said = '';
      this.host.requestUpdate('civicYear', -2);
      await this.host.updateComplete;
    }
    this.said = text;
    this.host.requestUpdate('civicYear', -2);
  }

  /** Hover, or touch and drag: the nearest year to the pointer. */
  readonly onPointer = (e: PointerEvent): void => {
    const g = this.geo!;
    if (!g.s) return;
    const box = (e.currentTarget as Element).getBoundingClientRect();
    const year = g.s.x.invert(((e.clientX - box.left) * g.s.d.width) / box.width);
    const far = (i: number) => Math.abs(g.rows[i].year - year);
    this.choose(g.rows.reduce((best, _, i) => (far(i) < far(best) ? i : best), 0));
  };

  /** A touch leaves the figures up to be read; a mouse takes them away. */
  readonly onLeave = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse') this.choose(-1);
  };
}
