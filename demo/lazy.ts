/**
 * Work the reader does not see yet waits until it comes near the screen:
 * the demo pages hold many elements, and building them all at once was one
 * long task (Lighthouse, mobile: up to 1.1 s of blocking time). A link to
 * an id inside it (#reference-…) and printing start everything at once.
 */
const waiting = new Set<() => void>();
/** Once everything was asked for, what is registered later starts at once too. */
let all = false;

function runAll(): void {
  all = true;
  for (const start of [...waiting]) start();
}
addEventListener('beforeprint', runAll);
addEventListener('hashchange', runAll);

/** Runs `start` once, when `el` comes within a screen's height of the viewport. */
export function whenNear(el: Element, start: () => void): void {
  let done = false;
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) once();
  // The document as the root: its own viewport counts, also inside an iframe (where the top page's would).
  }, { root: document, rootMargin: '100% 0px' });
  const once = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    waiting.delete(once);
    start();
  };
  waiting.add(once);
  // A link into the page (#reference-…) may point inside what is not built yet: build it all.
  if (location.hash || all) once();
  else observer.observe(el);
}

/** Sets `src` from `data-src` on the elements (those below the fold) when they come near. */
export function lazySources(root: ParentNode = document): Promise<void>[] {
  return [...root.querySelectorAll<HTMLElement>('[data-src]')].map((el) => new Promise<void>((resolve) => {
    whenNear(el, () => {
      el.setAttribute('src', el.dataset.src!);
      resolve();
    });
  }));
}
