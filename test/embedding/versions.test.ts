// Two versions and two copies of the library on one page (pages/versions.html):
// no error, the first definition of each tag wins, one console warning for the page.
import { expect } from '@open-wc/testing';
import { openHost, TAGS, type Host } from './host.js';

describe('two copies, two versions', () => {
  let host: Host;
  before(async () => { host = await openHost('versions.html'); });
  after(() => host.close());

  it('no error', () => {
    expect(host.record.errors).to.deep.equal([]);
    expect(host.record.failures).to.deep.equal([]);
  });

  it('the first definition wins: the other version keeps its tag, the first copy defines the rest', () => {
    const get = (tag: string) => host.win.customElements.get(tag) as unknown as { version?: string; name: string };
    expect(get('civic-priority-list').version).to.equal('9.9.9');
    expect(host.doc.querySelector('civic-priority-list')!.shadowRoot!.textContent).to.equal('civic-widgets 9.9.9');
    for (const tag of TAGS.slice(1)) {
      expect(get(tag).version, tag).to.equal('0.1.0');
      expect(host.doc.querySelector(tag)!.shadowRoot!.textContent, tag).to.include('Handlingsprogram 2017–2020');
    }
    expect([...host.record.loads].sort()).to.deep.equal([...TAGS].sort());
  });

  it('exactly one console warning, naming the tag and both versions', () => {
    expect(host.record.warnings, JSON.stringify(host.record.warnings)).to.have.length(1);
    const [warning] = host.record.warnings;
    expect(warning).to.include('civic-priority-list');
    expect(warning).to.include('9.9.9');
    expect(warning).to.include('0.1.0');
  });
});
