// How each contender puts cfg.n charts (or lists) on the stage; each resolves
// when all of them reported they were drawn. Bundled into the contender's one
// script after its library (bench/build.js).
import { bench } from './driver.js';

/** A fixed-size canvas per chart; Chart.js draws synchronously (animation off). */
export const chartJs = (draw) => bench((stage, { n, width, height, doc }) => {
  for (let i = 0; i < n; i++) {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    stage.append(canvas);
    draw(canvas, doc.finances);
  }
});

/** Plot returns the finished figure. */
export const plot = (draw) => bench((stage, { n, width, height, doc }) => {
  for (let i = 0; i < n; i++) stage.append(draw(doc.finances, width, height));
});

/** The floors: markup as a page would carry it (a static SVG, or our own output with its style in a declarative shadow root). */
export const markup = () => bench((stage, { n, html }) => {
  stage.setHTMLUnsafe(html.repeat(n));
});

/** Our element: created, given its data and connected; drawn when it fires civic-load (after its first render). */
export const ours = (tag) => bench((stage, { n, doc, allLaidOut }) => new Promise((resolve, reject) => {
  // Renders counted (Lit's update() draws and commits): the profile's "one render pass".
  const proto = customElements.get(tag).prototype;
  const update = proto.update;
  window.benchRenders = 0;
  proto.update = function (changed) {
    window.benchRenders++;
    return update.call(this, changed);
  };
  let left = n;
  stage.addEventListener('civic-load', () => --left || resolve());
  stage.addEventListener('civic-error', (e) => reject(new Error(e.detail.message)));
  for (let i = 0; i < n; i++) {
    const el = document.createElement(tag);
    el.data = doc;
    // Every chart laid out at once, as after a reader has scrolled past all of them (the
    // documented setting; by default an off-screen chart's body is laid out when near).
    if (allLaidOut) el.style.setProperty('--civic-content-visibility', 'visible');
    stage.append(el);
  }
}));
