/**
 * The width the timeline has to draw in, measured on a zero-height element at
 * the top of its own content rather than on the host.
 *
 * Why not the shared WidthController (which observes the host): switching
 * between the wide and the narrow layout changes the host's *height* inside
 * the ResizeObserver callback (Lit updates in a microtask), and the browser then
 * reports "ResizeObserver loop completed with undelivered notifications" as a
 * window error — which error monitors on host pages, and the test runner,
 * treat as a failure. A sizer whose height is always 0 changes size only when
 * the width really changes, so no loop is possible.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class SizerWidth implements ReactiveController {
  /** The content width in CSS pixels; 0 until first measured. */
  width = 0;
  private observer?: ResizeObserver;
  private target?: Element | null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly selector: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
      if (width !== this.width) {
        this.width = width;
        this.host.requestUpdate();
      }
    });
    // Moved to another place on the page: measure there, without waiting for an update.
    this.target = undefined;
    this.hostUpdated();
  }

  /** After each render: watch the sizer that is there now (it comes and goes with the states). */
  hostUpdated(): void {
    const target = this.host.shadowRoot?.querySelector(this.selector);
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
