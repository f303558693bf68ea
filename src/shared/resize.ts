/**
 * Tracks the width of the element's own box (not the window), so a widget in a
 * narrow column lays itself out for that column. Updates the host when the
 * width changes by a whole pixel.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class WidthController implements ReactiveController {
  /** The host's content width in CSS pixels; 0 until first measured. */
  width = 0;
  private observer?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
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
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
