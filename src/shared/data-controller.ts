/**
 * The data layer of every element, as a Lit reactive controller: it takes the
 * input by the contract's precedence (`data`, inline JSON, `src`), fetches
 * with abort and a per-element timeout, gives the element its own read-only
 * copy, validates it, works out the state to render, and announces each new
 * input once (`civic-load` / `civic-error`). The element only draws states.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MESSAGES, type Lang } from './i18n.js';
import { LoadError, loadJson } from './loader.js';
import { validate, type Issue } from './validate.js';
import { SECTIONS, type ProgrammeDocument, type Section } from './schema.js';
import { emit } from './events.js';

export type CivicStatus = 'loading' | 'ready' | 'empty' | 'error';

export interface Failure {
  message: string;
  issues: Issue[];
}

export interface DataState {
  status: CivicStatus;
  /** The valid part of the document (a frozen copy), when there is something to draw. */
  doc?: ProgrammeDocument;
  failure?: Failure;
  /** Problems in this element's section and in the document's own fields. */
  issues: Issue[];
  /** Items of this element's section left out as invalid. */
  leftOut: number;
  /** How many document-level fields (title, period, …) were left out. */
  documentIssues: number;
}

const LOADING: DataState = { status: 'loading', issues: [], leftOut: 0, documentIssues: 0 };
const DEFAULT_TIMEOUT = 15000;

/** The `timeout` attribute in ms, read in one place: invalid or ≤ 0 → 15 s; Infinity → no limit (undefined). */
export function timeoutMs(value: unknown): number | undefined {
  const n = Number(value);
  if (n === Infinity) return undefined;
  return Number.isFinite(n) && n > 0 ? Math.min(n, 2 ** 31 - 1) : DEFAULT_TIMEOUT;
}

/** Freezes an object graph without recursion, so deep input cannot overflow the stack. */
function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
      Object.freeze(v);
      for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
    }
  }
  return value;
}

/**
 * A read-only copy. structuredClone keeps NaN and Infinity for the validator to report;
 * it refuses proxies (a Vue `ref`, a MobX store), which JSON reads through. What neither
 * can copy (cycles, throwing getters) is no document.
 */
function frozenCopy(value: unknown): unknown {
  try {
    return deepFreeze(structuredClone(value));
  } catch {
    try {
      return deepFreeze(JSON.parse(JSON.stringify(value)) as unknown);
    } catch {
      return undefined;
    }
  }
}

/**
 * The civic-load event's detail: its own read-only copy of the document, made when a
 * listener first reads `data` (most listeners only want to know it is drawn; 50 charts
 * made 50 copies nobody read). The document is frozen, so the copy is the same later.
 */
function loadDetail(doc: ProgrammeDocument): { data: ProgrammeDocument } {
  let copy: ProgrammeDocument | undefined;
  return {
    get data() {
      return (copy ??= frozenCopy(doc) as ProgrammeDocument);
    },
  };
}

