/**
 * The width an element has to draw in, from its container, not the window:
 * a widget in a narrow column lays itself out for that column.
 *
 * Measured on the zero-height `.sizer` that CivicElement renders at the top of
 * its box in every state, not on the host: when a layout switch (say, wide
 * timeline → narrow list) changes the host's height inside the observer's
 * callback, observing the host makes the browser report "ResizeObserver loop
 * completed with undelivered notifications" as a window error, which host
 * pages' error monitors count. A box whose height is always 0 changes size only
 * when the width really changes, so it cannot loop. Boxes the browser watches
 * itself (content-visibility's) must sit deeper than the sizer: a box at its
 * depth resized by the redraw in this callback is reported the same way.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A controller's host whose updates are named: a LitElement's requestUpdate(name, oldValue)
 * (ReactiveControllerHost's takes none). A bare requestUpdate() means "the data changed in
 * place" (CivicElement.willUpdate), which copies and validates it all again.
 */
export type NamedUpdateHost = ReactiveControllerHost & { requestUpdate(name?: PropertyKey, oldValue?: unknown): void };

/**
 * Connected and not measured yet. The first of them to ask for its width
 * measures them all, one read after another: one layout for a page that adds
 * fifty charts in one go, not one forced layout each between their renders.
 */
const unmeasured = new Set<WidthController>();

export class WidthController implements ReactiveController {
  /**
   * Whether the host was on screen when measured, read in the same layout. Hosts added
   * together and not drawn yet stack at one top with no height: only the first of them counts.
   * (The chart lays such a host's body out at once instead of through content-visibility,
   * which costs a chart already on screen one more pass.)
   */
  onScreen = false;
  private measured = 0;
  private observer?: ResizeObserver;
  private target?: Element | null;

  constructor(private readonly host: NamedUpdateHost & HTMLElement) {
    host.addController(this);
  }

  /**
   * The content width in CSS pixels, 0 while unknown: on connecting, the
   * host's own, measured when first asked for (so the first render is at the
   * right width and the observer's first report finds no change); then the
   * observer's.
   */
  get width(): number {
    this.measure();
    return this.measured;
  }

  /** Before the host's first render: elements added together are read before any of them draws. */
  hostUpdate(): void {
    this.measure();
  }

  private measure(): void {
    if (!unmeasured.has(this)) return;
    const tops = new Set<number>();
    for (const c of unmeasured) {
      c.measured = c.host.clientWidth;
      const r = c.host.getBoundingClientRect();
      c.onScreen = (r.height > 0 || !tops.has(r.top)) && r.top < innerHeight && r.bottom >= 0;
      tops.add(r.top);
    }
    unmeasured.clear();
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
      unmeasured.delete(this);
      if (width !== this.measured) {
        this.measured = width;
        // Named (with an old value that differs), so a resize is not taken for "the data changed in
        // place", a bare requestUpdate() (CivicElement.willUpdate), which copies and validates it all again.
        this.host.requestUpdate('civicWidth', -1);
      }
    });
    unmeasured.add(this);
    // Moved to another place on the page: measure there, without waiting for an update.
    this.target = undefined;
    this.hostUpdated();
  }

  /** After each render: watch the sizer (there from the first render on). */
  hostUpdated(): void {
    const target = this.host.shadowRoot?.querySelector('.sizer');
    if (target === this.target) return;
    if (this.target) this.observer?.unobserve(this.target);
    this.target = target;
    if (target) this.observer?.observe(target);
  }

  hostDisconnected(): void {
    unmeasured.delete(this);
    this.observer?.disconnect();
    this.target = undefined;
  }
}
