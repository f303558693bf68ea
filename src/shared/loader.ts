/**
 * Fetches JSON for the elements. Elements that ask for the same URL while a
 * request for it is in flight share that request; each caller keeps its own
 * timeout, and the request is aborted only when every caller has given up.
 * Nothing is kept once a request has settled: caching is the browser's HTTP
 * cache's job, so a file that changed is seen on the next load or reload().
 */

export type LoadErrorKind = 'network' | 'status' | 'timeout' | 'parse';

/** Why a URL could not be loaded; `kind` picks the translated message. */
export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    readonly url: string,
    readonly status?: number,
    readonly timeout?: number,
  ) {
    super(`${kind}${status ? ` ${status}` : ''}: ${url}`);
    this.name = 'LoadError';
  }
}

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
}

/** Requests in flight, by absolute URL (and whether they revalidate). */
const inFlight = new Map<string, Entry>();

function start(key: string, url: string, shown: string, reload: boolean): Entry {
  const controller = new AbortController();
  const promise = fetch(url, {
    signal: controller.signal,
    headers: { Accept: 'application/json' },
    // reload(): ask the server again instead of taking the HTTP cache's copy unchecked.
    cache: reload ? 'no-cache' : 'default',
  })
    .then(async (response) => {
      if (!response.ok) throw new LoadError('status', shown, response.status);
      const body = await response.text();
      try {
        return JSON.parse(body) as unknown;
      } catch {
        throw new LoadError('parse', shown);
      }
    })
    .catch((error: unknown) => {
      if (error instanceof LoadError || controller.signal.aborted) throw error;
      throw new LoadError('network', shown);
    })
    .finally(() => inFlight.get(key) === entry && inFlight.delete(key));
  const entry: Entry = { promise, controller, waiting: 0 };
  // Nobody may be waiting when it fails (all gave up): no unhandled rejection.
  promise.catch(() => {});
  return entry;
}

export interface LoadOptions {
  /** Gives up this caller's wait (and the request, when it was the last one waiting). */
  signal?: AbortSignal;
  /** This caller's time limit in ms; undefined waits as long as the browser does. */
  timeout?: number;
  /** Revalidate with the server rather than join a request already in flight. */
  reload?: boolean;
}

/**
 * Loads and parses the JSON at `url`. Rejects with a `LoadError`, or with the
 * signal's reason when `signal` aborts first.
 */
export function loadJson(url: string, { signal, timeout, reload = false }: LoadOptions = {}): Promise<unknown> {
  let href: string;
  try {
    href = new URL(url, document.baseURI).href;
  } catch {
    // "https://" or "http://[": no request can be made; said like a network failure.
    return Promise.reject(new LoadError('network', url));
  }
  const key = `${reload ? 'reload ' : ''}${href}`;
  const entry = inFlight.get(key) ?? start(key, href, url, reload);
  inFlight.set(key, entry);
  entry.waiting++;
  return new Promise((resolve, reject) => {
    let done = false;
    /** Settles this caller once; a caller that gives up (abort, timeout) may end the request. */
    const finish = (settle: () => void, givingUp: boolean) => {
      if (done) return;
      done = true;
      entry.waiting--;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (givingUp && entry.waiting === 0 && inFlight.get(key) === entry) {
        entry.controller.abort();
        inFlight.delete(key);
      }
      settle();
    };
    const onAbort = () => finish(() => reject(signal?.reason ?? new DOMException('Aborted', 'AbortError')), true);
    const timer = timeout === undefined ? undefined
      : setTimeout(() => finish(() => reject(new LoadError('timeout', url, undefined, timeout)), true), timeout);
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);
    entry.promise.then(
      (value) => finish(() => resolve(value), false),
      (error: unknown) => finish(() => reject(error), false),
    );
  });
}
