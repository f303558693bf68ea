import { expect, waitUntil } from '@open-wc/testing';
import { loadJson, LoadError } from '../../src/shared/loader.js';

let n = 0;
/** A fresh id per test, so request counts on the test server start at zero. */
const unique = () => `loader-${Date.now()}-${n++}`;
const count = async (id: string) => (await (await fetch(`/__api/count?of=${id}`)).json()).count as number;

describe('loadJson', () => {

  it('loads and parses JSON', async () => {
    const data = await loadJson(`/__api/asker?id=${unique()}`);
    expect(data).to.have.property('municipality', 'Asker kommune');
  });

  it('makes one request for several callers of one URL', async () => {
    const id = unique();
    const url = `/__api/asker?id=${id}&delay=100`;
    const [a, b, c] = await Promise.all([loadJson(url), loadJson(url), loadJson(url)]);
    expect(a).to.equal(b);
    expect(b).to.equal(c);
    expect(await count(id)).to.equal(1);
    // Nothing is kept once settled: the next load asks again (the HTTP cache decides, and this server sends no cache headers).
    await loadJson(url, { reload: true });
    expect(await count(id)).to.equal(2);
  });

  it('treats a relative and an absolute URL of one file as one request', async () => {
    const id = unique();
    await Promise.all([loadJson(`/__api/asker?id=${id}`), loadJson(`${location.origin}/__api/asker?id=${id}`)]);
    expect(await count(id)).to.equal(1);
  });

  it('rejects a non-OK status with the status', async () => {
    const error = await loadJson(`/__api/status/404?id=${unique()}`).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(LoadError);
    expect(error).to.include({ kind: 'status', status: 404 });
  });

  it('rejects a body that is not JSON', async () => {
    const error = await loadJson(`/__api/not-json?id=${unique()}`).catch((e: unknown) => e);
    expect(error).to.include({ kind: 'parse' });
  });

  it('rejects a network failure', async () => {
    // Port 9 (discard) on loopback refuses the connection at once.
    const error = await loadJson(`http://127.0.0.1:9/programme.json`).catch((e: unknown) => e);
    expect(error).to.include({ kind: 'network' });
  });

  it('gives up after the timeout', async () => {
    const error = await loadJson(`/__api/hang?id=${unique()}`, { timeout: 150 }).catch((e: unknown) => e);
    expect(error).to.include({ kind: 'timeout', timeout: 150 });
  });

  it('does not keep a failure: the next call asks again', async () => {
    const id = unique();
    await loadJson(`/__api/status/500?id=${id}`).catch(() => {});
    await loadJson(`/__api/status/500?id=${id}`).catch(() => {});
    expect(await count(id)).to.equal(2);
  });

  it('aborts the request when the only caller gives up', async () => {
    const controller = new AbortController();
    const id = unique();
    const pending = loadJson(`/__api/asker?id=${id}&delay=300`, { signal: controller.signal });
    // The request must have reached the server before we give up, or there is nothing to abort (a race CI lost once).
    await waitUntil(async () => (await count(id)) === 1, 'the first request never arrived');
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect((error as Error).name).to.equal('AbortError');
    // The aborted request was dropped: a new caller starts a new request.
    await loadJson(`/__api/asker?id=${id}`);
    expect(await count(id)).to.equal(2);
  });

  it('keeps a shared request going while another caller still waits', async () => {
    const controller = new AbortController();
    const id = unique();
    const url = `/__api/asker?id=${id}&delay=200`;
    const first = loadJson(url, { signal: controller.signal });
    const second = loadJson(url);
    controller.abort();
    expect(((await first.catch((e: unknown) => e)) as Error).name).to.equal('AbortError');
    expect(await second).to.have.property('municipality');
    expect(await count(id)).to.equal(1);
  });

  it('gives each caller of a shared request its own timeout', async () => {
    const id = unique();
    const url = `/__api/asker?id=${id}&delay=400`;
    const short = loadJson(url, { timeout: 100 }).catch((e: unknown) => e);
    const long = loadJson(url, { timeout: 5000 });
    expect(await short).to.include({ kind: 'timeout', timeout: 100 });
    expect(await long).to.have.property('municipality');
    expect(await count(id)).to.equal(1);
  });
});
