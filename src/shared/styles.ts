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
  ['area-health', 'area-health', '#b42318', '#ff8a80'],
  ['area-care', 'area-care', '#a3286b', '#f48fc1'],
  ['area-education', 'area-education', '#1f5fa8', '#8ab4ff'],
  ['area-kindergarten', 'area-kindergarten', '#9a4d00', '#ffb86b'],
  ['area-culture', 'area-culture', '#6b3fa0', '#c3a6f0'],
  ['area-sport', 'area-sport', '#0b6e62', '#5fd3c3'],
  ['area-environment', 'area-environment', '#2a6e2f', '#8fd694'],
  ['area-transport', 'area-transport', '#4a5560', '#b8c3cc'],
  ['area-housing', 'area-housing', '#7a5200', '#e8bf5a'],
  ['area-administration', 'area-administration', '#5a6470', '#a9b3bd'],
  ['area-other', 'area-other', '#5f6670', '#b0b6bf'],
];

const themes = unsafeCSS(
  `:host{${TOKENS.map(([n, p, l, d]) => `--_${n}:var(--civic-${p},light-dark(${l},${d}));`).join('')}color-scheme:light}` +
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
 * `--_area` for an element with `data-area="health"` etc.: the area's colour,
 * or the neutral one for an area we do not know. Classes, not inline styles,
 * so a strict CSP (no 'unsafe-inline' styles) is no problem.
 */
export const areaStyles = unsafeCSS(
  `[data-area]{--_area:var(--_area-other)}${KNOWN_AREAS.map((a) => `[data-area='${a}']{--_area:var(--_area-${a})}`).join('')}`,
);