/** What the controller needs from its element. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  data: unknown;
  src: string | undefined;
  timeout: number;
}

interface Request {
  src: string;
  timeout: number | undefined;
  controller: AbortController;
  value?: unknown;
  error?: unknown;
  done?: boolean;
}

export class DataController implements ReactiveController {
  /** What to render now; recomputed in the host's update. */
  state: DataState = LOADING;

  private inline?: { text: string; value?: unknown; broken?: boolean };
  private request?: Request;
  /** The last document `src` gave, shown while reload() fetches it again. */
  private shown?: unknown;
  private observer?: MutationObserver;
  private waitTimer?: ReturnType<typeof setTimeout>;
  private waited = false;
  /** The raw input last judged, and the language it was judged in. */
  private judged?: { input: unknown; lang: Lang };
  private reread = false;
  private announced: unknown;

  constructor(
    private readonly host: DataHost,
    /** The element's section (a getter: subclasses set it after the base constructor). */
    private readonly section: () => Section,
    /** The element's language, resolved in its willUpdate (before hostUpdate runs). */
    private readonly lang: () => Lang,
    /** Called when a new input replaces the old one (not on a language change). */
    private readonly changed: () => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.readInline();
    // A CMS may give us the inline JSON after we are upgraded, or change it later.
    this.observer = new MutationObserver(() => this.readInline());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    // Still nothing to show after the timeout: say so (an editor forgot src), rather than "Laster …" for ever.
    this.waited = false;
    const wait = timeoutMs(this.host.timeout);
    if (wait !== undefined) {
      this.waitTimer = setTimeout(() => {
        this.waited = true;
        this.host.requestUpdate();
      }, wait);
    }
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.waitTimer);
    this.observer?.disconnect();
    // Leaving mid-request abandons it; coming back loads again.
    if (!this.request?.done) this.abandon();
  }

  /** Reads the data again: copies `data` anew, re-reads inline JSON, fetches `src` again past the HTTP cache. */
  reload(): void {
    this.reread = true;
    this.inline = undefined;
    this.readInline();
    const r = this.request;
    if (r) {
      // The old document stays on show until the new one arrives, and only the new one is announced.
      this.abandon();
      this.fetch(r.src, r.timeout, true);
    } else this.announced = undefined;
    this.host.requestUpdate();
  }

  /** A bare requestUpdate() after changing `data` in place: judge it again (called from the host's willUpdate). */
  dataMayHaveChanged(): void {
    if (this.host.data !== undefined) this.reread = true;
  }

  hostUpdate(): void {
    const host = this.host;
    // src counts only when neither data nor inline JSON is given; anything else abandons its request.
    const src = host.data === undefined && !this.inline ? host.src || undefined : undefined;
    const timeout = timeoutMs(host.timeout);
    const r = this.request;
    if (src !== r?.src || (src && timeout !== r?.timeout && !r?.done)) {
      this.abandon();
      this.shown = undefined;
      if (src) this.fetch(src, timeout, false);
    }
    this.state = this.compute();
  }

  hostUpdated(): void {
    const s = this.state;
    // Announce each new input once, after it is on screen; a language change is not a new input.
    if (s.status === 'loading' || Object.is(this.judged?.input, this.announced)) return;
    this.announced = this.judged?.input;
    const m = MESSAGES[this.lang()];
    if (s.doc) emit(this.host, 'civic-load', loadDetail(s.doc));
    if (s.failure) emit(this.host, 'civic-error', s.failure);
    else if (s.issues.length) {
      const message = [s.leftOut ? m.partial(s.leftOut) : '', s.documentIssues ? m.partialDocument(s.documentIssues) : '']
        .filter(Boolean).join(' ');
      emit(this.host, 'civic-error', { message, issues: s.issues });
    }
  }

  private readInline(): void {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    // An empty script (a CMS placeholder) is no data: src may still load.
    const text = script?.textContent?.trim() ? script.textContent : undefined;
    if (text === this.inline?.text) return;
    if (text === undefined) this.inline = undefined;
    else {
      try {
        // Parsed here, so no one else holds it: frozen, not copied.
        this.inline = { text, value: deepFreeze(JSON.parse(text) as unknown) };
      } catch {
        this.inline = { text, broken: true };
      }
    }
    this.host.requestUpdate();
  }

  private abandon(): void {
    this.request?.controller.abort();
    this.request = undefined;
  }

  private fetch(src: string, timeout: number | undefined, reload: boolean): void {
    const request: Request = { src, timeout, controller: new AbortController() };
    this.request = request;
    loadJson(src, { signal: request.controller.signal, timeout, reload })
      // Parsed by the loader for the elements that share the request, and given to no one else:
      // frozen, not copied (the elements may share one frozen document).
      .then((value) => (request.value = deepFreeze(value)), (error: unknown) => (request.error = error))
      .then(() => {
        request.done = true;
        if (this.request === request) this.host.requestUpdate();
      });
  }

  /** The raw input in force, by the contract's precedence, or the failure that stands for it. */
  private input(): { value?: unknown; failure?: Failure; loading?: boolean } {
    const m = MESSAGES[this.lang()];
    const host = this.host;
    if (host.data !== undefined) return { value: host.data };
    if (this.inline) return this.inline.broken ? { failure: { message: m.errorParse, issues: [] } } : { value: this.inline.value };
    const r = this.request;
    if (!r) return this.waited ? { failure: { message: m.errorNoInput, issues: [] } } : { loading: true };
    if (!r.done) return this.shown !== undefined ? { value: this.shown } : { loading: true };
    if (!r.error) return { value: (this.shown = r.value) };
    const e = r.error;
    if (!(e instanceof LoadError)) return { loading: true };
    const message =
      e.kind === 'status' ? m.errorStatus(e.url, e.status ?? 0)
        : e.kind === 'timeout' ? m.errorTimeout(e.url, Math.round((e.timeout ?? 0) / 100) / 10)
          : e.kind === 'parse' ? m.errorParse
            : m.errorNetwork(e.url);
    return { failure: { message, issues: [] } };
  }

  /** The state for the input in force; validation is redone only for a new input, a new language or a reread. */
  private compute(): DataState {
    const input = this.input();
    if (input.loading) return LOADING;
    // A failure stands for its source: announced once per request or inline text.
    const key = input.failure ? this.request ?? this.inline ?? 'no-input' : input.value;
    const lang = this.lang();
    if (!this.reread && this.judged && Object.is(this.judged.input, key) && this.judged.lang === lang) return this.state;
    if (!Object.is(this.judged?.input, key)) this.changed();
    this.judged = { input: key, lang };
    // Data set from code is copied each time it is judged, so the element's copy never changes under it.
    const value = this.host.data !== undefined ? frozenCopy(input.value) : input.value;
    this.reread = false;
    if (input.failure) return { ...LOADING, status: 'error', failure: input.failure, issues: input.failure.issues };
    return this.judge(value, lang);
  }

  private judge(value: unknown, lang: Lang): DataState {
    const m = MESSAGES[lang];
    const section = this.section();
    const result = validate(value, lang, section);
    const others = SECTIONS.filter((s) => s !== section);
    // Problems in another element's section are not this element's business.
    const issues = result.issues.filter((i) => !others.some((s) => i.path.startsWith(s)));
    const documentIssues = issues.filter((i) => !i.path.startsWith(section)).length;
    const base = { issues, leftOut: 0, documentIssues };
    if (!result.data) return { ...base, status: 'error', failure: { message: m.errorShape, issues } };
    if (!result.present[section]) {
      return { ...base, status: 'error', failure: { message: m.errorSection(section, m.sections[section]), issues } };
    }
    const items = result.data[section] as unknown[];
    const leftOut = result.dropped[section];
    if (!items.length && leftOut) return { ...base, leftOut, status: 'error', failure: { message: m.errorNoValid(result.total[section]), issues } };
    return { ...base, leftOut, status: items.length ? 'ready' : 'empty', doc: deepFreeze(result.data) };
  }
}
