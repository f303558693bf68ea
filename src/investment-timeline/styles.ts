/**
 * The timeline's styles, one rule a line: the text inside css`` reaches the
 * bundle as written, so it is kept short and comments stay out here.
 *
 * - Status is a pattern as well as a word: completed solid (.s-completed),
 *   in progress hatched, planned an outline, unknown a dashed tint. Colour
 *   (--c, from the shared [data-area] rules) only tells the area, which is also written.
 * - An end that is not given fades out (.os open start, .oe open end); with
 *   neither, the bar is thin and spans the period (.vague), with a label.
 * - The wide layout is a grid: a name column (--_label) and a track; the
 *   .overlay draws the year lines and the now band once, over every row.
 * - Loading reserves about the height of a ten-project timeline, drawn as faint
 *   placeholder rows, so an article does not jump when the data arrives
 *   (--civic-loading-height tunes it).
 * - The width is measured on the base element's zero-height sizer (shared/resize.ts).
 * - Print shows every project's details; forced colours draw bars in system colours.
 */
import { css, unsafeCSS } from 'lit';

// Standard properties that lit-analyzer 2 does not know (CSS Color Adjust 1, CSS Containment 2),
// written as plain CSS so the lint stays clean: bars keep their patterns in print,
// and in forced colours they are drawn in the system colours.
// Written without optional spaces: the bundle's literal squeezer keeps the ones after ':' and ','.
const colorAdjust = unsafeCSS(`.key,.bar,.sw,.details{print-color-adjust:exact;-webkit-print-color-adjust:exact}
.long>.row{content-visibility:auto;contain-intrinsic-size:auto 3.5rem}
@media (forced-colors:active){.key,.bar,.sw,.now,.overlay{forced-color-adjust:none;--c:CanvasText;--_bg:Canvas;--_now:Highlight;--_border:GrayText}.now,.now-key{background:none}}`);

export const timelineStyles = css`
  :host{--_label:var(--civic-timeline-label-width,40%);--_bar:var(--civic-timeline-bar-height,1.25rem);--_now:var(--civic-timeline-now-color,var(--_accent));--_gap:calc(var(--_space)*.75);--_fade:min(4rem,45%)}
  .loading{min-height:var(--civic-loading-height,56rem);background:repeating-linear-gradient(var(--_surface) 0 4.75rem,var(--_bg) 0 5.5rem)}
  .summary,.filter{margin:0 0 .5em}
  .summary,.name{font-weight:600}
  .filter,.legend,.meta,.when,.axis{font-size:.875em;color:var(--_muted)}
  .legend,.list{list-style:none;margin:0;padding:0}
  .legend{display:flex;flex-wrap:wrap;gap:.25em 1.25em;margin-block-end:var(--_space);--c:var(--_muted)}
  .row{--c:var(--_area);padding-block:.6rem;border-block-end:1px solid var(--_border)}
  .key,.bar,.sw{display:inline-block;border:2px solid var(--c);border-radius:var(--_radius);background:var(--c)}
  .key{width:1.75em;height:.9em;margin-inline-end:.4em;vertical-align:-.1em}
  .sw{width:.8em;height:.8em;margin-inline-end:.35em;border-radius:50%}
  .s-in-progress{background:repeating-linear-gradient(-45deg,var(--c) 0 3px,var(--_bg) 3px 6px)}
  .s-planned{background:var(--_bg)}
  .s-unknown{border-style:dashed;background:color-mix(in srgb,var(--c) 22%,var(--_bg))}
  .os,.oe{mask-image:linear-gradient(to right,var(--_s,#000),#000 var(--_fade) calc(100% - var(--_fade)),var(--_e,#000))}
  .os{--_s:#0000;border-inline-start:0}
  .oe{--_e:#0000;border-inline-end:0}
  .chart,.track,.ticks{position:relative}
  .axis,.chart .row{display:grid;grid-template-columns:var(--_label) minmax(0,1fr);column-gap:var(--_gap)}
  .overlay{position:absolute;inset:0 0 0 calc(var(--_label) + var(--_gap));pointer-events:none;border-inline-end:1px solid var(--_border);background:linear-gradient(to right,var(--_border) 1px,#0000 1px) 0 0/calc(100%/var(--_years)) 100%}
  .now,.now-key{background:color-mix(in srgb,var(--_now) 14%,#0000);border:0 dashed var(--_now);border-inline-width:2px;border-radius:0}
  .now{position:absolute;inset-block:0}
  .axis{border-block-end:1px solid var(--_border)}
  .ticks{height:2em}
  .tick,.bar,.vlabel{position:absolute;white-space:nowrap}
  .tick{top:.35em;transform:translateX(-50%)}
  .is-now{color:var(--_text);font-weight:700}
  .label{min-width:0}
  .name{display:inline-flex;align-items:baseline;gap:.45em;min-height:0;margin:0;padding:.1em 0;border:0;background:none;color:var(--_text);line-height:1.35;text-align:start}
  .name:hover{background:none;text-decoration:underline}
  .name::before{content:'';flex:none;width:.45em;height:.45em;border:solid;border-width:0 2px 2px 0;transform:translateY(-.2em) rotate(-45deg);transition:transform .15s}
  [aria-expanded='true']::before{transform:translateY(-.3em) rotate(45deg)}
  .meta,.when{display:flex;flex-wrap:wrap;gap:0 .9em;padding-inline-start:1.05rem}
  .track{min-height:var(--_bar)}
  .bar{top:50%;height:var(--_bar);margin-top:calc(var(--_bar)/-2);min-width:4px}
  .vague{height:calc(var(--_bar)/2);margin-top:calc(var(--_bar)/-4)}
  .vlabel{top:50%;transform:translate(-50%,-50%);padding:0 .5em;border-radius:1em;background:var(--_bg);color:var(--_muted);font-size:.75em}
  .details{grid-column:1/-1;position:relative;margin-block-start:.5rem;padding:.75rem 1rem;border-radius:var(--_radius);background:var(--_surface);font-size:.9375em}
  .details p{margin:0 0 .5rem}
  dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.15rem 1rem;margin:0}
  dl div{display:contents}
  dt{color:var(--_muted)}
  dd{margin:0}
  .group{margin:var(--_space) 0 0;padding-block-end:.25rem;border-block-end:2px solid;font-weight:700}
  @media print{.details[hidden]{display:block}.name::before{display:none}.row{break-inside:avoid}}
  ${colorAdjust}
`;
