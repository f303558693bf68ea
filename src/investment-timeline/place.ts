/**
 * Sets style properties through the CSSOM (`style.setProperty`), never through
 * the `style` attribute. Lit's styleMap writes the attribute on the first
 * render, which a strict Content-Security-Policy without 'unsafe-inline'
 * (style-src-attr) refuses; the CSSOM is not subject to it.
 *
 *   html`<span ${place({ left: '25%', width: '50%' })}></span>`
 *
 * Every render here sets the same keys, so nothing has to be removed.
 */
import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

class PlaceDirective extends Directive {
  render(_styles: Record<string, string>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [Record<string, string>]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(styles)) style.setProperty(name, value);
    return noChange;
  }
}

export const place = directive(PlaceDirective);
