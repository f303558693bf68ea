/**
 * The per-element pages (priority-list.html, investment-timeline.html,
 * debt-revenue-chart.html): the elements, and the page's language and theme
 * switches. They say they are ready once every element that loads at once has
 * shown its data or its error (not those that wait to come near the screen,
 * nor the loading example, which waits on purpose).
 */
import '../src/index.js';
import { lazySources } from './lazy.js';
import { startPage } from './page.js';

startPage();
// The examples below the first take their `src` from `data-src` when the reader comes near them.
void lazySources();
const shown = [...document.querySelectorAll<HTMLElement & { status: string }>('main [data-follow]:not(#waiting):not([data-src])')];
void Promise.all(shown.map((el) => new Promise((resolve) => {
  if (el.status !== 'loading') resolve(undefined);
  el.addEventListener('civic-load', resolve, { once: true });
  el.addEventListener('civic-error', resolve, { once: true });
}))).then(() => {
  document.documentElement.dataset.ready = 'true';
  window.dispatchEvent(new Event('demo-ready'));
});
