/**
 * Tokens and base styles shared by the three elements. Public custom
 * properties are `--civic-*`; each has a default per theme. Private `--_*`
 * names hold the resolved values, so every rule reads one name.
 */
import { css, unsafeCSS } from 'lit';
import { KNOWN_AREAS } from './i18n.js';

/**
 * [private name, public name, light, dark]. Each token is written once with
 * light-dark(), and `color-scheme` on the host picks the half: light by default,
 * dark for theme="dark", the reader's setting for theme="auto", light in print.
 */
const TOKENS: [string, string, string, string][] = [
  ['text', 'color-text', '#1b1d21', '#eceef2'],
  ['muted', 'color-text-muted', '#50565f', '#b4bac4'],
  ['bg', 'color-background', '#fff', '#16181d'],
  ['surface', 'color-surface', '#f3f4f6', '#22252c'],
  ['border', 'color-border', '#c6cad1', '#4a505a'],
  ['accent', 'color-accent', '#1d4fa0', '#8db8ff'],
  ['error', 'color-error', '#b3261e', '#ffb4ab'],
  ['error-bg', 'color-error-background', '#fdf0ef', '#3a1d1b'],
  ['revenue', 'color-revenue', '#1f62b8', '#7fb0ff'],
  ['debt', 'color-debt', '#c2410c', '#ff9c66'],
];

/**
 * Each area's [light, dark] colour, as `--civic-area-<area>`. They have hues of their own
 * (red health, pink care, blue education, tan kindergarten, plum culture, teal sport, green
 * environment, petrol transport, olive housing, violet administration, grey for any other
 * area), found by a search in OKLCH so that in each theme every colour has ≥ 3:1 contrast
 * against the background and every two stay apart (CIEDE2000) with normal vision and with
 * simulated protanopia, deuteranopia and tritanopia; test/shared/palette.test.ts checks it.
 */
const AREA_COLOURS: Record<string, [string, string]> = {
  health: ['#8d0c14', '#e95f42'],
  care: ['#c4386d', '#fe99b1'],
  education: ['#4f85ec', '#86b9f9'],
  kindergarten: ['#ae7758', '#c89d7a'],
  culture: ['#681d64', '#a581a8'],
  sport: ['#239e8b', '#619e8b'],
  environment: ['#46820e', '#8db742'],
  transport: ['#16768c', '#8decfa'],
  housing: ['#614e02', '#f1d86b'],
  administration: ['#5d3dc5', '#8e73fe'],
  other: ['#454545', '#e0e0e0'],
};

const token = (n: string, p: string, l: string, d: string) => `--_${n}:var(--civic-${p},light-dark(${l},${d}));`;

const themes = unsafeCSS(
  `:host{${TOKENS.map((t) => token(...t)).join('')}color-scheme:light}` +
    `:host([theme='dark']){color-scheme:dark}:host([theme='auto']){color-scheme:light dark}` +
    `@media print{:host,:host([theme]){color-scheme:light}}` +
    // .base resets everything with all: initial, but light-dark() needs the host's scheme.
    // (and visibility: inside a hidden tab panel or carousel slide the widget stays hidden).
    `:host .base{color-scheme:inherit;visibility:inherit}`,
);

const base = css`
  :host {
    display: block;
    /* The host element's own box: a page rule such as * { box-sizing: content-box !important }
       beats a plain :host rule and made a Bootstrap column (width 100% + padding) overflow. */
    box-sizing: border-box !important;
    /* The host page's font family comes through; nothing else of its text styling does. */
    font-family: var(--civic-font-family, inherit);
    --_space: var(--civic-space, 1rem);
    --_radius: var(--civic-radius, 4px);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    /* Nothing a host page sets on body or * (line-height, letter-spacing,
       text-transform, list and table rules, …) is inherited; only the font family
       comes through (test/embedding/hostile-css). font-size is medium, the
       reader's default, not 1rem: a "62.5 %" root would shrink us to 10px. */
    all: initial;
    display: block;
    font-family: var(--civic-font-family, inherit);
    font-size: var(--civic-font-size, medium);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_bg);
    padding: var(--civic-padding, 0);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  /* Measured by WidthController (resize.ts); always 0 high, so measuring cannot loop. */
  .sizer {
    height: 0;
  }
  .heading {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
    margin: 0 0 calc(var(--_space) * 0.75);
    color: var(--_text);
  }
  /* The programme under the default heading: context, not a second heading. */
  .context {
    margin: calc(var(--_space) * -0.5) 0 calc(var(--_space) * 0.75);
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* While loading, typical words hold a box's place, unseen (and aria-hidden). */
  .ghost {
    visibility: hidden;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: var(--_accent);
    background: var(--_bg);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.4em 0.9em;
    min-height: 44px;
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface);
  }
  .sr-only {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .state {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
  }
  .loading {
    min-height: var(--civic-loading-height, 6rem);
  }
  .error {
    background: var(--_error-bg);
    color: var(--_text);
    border-inline-start: 4px solid var(--_error);
  }
  .error strong {
    display: block;
  }
  .notice {
    margin: calc(var(--_space) * 0.75) 0 0;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_error);
    background: var(--_error-bg);
    font-size: 0.9em;
  }
  .issues {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .issues code {
    font-family: ui-monospace, monospace;
    font-size: 0.95em;
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
  }
  .source {
    margin: calc(var(--_space) * 0.75) 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .error,
    .notice {
      border: 2px solid CanvasText;
    }
    button {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
  @media print {
    .base {
      color: #000;
      background: #fff;
    }
    button,
    summary {
      display: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;

export const baseStyles = [themes, base];

/**
 * The area tokens (only the list and the timeline show areas, so the chart's shadow
 * roots do not carry them), and `--_area` for an element with `data-area="health"`
 * etc.: the area's colour, or the neutral one for an area we do not know. Classes,
 * not inline styles, so a strict CSP (no 'unsafe-inline' styles) is no problem.
 */
export const areaStyles = unsafeCSS(
  `:host{${Object.entries(AREA_COLOURS).map(([a, [l, d]]) => token(`area-${a}`, `area-${a}`, l, d)).join('')}}` +
    `[data-area]{--_area:var(--_area-other)}${KNOWN_AREAS.map((a) => `[data-area='${a}']{--_area:var(--_area-${a})}`).join('')}`,
);
