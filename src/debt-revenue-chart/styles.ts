import { css, unsafeCSS } from 'lit';

// The chart's own rules, one per line (scripts/minify-literals.js squeezes css`` for the bundle).
// .table: a table wider than its box scrolls, and a shadow (scroll-attached) shows at each edge
// with more to see, until the covers (local: they move with the content) slide over it.
// SVG colours are presentation attributes naming the shared theme tokens
// (../shared/styles.ts, plot.ts's THEMED); forced colours keep the series apart by marker shape and dash, not hue: there the
// theme's tokens become system colours (SVG fill and stroke are not forced).
// .body: off screen, the chart's rule, legend, plot, summary and buttons are styled and laid out only when
// they come near (content-visibility), at a typical height till then ('auto': then at their real
// one): a page of fifty charts lays out one or two at first. The heading and the measured .sizer
// stay outside it. Its paint containment would clip the focus ring drawn just outside the box:
// overflow-clip-margin lets it show. --civic-content-visibility: visible lays every chart out at
// once: Chromium leaves a skipped body out of the accessibility tree when a screen reader is
// started after the page loaded, until the reader comes near. Plain CSS, as the list and the
// timeline write properties lit-analyzer 2 does not know (CSS Containment 2, CSS Overflow 4).
// Where overflow-clip-margin is missing (Safari), the ring would be clipped, and there is no
// scroll anchoring to hide a placeholder's height: there the body is always laid out.
const offScreen = unsafeCSS('.body{content-visibility:var(--civic-content-visibility,auto);contain-intrinsic-size:auto 36em;overflow-clip-margin:8px}'
  + '@supports not (overflow-clip-margin:8px){.body{content-visibility:visible}}');

export const chartStyles = css`${offScreen}
.legend{display:flex;flex-wrap:wrap;gap:.25em 1.25em;list-style:none;margin:0 0 .5em;padding:0;font-size:.875em}
.legend li{display:flex;align-items:center;gap:.4em}
.legend svg{width:28px;height:14px;flex:none;overflow:visible}
.frame{position:relative;aspect-ratio:2;touch-action:pan-y;user-select:none;-webkit-user-select:none}
.frame.state{display:grid;place-items:center;text-align:center}
.frame>svg{display:block;width:100%;height:100%;overflow:visible}
.tip{position:absolute;margin:0 12px;max-width:min(22em,62%);display:grid;padding:.35em .6em;font-size:.875em;line-height:1.35;background:var(--_bg);border:1px solid var(--_border);border-radius:var(--_radius);box-shadow:0 2px 6px rgb(0 0 0/.15);pointer-events:none}
.tip svg{width:18px;vertical-align:-2px;margin-inline-end:.3em}
.rule{margin:0 0 .75em;padding-inline-start:.6em;border-inline-start:4px solid var(--_debt)}
.summary{margin:.75em 0 0;min-height:4.5em}
.narrow .summary{min-height:9em}
.narrow~.source{min-height:3em}
.table{overflow-x:auto;background:linear-gradient(90deg,var(--_bg) 30%,#0000) 0/2em 100% local,linear-gradient(270deg,var(--_bg) 30%,#0000) 100%/2em 100% local,radial-gradient(farthest-side at 0,var(--_muted),#0000) 0/.6em 100% scroll,radial-gradient(farthest-side at 100%,var(--_muted),#0000) 100%/.6em 100% scroll;background-repeat:no-repeat}
table{overflow-wrap:normal;border-collapse:collapse;font-size:.875em;font-variant-numeric:tabular-nums}
caption{text-align:start;font-weight:700;padding-bottom:.25em}
th,td{padding:.3em .25em;text-align:end;vertical-align:bottom;border-bottom:1px solid var(--_border)}
th:first-child,td:last-child{text-align:start}
tbody th{font-weight:400}
.kind{display:block;color:var(--_muted)}
.missing{color:var(--_muted);font-style:italic}
.tools,.dl{display:flex;flex-wrap:wrap;align-items:center;gap:.5em}
.tools{margin-top:.75em}
.tools button{padding:.3em .75em}

@media (forced-colors:active){
:host{--_text:CanvasText;--_muted:CanvasText;--_bg:Canvas;--_surface:Canvas;--_border:CanvasText;--_revenue:LinkText;--_debt:CanvasText}
svg .grid{stroke:GrayText}
svg .band{stroke:GrayText;stroke-dasharray:2 3}
svg .faster{fill:Highlight}}
@media screen{.paper{display:none}}
@media print{.tip,.tools{display:none}.frame,tr{break-inside:avoid}}
`;
