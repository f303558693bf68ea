import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { CivicElement, safeUrl } from '../../src/shared/civic-element.js';
import { baseStyles } from '../../src/shared/styles.js';
import type { ProgrammeDocument, Section } from '../../src/shared/schema.js';
import type { CivicErrorEvent, CivicLoadEvent } from '../../src/shared/events.js';

/** The smallest element on the shared base: it lists its priorities' titles. */
class TestCivic extends CivicElement {
  static override styles = baseStyles;
  protected readonly section: Section = 'priorities';
  protected renderContent(doc: ProgrammeDocument): TemplateResult {
    return litHtml`<ul class="content">${doc.priorities!.map((p) => litHtml`<li>${p.title}</li>`)}</ul>`;
  }
}
customElements.define('test-civic', TestCivic);

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('.content li')].map((li) => li.textContent);
let n = 0;
const unique = () => `el-${Date.now()}-${n++}`;
const count = async (id: string) => (await (await fetch(`/__api/count?of=${id}`)).json()).count as number;
const asker = (id = unique(), delay = 0) => `/__api/asker?id=${id}&delay=${delay}`;
const echo = (body: unknown) => `/__api/echo?id=${unique()}&body=${encodeURIComponent(JSON.stringify(body))}`;

describe('CivicElement: the three ways in', () => {

  it('renders from the data property', async () => {
    const el = await fixture<TestCivic>(html`<test-civic .data=${{ title: 'Plan', priorities: [{ title: 'A' }] }}></test-civic>`);
    expect(items(el)).to.deep.equal(['A']);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Prioriteringer');
    expect(el.shadowRoot!.querySelector('[part~="context"]')!.textContent).to.equal('Plan');
    expect(el.status).to.equal('ready');
  });

  it('renders from a bare array', async () => {
    const el = await fixture<TestCivic>(html`<test-civic .data=${[{ title: 'A' }, { title: 'B' }]}></test-civic>`);
    expect(items(el)).to.deep.equal(['A', 'B']);
  });

  it('renders from inline JSON, for CMSs that cannot host files', async () => {
    const el = await fixture<TestCivic>(html`<test-civic><script type="application/json">{"priorities":[{"title":"Inline"}]}</script></test-civic>`);
    expect(items(el)).to.deep.equal(['Inline']);
  });

  it('fires civic-load once for inline JSON, however often it renders', async () => {
    let loads = 0;
    const el = await fixture<TestCivic>(html`<test-civic @civic-load=${() => loads++}><script type="application/json">[{"title":"A"}]</script></test-civic>`);
    el.heading = 'Changed';
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(loads).to.equal(1);
  });

  it('reads inline JSON that arrives after the element was upgraded', async () => {
    const el = await fixture<TestCivic>(html`<test-civic></test-civic>`);
    expect(el.status).to.equal('loading');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '[{"title":"Late"}]';
    const loaded = oneEvent(el, 'civic-load');
    el.append(script);
    await loaded;
    expect(items(el)).to.deep.equal(['Late']);
  });

  it('fetches src and fires civic-load after rendering', async () => {
    const el = document.createElement('test-civic') as TestCivic;
    el.src = asker();
    const loaded = oneEvent(el, 'civic-load') as Promise<CivicLoadEvent>;
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
    const event = await loaded;
    expect(event.detail.data.municipality).to.equal('Asker kommune');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(items(el)).to.have.length(9);
    expect(el.shadowRoot!.querySelector('[aria-busy="false"]')).to.exist;
    el.remove();
  });

  it('follows precedence: data over inline over src', async () => {
    const id = unique();
    const el = await fixture<TestCivic>(html`<test-civic src=${asker(id)} .data=${[{ title: 'Data' }]}>
      <script type="application/json">[{"title":"Inline"}]</script></test-civic>`);
    expect(items(el)).to.deep.equal(['Data']);
    el.data = undefined;
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['Inline']);
    expect(await count(id)).to.equal(0);
    el.querySelector('script')!.remove();
    await oneEvent(el, 'civic-load');
    expect(items(el)).to.have.length(9);
  });

  it('shares one request between elements with the same src', async () => {
    const id = unique();
    const url = asker(id, 100);
    const box = await fixture(html`<div><test-civic src=${url}></test-civic><test-civic src=${url}></test-civic><test-civic src=${url}></test-civic></div>`);
    await Promise.all([...box.children].map((c) => oneEvent(c, 'civic-load')));
    expect(await count(id)).to.equal(1);
  });

  it('abandons the old request when src changes', async () => {
    const slow = unique();
    const old = `/__api/echo?id=${slow}&delay=300&body=${encodeURIComponent('[{"title":"Old"}]')}`;
    const el = await fixture<TestCivic>(html`<test-civic src=${old}></test-civic>`);
    el.src = echo([{ title: 'New' }]);
    await oneEvent(el, 'civic-load');
    expect(items(el)).to.deep.equal(['New']);
    // Wait for the server to have answered the old URL (our own request to it), not for a fixed time.
    await fetch(old);
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['New']);
  });

  it('aborts its request when it leaves the page, and loads again when it comes back', async () => {
    const id = unique();
    const el = await fixture<TestCivic>(html`<test-civic src=${asker(id, 300)}></test-civic>`);
    // The first request must have reached the server before we leave, or there is nothing to abort.
    await waitUntil(async () => (await count(id)) === 1, 'the first request never arrived');
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await oneEvent(el, 'civic-load');
    expect(items(el)).to.have.length(9);
    expect(await count(id)).to.equal(2);
  });
});

