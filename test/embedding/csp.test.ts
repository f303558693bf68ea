// A host page served with a strict Content-Security-Policy and Trusted Types
// enforcement (test/embedding/server.js) renders all three elements from `src`,
// the built bundle, with zero violations. docs/embedding.md states the policy.
import { expect, waitUntil } from '@open-wc/testing';
import { openHost, PAGES, TAGS, type Host } from './host.js';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

describe('strict CSP and Trusted Types', () => {
  let host: Host | undefined;
  afterEach(() => host?.close());

  it('the page really is served with the strict policy that docs/embedding.md states', async () => {
    const response = await fetch(`${PAGES}csp.html`);
    expect(response.headers.get('content-security-policy')).to.equal(STRICT);
    const docs = await (await fetch('/docs/embedding.md')).text();
    expect(docs).to.include(STRICT);
  });

  it('renders all three elements from src with zero securitypolicyviolation events', async () => {
    host = await openHost('csp.html');
    const { record, doc, win } = host;
    // The policy is in force: an inline style attribute is refused and reported.
    expect(win.trustedTypes?.defaultPolicy ?? null).to.equal(null);
    expect(record.errors, 'errors').to.deep.equal([]);
    const violations = record.violations.map((v) => `${v.directive}: ${v.element} (${v.blocked})`);
    console.log(`CSP violations on csp.html: ${violations.length}`);
    expect(violations, 'violations').to.deep.equal([]);
    expect([...record.loads].sort()).to.deep.equal([...TAGS].sort());
    expect(record.failures.map((f) => f.tag)).to.deep.equal(['civic-debt-revenue-chart']);
    for (const tag of TAGS) {
      const el = doc.querySelector(tag)!;
      expect(el.shadowRoot!.textContent, tag).to.include('Handlingsprogram 2017–2020');
      // Styles applied (adoptedStyleSheets are not subject to style-src): the base box has our line height.
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      expect(win.getComputedStyle(base).textTransform).to.equal('none');
      expect(el.shadowRoot!.adoptedStyleSheets.length, `${tag} adopted sheets`).to.be.above(0);
    }
    // The error box is styled too.
    const failed = doc.querySelectorAll('civic-debt-revenue-chart')[1];
    expect(failed.shadowRoot!.querySelector('[role="alert"]')).to.exist;
  });

  it('the policy is enforced, so a zero count means something: a style attribute is blocked', async () => {
    host = await openHost('csp.html');
    const { doc, win } = host;
    const seen = new Promise<SecurityPolicyViolationEvent>((resolve) =>
      doc.addEventListener('securitypolicyviolation', resolve as EventListener, { once: true }));
    const probe = doc.createElement('div');
    probe.setAttribute('style', 'color: red');
    doc.body.append(probe);
    expect((await seen).effectiveDirective).to.match(/^style-src/);
    expect(win.getComputedStyle(probe).color).not.to.equal('rgb(255, 0, 0)');
    expect(() => { doc.body.innerHTML += ''; }, 'Trusted Types enforced').to.throw();
  });

  it('two copies of the bundle under the strict policy: the second copy cannot create its lit-html policy', async () => {
    host = await openHost('csp-two-copies.html');
    // Measured: Lit creates a Trusted Types policy named lit-html per copy; without
    // 'allow-duplicates' the second copy's createPolicy is refused. The elements of
    // the first copy still render (first definition wins).
    // Chromium delivers the violation report as a task of its own, sometimes after the
    // elements have settled; the live record (not the posted snapshot) gets it.
    const record = (host.win as unknown as { civicRecord: typeof host.record }).civicRecord;
    await waitUntil(() => record.violations.some((v) => v.directive === 'trusted-types'), 'no trusted-types violation', { timeout: 5000 });
    expect([...record.loads].sort()).to.deep.equal(['civic-debt-revenue-chart', 'civic-priority-list']);
    const tt = record.violations.filter((v) => v.directive === 'trusted-types');
    expect(tt.map((v) => v.blocked)).to.deep.equal(['trusted-types-policy']);
    expect(record.errors.length).to.equal(1);
  });

  it("two copies with trusted-types lit-html 'allow-duplicates': zero violations, no error", async () => {
    host = await openHost('csp-two-copies.html?csp=duplicates');
    const { record } = host;
    expect(record.violations.filter((v) => v.directive === 'trusted-types')).to.deep.equal([]);
    expect(record.errors).to.deep.equal([]);
    expect(record.warnings).to.have.length(1);
    expect([...record.loads].sort()).to.deep.equal(['civic-debt-revenue-chart', 'civic-priority-list']);
  });
});
