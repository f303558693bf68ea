/**
 * The timeline's styles. Status is a pattern as well as a word: completed is
 * solid, in progress hatched, planned an outline, unknown a dashed tint; an end
 * that is not given fades out. Colour only tells the area, which is also written.
 */
import { css, unsafeCSS } from 'lit';

// Two standard properties (CSS Color Adjust 1) that lit-analyzer 2 does not know;
// written as plain CSS so the lint stays clean. Bars keep their patterns in print,
// and in forced colours they are drawn in system colours (set below) instead of being flattened.
const colorAdjust = unsafeCSS(`
  .key, .bar, .sw { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  @media (forced-colors: active) { .key, .bar, .sw, .now, .now-key { forced-color-adjust: none; } }
`);

export const timelineStyles = css`
  :host {
    --_label: var(--civic-timeline-label-width, 40%);
    --_bar: var(--civic-timeline-bar-height, 1.25rem);
    --_now: var(--civic-timeline-now-color, var(--_accent));
    --_gap: calc(var(--_space) * 0.75);
    --_fade: min(4rem, 45%);
  }
  .loading {
    /* Reserve about the height of a short timeline, so the page does not jump when it arrives. */
    min-height: var(--civic-loading-height, 24rem);
  }
  .sizer {
    height: 0;
  }
  .summary {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-weight: 600;
  }
  .filter {
    margin: 0 0 calc(var(--_space) * 0.5);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .legend,
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin-block-end: var(--_space);
    font-size: 0.875em;
    color: var(--_muted);
  }
  .legend .key {
    --c: var(--_muted);
  }
  /* The area's colour comes from the shared [data-area] rules (areaStyles). */
  .row {
    --c: var(--_area);
  }

  /* Pattern keys and bars share the status look. */
  .key,
  .bar,
  .sw {
    display: inline-block;
    border: 2px solid var(--c);
    border-radius: var(--_radius);
    background: var(--c);
  }
  ${colorAdjust}
  .key {
    width: 1.75em;
    height: 0.9em;
    margin-inline-end: 0.4em;
    vertical-align: -0.1em;
  }
  .sw {
    width: 0.8em;
    height: 0.8em;
    margin-inline-end: 0.35em;
    vertical-align: -0.05em;
    border-radius: 50%;
  }
  .s-in-progress {
    background: repeating-linear-gradient(-45deg, var(--c) 0 3px, var(--_bg) 3px 6px);
  }
  .s-planned {
    background: var(--_bg);
  }
  .s-unknown {
    border-style: dashed;
    background: color-mix(in srgb, var(--c) 22%, var(--_bg));
  }
  .os {
    border-inline-start: 0;
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    mask-image: linear-gradient(to right, transparent, #000 var(--_fade));
  }
  .oe {
    border-inline-end: 0;
    border-start-end-radius: 0;
    border-end-end-radius: 0;
    mask-image: linear-gradient(to left, transparent, #000 var(--_fade));
  }
  .os.oe {
    mask-image: linear-gradient(to right, transparent, #000 var(--_fade), #000 calc(100% - var(--_fade)), transparent);
  }

  /* The wide layout: a name column and a track, on a grid of years. */
  .chart {
    position: relative;
  }
  .axis,
  .chart .row {
    display: grid;
    grid-template-columns: var(--_label) minmax(0, 1fr);
    column-gap: var(--_gap);
  }
  .overlay {
    position: absolute;
    inset: 0 0 0 calc(var(--_label) + var(--_gap));
    background: linear-gradient(to right, var(--_border) 1px, transparent 1px) 0 0 / calc(100% / var(--_years)) 100%;
    border-inline-end: 1px solid var(--_border);
    pointer-events: none;
  }
  .now,
  .now-key {
    background: color-mix(in srgb, var(--_now) 14%, transparent);
    border: 0 dashed var(--_now);
    border-inline-width: 2px;
  }
  .now {
    position: absolute;
    inset-block: 0;
  }
  .now-key {
    border-radius: 0;
  }
  .axis {
    font-size: 0.8125em;
    color: var(--_muted);
    border-block-end: 1px solid var(--_border);
  }
  .ticks {
    position: relative;
    height: 2em;
  }
  .tick {
    position: absolute;
    top: 0.35em;
    transform: translateX(-50%);
    white-space: nowrap;
  }
  .is-now {
    color: var(--_text);
    font-weight: 700;
  }
  .row {
    padding-block: 0.6rem;
    border-block-end: 1px solid var(--_border);
  }
  .label {
    min-width: 0;
  }
  .name {
    display: inline-flex;
    align-items: baseline;
    gap: 0.45em;
    min-height: 0;
    margin: 0;
    padding: 0.1em 0;
    border: 0;
    background: none;
    color: var(--_text);
    font-weight: 600;
    line-height: 1.35;
    text-align: start;
  }
  .name:hover {
    background: none;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .name::before {
    content: '';
    flex: none;
    width: 0.45em;
    height: 0.45em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: translateY(-0.2em) rotate(-45deg);
    transition: transform 0.15s;
  }
  .name[aria-expanded='true']::before {
    transform: translateY(-0.3em) rotate(45deg);
  }
  .meta,
  .when {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.9em;
    padding-inline-start: 1.05rem;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .track {
    position: relative;
    min-height: var(--_bar);
  }
  .bar {
    position: absolute;
    top: 50%;
    height: var(--_bar);
    margin-top: calc(var(--_bar) / -2);
    min-width: 4px;
  }
  /* Neither start nor end: a thin bar across the period, labelled, faded at both ends. */
  .vague {
    height: calc(var(--_bar) / 2);
    margin-top: calc(var(--_bar) / -4);
  }
  .vlabel {
    position: absolute;
    top: 50%;
    transform: translate(-50%, -50%);
    padding: 0 0.5em;
    border-radius: 1em;
    background: var(--_bg);
    color: var(--_muted);
    font-size: 0.75em;
    white-space: nowrap;
  }
  .details {
    grid-column: 1 / -1;
    position: relative;
    margin-block-start: 0.5rem;
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 0.9375em;
  }
  .details p {
    margin: 0 0 0.5rem;
  }
  dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.15rem 1rem;
    margin: 0;
  }
  dl div {
    display: contents;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }

  /* The narrow layout: groups by the year projects end. */
  .group {
    margin: var(--_space) 0 0;
    padding-block-end: 0.25rem;
    border-block-end: 2px solid var(--_text);
    font-weight: 700;
  }
  .group:first-of-type {
    margin-block-start: 0;
  }

  @media (forced-colors: active) {
    .key,
    .bar,
    .sw,
    .now,
    .now-key {
      --c: CanvasText;
      --_bg: Canvas;
      --_now: Highlight;
    }
    .now,
    .now-key {
      background: none;
    }
  }
  @media print {
    .details[hidden] {
      display: block;
    }
    .name::before {
      display: none;
    }
    .name {
      padding-inline-start: 0;
    }
    .row {
      break-inside: avoid;
    }
  }
`;
