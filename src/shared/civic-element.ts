/**
 * What the three elements share: taking data from `data`, an inline JSON
 * script or `src` (in that order); validating it; the loading, empty, error
 * and partial states; the heading; language and theme; and the two events.
 * An element extends this and draws its own section in `renderContent()`.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { MESSAGES, normaliseLang, resolveLang, type Lang, type Messages } from './i18n.js';
import { DataController, type CivicStatus, type DataState, type Failure } from './data-controller.js';
import type { Issue } from './validate.js';
import type { ProgrammeDocument, Section } from './schema.js';
import { formatDate, programmeContext } from './format.js';
import { VERSION } from './version.js';

export type { CivicStatus };

/** How many issues are listed in the widget; the event always carries all. */
const SHOWN_ISSUES = 8;
/** A typical programme context (the founding example's), held unseen while loading. */
const TYPICAL_CONTEXT = 'Handlingsprogram 2017–2020, Asker kommune';

export abstract class CivicElement extends LitElement {
  static override properties = {
    data: { attribute: false },
    src: { type: String, reflect: true },
    lang: { type: String, reflect: true },
    heading: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    theme: { type: String, reflect: true },
    timeout: { type: Number },
  };

  /** The library version that defined this element (seen when two copies meet). */
  static version = VERSION;

  /** The section of the programme document this element shows. */
  protected abstract readonly section: Section;

  /**
   * The data, set from JavaScript: a programme document or a bare array of this element's section. Wins over inline JSON and `src`.
   * The element keeps its own read-only copy: set a new object, or call `requestUpdate()` after changing it in place.
   */
  declare data: unknown;
  /** URL of a JSON file to fetch. Several elements with one `src` share one request in flight. */
  declare src: string | undefined;
  /** `nb` (default), `nn` or `en`; when absent, the nearest ancestor's `lang`, then the document's. */
  declare lang: string;
  /** Overrides the default heading, the element's own subject ("Prioriteringer", with the programme's title as context under it); `heading=""` hides it. */
  declare heading: string | undefined;
  /** The heading's level, 2–6, so it fits the host page's outline. Default 2. */
  declare headingLevel: number;
  /** `light` (default), `dark`, or `auto` to follow the reader's colour scheme. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** How long to wait for `src` (and for any input at all), in milliseconds; this element's own. Default 15000; `Infinity` waits as long as the browser does. */
  declare timeout: number;

  /** The language the element speaks now, resolved from `lang` and its ancestors. */
  protected language: Lang = 'nb';

  /** The data layer: input, request, copy, validation, events (see data-controller.ts). */
  private readonly input: DataController;

  constructor() {
    super();
    this.headingLevel = 2;
    this.timeout = 15000;
    // The section is a field of the subclass, set after this constructor: read it lazily.
    this.input = new DataController(this, () => this.section, () => this.language, () => this.inputChanged());
  }

  /** `loading`, `ready`, `empty` or `error`; a partial result is `ready` with `leftOut > 0`. */
  get status(): CivicStatus {
    return this.input.state.status;
  }

  /** Loads the data again: fetches `src` anew (revalidating the HTTP cache), re-reads inline JSON, or re-copies `data`. */
  reload(): void {
    this.input.reload();
  }

  protected get messages(): Messages {
    return MESSAGES[this.language];
  }

  /** What to render now (see DataController). */
  protected state(): DataState {
    return this.input.state;
  }

