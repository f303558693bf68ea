import { html, type TemplateResult } from 'lit';

/**
 * Text as seen, and as a screen reader should get it: without soft hyphens (said as a break or
 * spelt out inside a name) and without spaces between digits ("4 307" is read as two numbers).
 * When the two differ, the seen text is hidden from the accessibility tree and the heard text
 * hidden from the eye.
 */
export function spoken(seen: string): string | TemplateResult {
  const heard = seen.replace(/\u00ad/g, '').replace(/(\d)[\u00a0\u202f ](?=\d)/g, '$1');
  return heard === seen ? seen : html`<span aria-hidden="true">${seen}</span><span class="sr-only">${heard}</span>`;
}
