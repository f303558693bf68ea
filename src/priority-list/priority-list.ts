import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { CivicElement } from '../shared/civic-element.js';
import { areaStyles, baseStyles } from '../shared/styles.js';
import { areaLabel } from '../shared/i18n.js';
import { parseAreas } from '../shared/areas.js';
import { filterPriorities } from './filter.js';
import type { Priority, ProgrammeDocument, Section } from '../shared/schema.js';
import { styles } from './priority-list.styles.js';
import { STRINGS } from './strings.js';

/**
 * Lists longer than this skip laying out and painting their off-screen items
 * (content-visibility, as the timeline does): 500 priorities spent most of their
 * time in layout. Short ones do not, as estimated heights would shift the page.
 */
const LONG = 60;

/** Priorities reserved for while loading when `limit` does not say (a programme has 5–15). */
const ROWS_EXPECTED = 8;

/**
 * The programme's priorities as an ordered list: title, description and area
 * (a translated label with a colour, never colour alone). Long lists can be cut
 * to the first few with a "Show all" button that expands in place.
 *
 * @summary A municipal programme's priorities, as an ordered list.
 * @tag civic-priority-list
 *
 * @fires civic-load - Data was accepted and rendered. `detail: { data }`.
 * @fires civic-error - Data could not be loaded or was (partly) invalid. `detail: { message, issues }`.
 *
 * @csspart base - The widget's box.
 * @csspart heading - The heading (h2–h6).
 * @csspart context - Under the default heading: the programme's title and municipality.
 * @csspart list - The ordered list.
 * @csspart item - One priority.
 * @csspart number - The priority's number.
 * @csspart title - The priority's title.
 * @csspart description - The priority's description.
 * @csspart area - The area label.
 * @csspart toggle - The "Show all" / "Show fewer" button.
 * @csspart source - The source line.
 * @csspart state - The loading, empty and error boxes.
 * @csspart notice - The "n entries could not be shown" notice.
 *
 * @cssprop --civic-font-family - Font family. Default: inherited from the page.
 * @cssprop --civic-font-size - Base font size. Default: 1rem.
 * @cssprop --civic-color-text - Text colour.
 * @cssprop --civic-color-text-muted - Secondary text colour.
 * @cssprop --civic-color-background - Background colour.
 * @cssprop --civic-color-surface - Background of numbers, loading and empty boxes.
 * @cssprop --civic-color-border - Lines between items.
 * @cssprop --civic-color-accent - Links, buttons and the focus ring.
 * @cssprop --civic-color-error - Error and notice border.
 * @cssprop --civic-color-error-background - Error and notice background.
 * @cssprop --civic-space - Base spacing unit. Default: 1rem.
 * @cssprop --civic-radius - Corner radius. Default: 4px.
 * @cssprop --civic-padding - Padding inside the widget's box. Default: 0.
 * @cssprop --civic-loading-height - Height reserved while loading, so the text below does not jump when the data arrives. Default: room for `limit` priorities (8 without `limit`) at about 10rem each; set it to your list's height for no shift at all.
 * @cssprop --civic-area-health - Colour of an area; also --civic-area-care, -education, -kindergarten, -culture, -sport, -environment, -transport, -housing, -administration and -other.
 */
export class CivicPriorityList extends CivicElement {
  static override styles = [...baseStyles, areaStyles, styles];

  static override properties = {
    ...CivicElement.properties,
    area: { type: String },
    limit: { type: Number },
    expanded: { type: Boolean, reflect: true },
  };

  /** Show only these areas, comma-separated, in any case: `area="health, Helse og omsorg"`. */
  declare area: string | undefined;
  /** Show the first `limit` priorities and a button to show all. */
  declare limit: number | undefined;
  /** Whether all priorities are shown although `limit` is set. */
  declare expanded: boolean;

  protected readonly section: Section = 'priorities';
  /** Where focus goes after the list expands: the first priority that was hidden. */
  private focusIndex = -1;
  private announcement = '';

  constructor() {
    super();
    this.expanded = false;
  }

  private get strings() {
    return STRINGS[this.language];
  }

  /** Loading: room for the priorities to come (`limit` of them, else 8), so the text below stays put. */
  protected override renderLoading(): TemplateResult {
    const rows = Math.min(Math.max(Math.floor(this.limit ?? 0), 0) || ROWS_EXPECTED, 20);
    return html`<div part="state" class="state loading" role="status" data-rows=${rows}>${this.messages.loading}</div>`;
  }

  protected override emptyText(): string {
    return this.strings.empty;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Through the CSSOM, not a style attribute, which a strict CSP refuses.
    const loading = this.renderRoot.querySelector<HTMLElement>('[data-rows]');
    loading?.style.setProperty('--_rows', loading.dataset.rows!);
    if (this.focusIndex >= 0) {
      this.renderRoot.querySelector<HTMLElement>(`[data-index="${this.focusIndex}"]`)?.focus();
      this.focusIndex = -1;
    }
  }

  private toggle(shown: number, total: number): void {
    this.expanded = !this.expanded;
    this.focusIndex = this.expanded ? shown : -1;
    this.announcement = this.expanded ? this.strings.shownAll(total) : this.strings.shownFewer(shown);
  }

  protected renderContent(doc: ProgrammeDocument): TemplateResult {
    const items = filterPriorities(doc.priorities ?? [], parseAreas(this.area));
    if (!items.length) return this.renderEmpty();
    const limit = this.limit && this.limit > 0 ? Math.floor(this.limit) : items.length;
    const cut = limit < items.length;
    const shown = cut && !this.expanded ? limit : items.length;
    return html`
      <ol part="list" class="list ${items.length > LONG ? 'long' : ''}" role="list" id="list">
        ${items.map(({ priority, number }, i) => this.renderItem(priority, number, i, i >= shown))}
      </ol>
      ${cut
        ? html`<button part="toggle" class="toggle" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="list"
            @click=${() => this.toggle(limit, items.length)}>
            ${this.expanded ? this.strings.showFewer : this.strings.showAll(items.length)}
          </button>`
        : nothing}
      <div class="sr-only" role="status">${this.announcement}</div>
    `;
  }

  private renderItem(p: Priority, number: number, index: number, hidden: boolean): TemplateResult {
    // Hidden items stay in the DOM (hidden), so print can show the whole list.
    // Line breaks only inside tags: whitespace between the blocks would be nine empty text nodes an item.
    return html`<li part="item" class="item" data-index=${index} tabindex="-1" ?hidden=${hidden}
      ><span part="number" class="number">${number}<span class="sr-only">.</span></span
      ><div class="body"
        ><p part="title" class="title">${p.title}</p
        >${p.description ? html`<p part="description" class="description">${p.description}</p>` : nothing}${p.area
          ? html`<p part="area" class="area" data-area=${p.area}
              ><span class="sr-only">${this.strings.area}: </span>${areaLabel(this.language, p.area)}</p>`
          : nothing}</div
    ></li>`;
  }
}
