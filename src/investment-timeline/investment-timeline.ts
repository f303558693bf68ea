import { css, html, type TemplateResult } from 'lit';
import { CivicElement } from '../shared/civic-element.js';
import { baseStyles } from '../shared/styles.js';
import type { ProgrammeDocument, Section } from '../shared/schema.js';

/**
 * @summary Placeholder until the element's own issue is done.
 * @tag civic-investment-timeline
 */
export class CivicInvestmentTimeline extends CivicElement {
  static override styles = [...baseStyles, css``];
  protected readonly section: Section = 'investments';

  protected renderContent(doc: ProgrammeDocument): TemplateResult {
    return html`<p>${doc.investments?.length ?? 0}</p>`;
  }
}
