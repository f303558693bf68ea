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
 * when the width really changes, so no loop is possible.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A controller's host whose updates are named: a LitElement's requestUpdate(name, oldValue)
 * (ReactiveControllerHost's takes none). A bare requestUpdate() means "the data changed in
 * place" (CivicElement.willUpdate), which copies and validates it all again.
 */
export type NamedUpdateHost = ReactiveControllerHost & { requestUpdate(name?: PropertyKey, oldValue?: unknown): void };

export class WidthController implements ReactiveController {
  /** The content width in CSS pixels; 0 until first measured. */
  width = 0;
  private observer?: ResizeObserver;
  private target?: Element | null;

  constructor(private readonly host: NamedUpdateHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
      if (width !== this.width) {
        this.width = width;
        // Named (with an old value that differs), so a resize is not taken for "the data changed in
        // place", a bare requestUpdate() (CivicElement.willUpdate), which copies and validates it all again.
        this.host.requestUpdate('civicWidth', -1);
      }
    });
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
    this.observer?.disconnect();
    this.target = undefined;
  }
}
