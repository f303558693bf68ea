/**
 * Fetches JSON for the elements. Elements on one page that ask for the same URL
 * share one request and its result; a request is aborted only when every
 * element waiting for it has given up (changed `src` or left the page). Failed
 * requests are not kept, so the next attempt tries again.
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
  settled: boolean;
}

const requests = new Map<string, Entry>();

/** Forgets finished requests, so the next load of a URL fetches again. */
export function clearLoadCache(): void {
  for (const [url, entry] of requests) if (entry.settled) requests.delete(url);
}

function start(url: string, shown: string, timeout: number): Entry {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new LoadError('timeout', shown, undefined, timeout)), timeout);
  const promise = fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } })
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
      if (error instanceof LoadError) throw error;
      const reason: unknown = controller.signal.reason;
      if (controller.signal.aborted) throw reason instanceof LoadError ? reason : error;
      throw new LoadError('network', shown);
    })
    .finally(() => clearTimeout(timer));
  const entry: Entry = { promise, controller, waiting: 0, settled: false };
  promise.then(
    () => (entry.settled = true),
    () => requests.get(url) === entry && requests.delete(url),
  );
  return entry;
}

/**
 * Loads and parses the JSON at `url`. Rejects with a `LoadError`, or with the
 * signal's reason when `signal` aborts first.
 */
export function loadJson(
  url: string,
  { signal, timeout = 15000 }: { signal?: AbortSignal; timeout?: number } = {},
): Promise<unknown> {
  let key: string;
  try {
    key = new URL(url, document.baseURI).href;
  } catch {
    // "https://" or "http://[": no request can be made; said like a network failure.
    return Promise.reject(new LoadError('network', url));
  }
  let entry = requests.get(key);
  if (!entry) {
    entry = start(key, url, timeout);
    requests.set(key, entry);
  }
  const shared = entry;
  shared.waiting++;
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = () => {
      done = true;
      shared.waiting--;
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      if (done) return;
      finish();
      // The last one waiting gives up: stop the request itself.
      if (shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        if (requests.get(key) === shared) requests.delete(key);
      }
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);
    shared.promise.then(
      (value) => done || (finish(), resolve(value)),
      (error: unknown) => done || (finish(), reject(error)),
    );
  });
}
