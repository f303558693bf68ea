import { css, html, type TemplateResult } from 'lit';
import { CivicElement } from '../shared/civic-element.js';
import { baseStyles } from '../shared/styles.js';
import type { ProgrammeDocument, Section } from '../shared/schema.js';

/**
 * @summary Placeholder until the element's own issue is done.
 * @tag civic-priority-list
 */
export class CivicPriorityList extends CivicElement {
  static override styles = [...baseStyles, css``];
  protected readonly section: Section = 'priorities';

  protected renderContent(doc: ProgrammeDocument): TemplateResult {
    return html`<p>${doc.priorities?.length ?? 0}</p>`;
  }
}