describe('CivicElement: states and errors', () => {

  async function failing(src: string, extra: Partial<TestCivic> = {}) {
    const el = document.createElement('test-civic') as TestCivic;
    Object.assign(el, extra);
    el.src = src;
    const failed = oneEvent(el, 'civic-error') as Promise<CivicErrorEvent>;
    document.body.append(el);
    const event = await failed;
    await el.updateComplete;
    return { el, event };
  }

  it('says a non-OK status in Norwegian, in the widget and the event', async () => {
    const { el, event } = await failing(`/__api/status/404?id=${unique()}`);
    expect(el.status).to.equal('error');
    expect(event.detail.message).to.match(/svarte med feil 404/);
    expect(event.detail.issues).to.deep.equal([]);
    expect(text(el)).to.include('Kunne ikke vise innholdet');
    expect(text(el)).to.include('svarte med feil 404');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    el.remove();
  });

  it('says a body is not JSON', async () => {
    const { el, event } = await failing(`/__api/not-json?id=${unique()}`);
    expect(event.detail.message).to.include('ikke gyldig JSON');
    el.remove();
  });

  it('says a timeout in seconds', async () => {
    const { el, event } = await failing(`/__api/hang?id=${unique()}`, { timeout: 200, lang: 'en' });
    expect(event.detail.message).to.match(/did not answer within 0\.2 seconds/);
    expect(text(el)).to.include('did not answer');
    el.remove();
  });

  it('says a network failure', async () => {
    const { el, event } = await failing('http://127.0.0.1:9/x.json', { lang: 'nn' });
    expect(event.detail.message).to.include('Fekk ikkje kontakt');
    el.remove();
  });

  it('says inline JSON is broken', async () => {
    const el = document.createElement('test-civic');
    el.innerHTML = '<script type="application/json">{"priorities": [ {"title": "A" ]}</script>';
    const failed = oneEvent(el, 'civic-error') as Promise<CivicErrorEvent>;
    document.body.append(el);
    expect((await failed).detail.message).to.include('ikke gyldig JSON');
    el.remove();
  });

  it('says a document has the wrong shape', async () => {
    const { el, event } = await failing(echo('just a string'));
    expect(event.detail.message).to.include('feil form');
    expect(event.detail.issues).to.have.length(1);
    el.remove();
  });

  it('is an error when no item is valid, with every issue listed', async () => {
    const { el, event } = await failing(echo({ priorities: [{ title: 1 }, {}] }));
    expect(el.status).to.equal('error');
    expect(event.detail.message).to.include('Ingen av 2 oppføringer');
    expect(event.detail.issues.map((i) => i.path)).to.deep.equal(['priorities[0].title', 'priorities[1].title']);
    expect(text(el)).to.include('priorities[1].title');
    el.remove();
  });

  it('is partial: shows the valid items and says how many were left out', async () => {
    const el = document.createElement('test-civic') as TestCivic;
    el.data = { priorities: [{ title: 'A' }, { title: 2 }, { description: 'no title' }, { title: 'D' }] };
    const loaded = oneEvent(el, 'civic-load');
    const failed = oneEvent(el, 'civic-error') as Promise<CivicErrorEvent>;
    document.body.append(el);
    await loaded;
    const event = await failed;
    expect(items(el)).to.deep.equal(['A', 'D']);
    expect(event.detail.message).to.equal('2 oppføringer kunne ikke vises.');
    expect(event.detail.issues).to.have.length(2);
    expect(text(el)).to.include('2 oppføringer kunne ikke vises.');
    el.remove();
  });

  it('ignores problems in another element\'s section', async () => {
    let errors = 0;
    const el = document.createElement('test-civic') as TestCivic;
    el.addEventListener('civic-error', () => errors++);
    el.data = { priorities: [{ title: 'A' }], finances: [{ year: 'soon' }] };
    document.body.append(el);
    await oneEvent(el, 'civic-load');
    expect(errors).to.equal(0);
    el.remove();
  });

  it('is empty when the section has no items', async () => {
    const el = await fixture<TestCivic>(html`<test-civic .data=${{ title: 'Plan', priorities: [] }}></test-civic>`);
    expect(el.status).to.equal('empty');
    expect(text(el)).to.include('Ingenting å vise');
  });

  it('fires civic-load once per input, not on a language change', async () => {
    let loads = 0;
    const el = await fixture<TestCivic>(html`<test-civic @civic-load=${() => loads++} .data=${[{ title: 'A' }]}></test-civic>`);
    el.lang = 'en';
    await el.updateComplete;
    expect(loads).to.equal(1);
    el.data = [{ title: 'B' }];
    await el.updateComplete;
    expect(loads).to.equal(2);
  });

  it('re-translates its messages when the language changes', async () => {
    const el = await fixture<TestCivic>(html`<test-civic .data=${{ priorities: [{ title: 'A' }, {}] }}></test-civic>`);
    expect(text(el)).to.include('1 oppføring kunne ikke vises.');
    el.lang = 'en';
    await el.updateComplete;
    expect(text(el)).to.include('1 entry could not be shown.');
  });

  it('shows text from the data as text, never markup', async () => {
    const el = await fixture<TestCivic>(html`<test-civic .data=${{ title: '<img src=x onerror="window.hacked=1">', priorities: [{ title: '<b>x</b>' }] }}></test-civic>`);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(text(el)).to.include('<img src=x');
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('hides the heading with heading="" and sets its level', async () => {
    const el = await fixture<TestCivic>(html`<test-civic heading="" .data=${{ title: 'Plan', priorities: [{ title: 'A' }] }}></test-civic>`);
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
    el.heading = undefined;
    el.headingLevel = 4;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h4')!.textContent).to.equal('Prioriteringer');
  });

  it('writes the source line and links only http(s) and relative URLs', async () => {
    const el = await fixture<TestCivic>(html`<test-civic .data=${{ source: { name: 'Asker kommune', url: 'javascript:alert(1)', date: '2016-12-06' }, priorities: [{ title: 'A' }] }}></test-civic>`);
    expect(text(el)).to.include('Kilde: Asker kommune, 6. desember 2016');
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    el.data = { source: { name: 'Asker', url: 'https://www.asker.kommune.no/' }, priorities: [{ title: 'A' }] };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('https://www.asker.kommune.no/');
    expect(safeUrl('/data/x.json')).to.equal('/data/x.json');
    expect(safeUrl(' JavaScript:alert(1)')).to.equal(undefined);
    expect(safeUrl('data:text/html,x')).to.equal(undefined);
    expect(safeUrl('HTTP://example.org')).to.equal('HTTP://example.org');
  });

  it('is accessible in loading, error and partial states', async () => {
    const loading = await fixture<TestCivic>(html`<test-civic></test-civic>`);
    await expect(loading).to.be.accessible();
    const partial = await fixture<TestCivic>(html`<test-civic theme="dark" .data=${{ priorities: [{ title: 'A' }, {}] }}></test-civic>`);
    await expect(partial).to.be.accessible();
    const error = await fixture<TestCivic>(html`<test-civic .data=${'bad'}></test-civic>`);
    await expect(error).to.be.accessible();
  });
});
