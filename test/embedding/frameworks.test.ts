// React 19 and Vue 3 apps (pages/react-app.jsx, pages/vue-app.js) pass the
// document as the `data` property and listen to civic-load / civic-error.
import { expect } from '@open-wc/testing';
import { openHost, TAGS, type Host } from './host.js';

for (const framework of ['react', 'vue']) {
  describe(`${framework} app`, () => {
    let host: Host;
    before(async () => { host = await openHost(`${framework}.html`); });
    after(() => host.close());

    it('no error on the page', () => {
      expect(host.record.errors).to.deep.equal([]);
    });

    it('passes the document as the data property, not as an attribute', () => {
      for (const tag of TAGS) {
        const el = host.doc.querySelector(`${tag}:not(#bad)`) as Element & { data: unknown };
        expect(el.hasAttribute('data'), `${tag} has a data attribute`).to.equal(false);
        expect((el.data as { title: string }).title, tag).to.equal('Handlingsprogram 2017–2020');
        expect(el.shadowRoot!.textContent, tag).to.include('Handlingsprogram 2017–2020');
      }
      const list = host.doc.querySelector('civic-priority-list:not(#bad)')!;
      expect(list.shadowRoot!.querySelectorAll('li.item').length).to.equal(9);
    });

    it("the app's handlers receive civic-load and civic-error, bad data with its issues", async () => {
      const shown = () => [...host.doc.querySelectorAll('#events li')].map((li) => li.textContent);
      // The app renders what its handlers got; its last re-render may still be queued.
      await new Promise((r) => host.win.requestAnimationFrame(r));
      expect(shown()).to.have.members([
        'load civic-priority-list Handlingsprogram 2017–2020',
        'load civic-investment-timeline Handlingsprogram 2017–2020',
        'load civic-debt-revenue-chart Handlingsprogram 2017–2020',
        'error civic-priority-list 1',
      ]);
      const bad = host.record.failures.find((f) => f.tag === 'civic-priority-list')!;
      expect(bad.issues.map((i) => i.path)).to.deep.equal(['priorities[0].title']);
      expect(host.doc.querySelector('#bad')!.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    });
  });
}
