// Importing the bundle (pages/side-effects.js) adds nothing global but Lit's
// own bookkeeping and the three definitions, and makes no request but `src`.
import { expect } from '@open-wc/testing';
import { openHost, TAGS, type Host } from './host.js';

/**
 * What Lit itself puts on globalThis, and why: a WeakMap of decorator metadata
 * (litPropertyMetadata) and one version list per Lit package, which Lit keeps so
 * that several copies on a page can be told apart (the *Versions arrays).
 */
const LIT_GLOBALS = ['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'];

interface SideEffects {
  added: string[]; addedLater: string[]; defined: string[]; head: number; adoptedSheets: number;
  resources: string[]; beacons: number; cookie: string; storage: number;
}

describe('no side effects', () => {
  let host: Host;
  let fx: SideEffects;
  before(async () => {
    host = await openHost('side-effects.html');
    fx = (host.win as unknown as { civicSideEffects: SideEffects }).civicSideEffects;
    console.log(`globals added by importing the bundle: ${JSON.stringify(fx.added)}`);
  });
  after(() => host.close());

  it('adds to window only what Lit adds', () => {
    expect([...fx.added].sort()).to.deep.equal(LIT_GLOBALS);
    expect(fx.addedLater).to.deep.equal([]);
  });

  it('defines exactly the three tags', () => {
    expect(fx.defined).to.deep.equal(TAGS);
  });

  it('touches nothing else in the document: no <style>, <link> or <script> in head, no document stylesheets', () => {
    expect(fx.head).to.equal(0);
    expect(fx.adoptedSheets).to.equal(0);
    expect(fx.cookie).to.equal('');
    expect(fx.storage).to.equal(0);
  });

  it('makes no request but the bundle itself and src; no beacons', () => {
    expect(fx.resources).to.deep.equal(['/dist/civic-widgets.js', '/demo/data/asker-2017-2020.json?side-effects']);
    expect(fx.beacons).to.equal(0);
    expect(host.record.errors).to.deep.equal([]);
  });
});
