/**
 * What the three elements share: taking data from `data`, an inline JSON
 * script or `src` (in that order); validating it; the loading, empty, error
 * and partial states; the heading; language and theme; and the two events.
 * An element extends this and draws its own section in `renderContent()`.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { MESSAGES, normaliseLang, resolveLang, type Lang, type Messages } from './i18n.js';
import { LoadError, loadJson } from './loader.js';
import { validate, type Issue, type ValidationResult } from './validate.js';
import type { ProgrammeDocument, Section } from './schema.js';
import { emit } from './events.js';
import { formatDate } from './format.js';
import { VERSION } from './version.js';

export type CivicStatus = 'loading' | 'ready' | 'empty' | 'error';

interface Failure {
  message: string;
  issues: Issue[];
}

/** validate() never throws on JSON; a Proxy or a throwing getter set as `data` could. */
function safeValidate(input: unknown, lang: Lang, section: Section): ValidationResult {
  try {
    return validate(input, lang, section);
  } catch {
    return validate(null, lang, section);
  }
}

/** How many issues are listed in the widget; the event always carries all. */
const SHOWN_ISSUES = 8;

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

  /** The data, set from JavaScript: a programme document or a bare array of this element's section. Wins over inline JSON and `src`. */
  declare data: unknown;
  /** URL of a JSON file to fetch. Several elements with one `src` share one request. */
  declare src: string | undefined;
  /** `nb` (default), `nn` or `en`; when absent, the nearest ancestor's `lang`, then the document's. */
  declare lang: string;
  /** Overrides the heading taken from the data (`title`); `heading=""` hides it. */
  declare heading: string | undefined;
  /** The heading's level, 2–6, so it fits the host page's outline. Default 2. */
  declare headingLevel: number;
  /** `light` (default), `dark`, or `auto` to follow the reader's colour scheme. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** How long to wait for `src`, in milliseconds. Default 15000. */
  declare timeout: number;
  /** The inline JSON child's text and what it parsed to (parsed once per text, so the data keeps its identity). */
  private inline?: { text: string; value?: unknown; broken?: boolean };

  /** The language the element speaks now, resolved from `lang` and its ancestors. */
  protected language: Lang = 'nb';
  private inputSeen: unknown;
  private validated?: ValidationResult;
  private announced: unknown;
  private observer?: MutationObserver;
  private waitTimer?: ReturnType<typeof setTimeout>;
  private waited = false;

  /**
   * The request for `src` in force: which URL (and timeout) it is for, its
   * result when done, and how to abandon it. A newer request replaces it, and
   * the old one's answer is then ignored (@lit/task did this for 0.6 KB more).
   */
  private request?: { key: string; controller: AbortController; value?: unknown; error?: unknown; done?: boolean };

  constructor() {
    super();
    this.headingLevel = 2;
    this.timeout = 15000;
  }

  /** `loading`, `ready`, `empty` or `error`; a partial result is `ready` with `leftOut > 0`. */
  get status(): CivicStatus {
    return this.state().status;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readInline();
    // A CMS may give us the inline JSON after we are upgraded, or change it later.
    this.observer = new MutationObserver(() => this.readInline());
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
    if (!this.request && this.src) this.requestUpdate();
    // Still nothing to show after the timeout: say so (an editor forgot src), rather than "Laster …" for ever.
    this.waited = false;
    this.waitTimer = setTimeout(() => {
      this.waited = true;
      this.requestUpdate();
    }, this.timeout > 0 ? this.timeout : 15000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.waitTimer);
    this.observer?.disconnect();
    // Leaving mid-request abandons it; coming back loads again (see willUpdate).
    if (!this.request?.done) this.abandon();
  }

  private readInline(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    // An empty script (a CMS placeholder) is no data: src may still load.
    const text = script?.textContent?.trim() ? script.textContent : undefined;
    if (text === this.inline?.text) return;
    if (text === undefined) this.inline = undefined;
    else {
      try {
        this.inline = { text, value: JSON.parse(text) as unknown };
      } catch {
        this.inline = { text, broken: true };
      }
    }
    this.requestUpdate();
  }

  protected get messages(): Messages {
    return MESSAGES[this.language];
  }

  /** The input in force, by the contract's precedence, or why there is none. */
  private input(): { value?: unknown; failure?: Failure; loading?: boolean; from?: unknown } {
    const m = this.messages;
    if (this.data !== undefined) return { value: this.data };
    if (this.inline) return this.inline.broken ? { failure: { message: m.errorParse, issues: [] }, from: this.inline } : { value: this.inline.value };
    if (!this.src) return this.waited ? { failure: { message: m.errorNoInput, issues: [] }, from: 'no-input' } : { loading: true };
    const r = this.request;
    if (r?.done && !r.error) return { value: r.value };
    if (r?.done) {
      const e = r.error;
      if (!(e instanceof LoadError)) return { loading: true };
      const message =
        e.kind === 'status' ? m.errorStatus(e.url, e.status ?? 0)
          : e.kind === 'timeout' ? m.errorTimeout(e.url, Math.round((e.timeout ?? 0) / 100) / 10)
            : e.kind === 'parse' ? m.errorParse
              : m.errorNetwork(e.url);
      return { failure: { message, issues: [] }, from: r };
    }
    return { loading: true };
  }

  /** Everything a render needs, derived from the input; validation is redone only when input or language change. */
  protected state(): {
    status: CivicStatus;
    doc?: ProgrammeDocument;
    failure?: Failure;
    issues: Issue[];
    leftOut: number;
    key?: unknown;
  } {
    const input = this.input();
    if (input.loading) return { status: 'loading', issues: [], leftOut: 0 };
    // A failure is announced once per source (this request, this inline text), not per message text.
    if (input.failure) return { status: 'error', failure: input.failure, issues: input.failure.issues, leftOut: 0, key: input.from };
    const key = input.value;
    const section = this.section;
    const result = this.validated && Object.is(this.inputSeen, key) && this.validatedLang === this.language
      ? this.validated
      : (this.validated = safeValidate(key, this.language, section));
    this.inputSeen = key;
    this.validatedLang = this.language;
    const others = ['priorities', 'investments', 'finances'].filter((s) => s !== section);
    // Problems in another element's section are not this element's business.
    const issues = result.issues.filter((i) => !others.some((s) => i.path.startsWith(s)));
    const m = this.messages;
    if (!result.data) return { status: 'error', failure: { message: m.errorShape, issues }, issues, leftOut: 0, key };
    const items = result.data[section] as unknown[];
    const leftOut = result.dropped[section];
    if (items.length === 0 && leftOut > 0) {
      const failure = { message: m.errorNoValid(result.total[section]), issues };
      return { status: 'error', failure, issues, leftOut, key };
    }
    return { status: items.length ? 'ready' : 'empty', doc: result.data, issues, leftOut, key };
  }
  private validatedLang?: Lang;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The property first: it is reflected to the attribute only later in this update.
    this.language = normaliseLang(this.lang) ?? resolveLang(this);
    // src counts only when neither data nor inline JSON is given; anything else abandons its request.
    const src = this.data === undefined && !this.inline ? this.src : undefined;
    const timeout = Number.isFinite(this.timeout) && this.timeout > 0 ? Math.min(this.timeout, 2 ** 31 - 1) : 15000;
    const key = src ? `${timeout} ${src}` : '';
    if (key !== (this.request?.key ?? '')) {
      this.abandon();
      if (src) this.fetchSrc(key, src, timeout);
    }
  }

  private abandon(): void {
    this.request?.controller.abort();
    this.request = undefined;
  }

  private fetchSrc(key: string, src: string, timeout: number): void {
    const request: NonNullable<typeof this.request> = { key, controller: new AbortController() };
    this.request = request;
    loadJson(src, { signal: request.controller.signal, timeout })
      .then((value) => (request.value = value), (error: unknown) => (request.error = error))
      .then(() => {
        request.done = true;
        if (this.request === request) this.requestUpdate();
      });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const s = this.state();
    // Announce each new input once, after it is on screen; a language change is not a new input.
    if (s.status === 'loading' || Object.is(s.key, this.announced)) return;
    this.announced = s.key;
    if (s.doc) emit(this, 'civic-load', { data: s.doc });
    if (s.failure) emit(this, 'civic-error', s.failure);
    else if (s.issues.length) emit(this, 'civic-error', { message: this.leftOutText(s.leftOut, s.issues), issues: s.issues });
  }

  private leftOutText(leftOut: number, issues: Issue[]): string {
    return leftOut ? this.messages.partial(leftOut) : issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  }

  override render(): TemplateResult {
    const s = this.state();
    const loading = s.status === 'loading';
    return html`<div part="base" class="base" aria-busy=${loading ? 'true' : 'false'}>
      <div class="sizer"></div>
      ${this.renderHeading(s.doc)}
      ${loading ? this.renderLoading()
        : s.status === 'error' ? this.renderError(s.failure!)
          : s.status === 'empty' ? this.renderEmpty()
            : this.renderContent(s.doc!)}
      ${s.status !== 'error' && s.leftOut ? this.renderNotice(this.messages.partial(s.leftOut), s.issues) : nothing}
      ${s.doc && s.status !== 'error' ? this.renderSource(s.doc) : nothing}
    </div>`;
  }

  /** The heading's text: the `heading` attribute, else the data's title (`heading=""` hides it). */
  protected headingFor(doc: ProgrammeDocument | undefined): string | undefined {
    return this.heading ?? doc?.title;
  }

  /** The heading from `heading`, else the data's title; a real h2–h6 so it fits the page outline. */
  protected renderHeading(doc: ProgrammeDocument | undefined): TemplateResult | typeof nothing {
    const text = this.headingFor(doc);
    if (!text) return nothing;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    switch (level) {
      case 3: return html`<h3 part="heading" class="heading">${text}</h3>`;
      case 4: return html`<h4 part="heading" class="heading">${text}</h4>`;
      case 5: return html`<h5 part="heading" class="heading">${text}</h5>`;
      case 6: return html`<h6 part="heading" class="heading">${text}</h6>`;
      default: return html`<h2 part="heading" class="heading">${text}</h2>`;
    }
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

  private renderNotice(message: string, issues: Issue[]): TemplateResult {
    return html`<div part="notice" class="notice" role="status">
      ${message}
      ${issues.length ? html`<details><summary>${this.messages.partialDetails}</summary>${this.renderIssueList(issues)}</details>` : nothing}
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
