/**
 * What every demo page shares: the language switch (bokmål by default, nynorsk,
 * English) and the theme switch in the page's header, both kept in the URL
 * (?lang=nn&theme=dark) and carried along by the links between the pages.
 * The page's HTML holds the bokmål words; on a switch, every element marked
 * `data-t="key"` gets the key's words from strings.ts (`data-t-label`,
 * `data-t-content` and `data-t-heading` set those attributes instead), and
 * the civic elements marked `data-follow` take the page's language and theme
 * (`data-follow="lang"` or `"theme"`: only that one).
 */
import { normaliseLang } from '../src/shared/i18n.js';
import { h } from './dom.js';
import { STRINGS, type DemoStrings, type Lang } from './strings.js';

export type Theme = 'light' | 'dark' | 'auto';
export interface PageState { lang: Lang; theme: Theme; strings: DemoStrings }

/** Text with `code` in backticks and *emphasis* in stars, as nodes (text stays text, never markup). */
export function markup(text: string): Node[] {
  return text.split('`').flatMap((part, i) => (i % 2
    ? [h('code', {}, part)]
    : part.split('*').map((bit, j) => (j % 2 ? h('em', {}, bit) : document.createTextNode(bit)))));
}

/** The words for a `data-t` key: `frame.x` from the frame's words, anything else from the page's. */
export function words(s: DemoStrings, key: string): string {
  const [group, name] = key.split(/\.(.*)/s);
  const found = group === 'frame' ? s.frame[name as keyof DemoStrings['frame']] : s.page[key];
  if (found === undefined) throw new Error(`demo/strings.ts has no words for "${key}"`);
  return found;
}

function translate(s: DemoStrings, lang: Lang): void {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) {
    // <title> and <option> hold plain text; everything else may have `code` and *emphasis*.
    if (el instanceof HTMLTitleElement) el.textContent = words(s, el.dataset.t!);
    else el.replaceChildren(...markup(words(s, el.dataset.t!)));
  }
  for (const [key, name] of [['tLabel', 'aria-label'], ['tContent', 'content'], ['tHeading', 'heading']] as const) {
    const data = `data-${key.replace(/[A-Z]/, (c) => `-${c.toLowerCase()}`)}`;
    for (const el of document.querySelectorAll<HTMLElement>(`[${data}]`)) el.setAttribute(name, words(s, el.dataset[key]!));
  }
}

/** Keeps ?lang and ?theme in the address and in the links to the other demo pages. */
function remember(state: PageState): void {
  const set = (url: URL) => {
    if (state.lang === 'nb') url.searchParams.delete('lang');
    else url.searchParams.set('lang', state.lang);
    if (state.theme === 'auto') url.searchParams.delete('theme');
    else url.searchParams.set('theme', state.theme);
  };
  const here = new URL(location.href);
  set(here);
  history.replaceState(history.state, '', here);
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-page]')) {
    const url = new URL(a.getAttribute('href')!.split('?')[0], location.href);
    set(url);
    a.href = `./${url.pathname.split('/').pop()}${url.search}${url.hash}`;
    if (a.closest('header') && url.pathname === location.pathname) a.setAttribute('aria-current', 'page');
  }
}

/**
 * Wires the switches of the page (the form `.page-switches`); `onChange` runs
 * after every change of language or theme, and once at the start.
 */
export function startPage(onChange: (state: PageState, langChanged: boolean) => void = () => {}): PageState {
  const params = new URLSearchParams(location.search);
  const lang = normaliseLang(params.get('lang')) ?? 'nb';
  const theme = (['light', 'dark'] as const).find((t) => t === params.get('theme')) ?? 'auto';
  const state: PageState = { lang, theme, strings: STRINGS[lang] };
  const form = document.querySelector<HTMLFormElement>('form.page-switches')!;
  const radio = (name: string, value: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
  radio('lang', lang).checked = true;
  radio('theme', theme).checked = true;
  const apply = (langChanged: boolean) => {
    state.strings = STRINGS[state.lang];
    if (langChanged) translate(state.strings, state.lang);
    if (state.theme === 'auto') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = state.theme;
    // data-follow: the element takes the page's language and theme; "lang" or "theme": only that one.
    for (const el of document.querySelectorAll<HTMLElement>('[data-follow]')) {
      const follow = el.dataset.follow;
      if (follow !== 'theme') el.setAttribute('lang', state.lang);
      if (follow !== 'lang') el.setAttribute('theme', state.theme);
    }
    remember(state);
    onChange(state, langChanged);
  };
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement;
    if (input.name === 'lang') state.lang = input.value as Lang;
    if (input.name === 'theme') state.theme = input.value as Theme;
    apply(input.name === 'lang');
  });
  // The HTML is in bokmål: only another language needs translating at the start.
  apply(lang !== 'nb');
  return state;
}

/**
 * Builds a part of the page anew (in another language), keeping what the
 * reader typed and chose there: the values of its controls, by id, are put
 * back and announced with input and change events, as if typed again.
 */
export function rebuildKeeping(root: HTMLElement, rebuild: () => void): void {
  const controls = () => [...root.querySelectorAll<HTMLInputElement>('input[id], select[id], textarea[id]')];
  const before = new Map(controls().map((c) => [c.id, { value: c.value, checked: c.checked }]));
  rebuild();
  for (const c of controls()) {
    const was = before.get(c.id);
    if (!was || c.readOnly) continue;
    if (c.type === 'radio' || c.type === 'checkbox') {
      if (c.checked === was.checked) continue;
      c.checked = was.checked;
    } else {
      if (c.value === was.value) continue;
      c.value = was.value;
    }
    c.dispatchEvent(new Event('input', { bubbles: true }));
    c.dispatchEvent(new Event('change', { bubbles: true }));
  }
}