  /** A new input replaced the old one; elements reset what belonged to the old data. */
  protected inputChanged(): void {}

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The property first: it is reflected to the attribute only later in this update.
    this.language = normaliseLang(this.lang) ?? resolveLang(this);
    // A bare requestUpdate() is how Lit code says "I changed the data in place".
    if (!changed.size) this.input.dataMayHaveChanged();
  }

  override render(): TemplateResult {
    const s = this.state();
    const loading = s.status === 'loading';
    return html`<div part="base" class="base" aria-busy=${loading ? 'true' : 'false'}>
      <div class="sizer"></div>
      ${this.renderHeading(s.doc, loading)}
      ${loading ? this.renderLoading()
        : s.status === 'error' ? this.renderError(s.failure!)
          : s.status === 'empty' ? this.renderEmpty()
            : this.renderContent(s.doc!)}
      ${s.status !== 'error' && s.issues.length ? this.renderNotice(s) : nothing}
      ${s.doc && s.status !== 'error' ? this.renderSource(s.doc) : nothing}
    </div>`;
  }

  /** The heading's text: the `heading` attribute, else the element's own subject ("Prioriteringer"); `heading=""` hides it. */
  protected headingFor(_doc?: ProgrammeDocument): string {
    return this.heading ?? this.messages.headings[this.section];
  }

  /** What names this programme in files and labels: the `heading` attribute, else the data's title. */
  protected titleFor(doc: ProgrammeDocument | undefined): string | undefined {
    return this.heading ?? doc?.title;
  }

  /** Under the default heading, the programme it belongs to: "Handlingsprogram 2017–2020, Asker kommune". */
  protected contextFor(doc: ProgrammeDocument | undefined): string {
    return this.heading !== undefined || !doc ? '' : programmeContext(doc.title, doc.municipality);
  }

  /** The heading (a real h2–h6, so it fits the page outline) and, under the default one, its context. */
  protected renderHeading(doc: ProgrammeDocument | undefined, loading = false): TemplateResult | typeof nothing {
    const text = this.headingFor(doc);
    if (!text) return nothing;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    // While loading, typical words (unseen: .ghost) hold the context's place, so it
    // takes the lines it will take at this width and font and does not push the page when it comes.
    const context = loading && this.heading === undefined ? TYPICAL_CONTEXT : this.contextFor(doc);
    const heading = level === 3 ? html`<h3 part="heading" class="heading">${text}</h3>`
      : level === 4 ? html`<h4 part="heading" class="heading">${text}</h4>`
        : level === 5 ? html`<h5 part="heading" class="heading">${text}</h5>`
          : level === 6 ? html`<h6 part="heading" class="heading">${text}</h6>`
            : html`<h2 part="heading" class="heading">${text}</h2>`;
    return context
      ? html`${heading}<p part="context" class=${loading ? 'context ghost' : 'context'} aria-hidden=${loading ? 'true' : 'false'}>${context}</p>`
      : heading;
  }

  /** Loading: the space the content will take is reserved; elements override to match their shape. */
  protected renderLoading(): TemplateResult {
    return html`<div part="state" class="state loading" role="status">${this.messages.loading}</div>`;
  }

  protected renderEmpty(): TemplateResult {
    return html`<p part="state" class="state empty">${this.emptyText()}</p>`;
  }

  /** The empty state's words; elements say what is missing ("Ingen prioriteringer å vise"). */
  protected emptyText(): string {
    return this.messages.empty;
  }

  protected renderError(failure: Failure): TemplateResult {
    return html`<div part="state error" class="state error">
      <div role="alert"><strong>${this.messages.errorTitle}</strong> <span>${failure.message}</span></div>
      ${this.renderIssueList(failure.issues)}
    </div>`;
  }

  /** "2 oppføringer kunne ikke vises." and/or "1 felt i dokumentet kunne ikke brukes.", with the problems behind a toggle. */
  private renderNotice(s: DataState): TemplateResult {
    const m = this.messages;
    return html`<div part="notice" class="notice" role="status">
      ${s.leftOut ? m.partial(s.leftOut) : nothing} ${s.documentIssues ? m.partialDocument(s.documentIssues) : nothing}
      <details><summary>${m.partialDetails}</summary>${this.renderIssueList(s.issues)}</details>
    </div>`;
  }

  private renderIssueList(issues: Issue[]): TemplateResult | typeof nothing {
    if (!issues.length) return nothing;
    const more = issues.length - SHOWN_ISSUES;
    return html`<ul class="issues">
      ${issues.slice(0, SHOWN_ISSUES).map((i) => html`<li>${i.path ? html`<code>${i.path}</code>: ` : nothing}${i.message}</li>`)}
      ${more > 0 ? html`<li>… +${more}</li>` : nothing}
    </ul>`;
  }

  /**
   * The source line's pieces, for the page and for exported files alike:
   * "Kilde" + "Asker kommune" + ", 6. desember 2016"; `href` only when http(s) or relative.
   */
  protected sourceParts(doc: ProgrammeDocument): { label: string; name: string; href?: string; date: string } | undefined {
    const source = doc.source;
    const name = source?.name?.trim() || source?.url;
    if (!name) return undefined;
    const date = source!.date ? `, ${formatDate(source!.date, this.language)}` : '';
    return { label: this.messages.source, name, href: safeUrl(source!.url), date };
  }

  /** "Kilde: Asker kommune, 6. desember 2016", linked only when the URL is http(s) or relative. */
  protected renderSource(doc: ProgrammeDocument): TemplateResult | typeof nothing {
    const s = this.sourceParts(doc);
    if (!s) return nothing;
    return html`<p part="source" class="source">
      ${s.label}: ${s.href ? html`<a href=${s.href}>${s.name}</a>` : s.name}${s.date}
    </p>`;
  }

  /** Draws the element's section; called only when there is at least one valid item. */
  protected abstract renderContent(doc: ProgrammeDocument): TemplateResult;
}

/** A URL from the data is used only when it is http(s) or relative; anything else (javascript:, data:) is dropped. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url?.trim()) return undefined;
  // The browser's own parser decides, as it will when the link is followed: it drops tabs,
  // newlines and control characters, so "java\nscript:" is javascript: too.
  try {
    return /^https?:$/.test(new URL(url, document.baseURI).protocol) ? url.trim() : undefined;
  } catch {
    return undefined;
  }
}
