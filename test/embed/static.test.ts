// The static form, as the command prints it for the Asker data and as each sanitizer leaves it
// (test/embed/golden/, written by test/embed/node/forms.test.js): a page without any script shows
// the content; the same page with the bundle shows the live element with that data instead, and
// it fires civic-load.
import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { staticEmbed } from '../../src/embed/static.js';
import { SANITIZERS, TAGS, golden, openPage, shownText, upgraded } from './helpers.js';

const asker = fetch('/demo/data/asker-2017-2020.json').then((r) => r.json());

/** Words a reader must see, and which tell the live element's data from nothing: titles or names, a year, an amount. */
async function expected(tag: string, live = false): Promise<string[]> {
  const doc = await asker;
  if (tag === 'civic-priority-list') return doc.priorities.map((p: { title: string }) => p.title);
  if (tag === 'civic-investment-timeline') return [...doc.investments.map((p: { name: string }) => p.name), '338\u00a0mill.\u00a0kr', '2017'];
  // The static table has the figures in millions; the live chart's words carry them rounded.
  return live ? ['2014', '2020', '4,3\u00a0mrd.\u00a0kr i 2014', '5,1\u00a0mrd.\u00a0kr i 2020'] : ['2014', '2020', '4\u00a0265,1', '5\u00a0680'];
}

describe('the static form after each sanitizer', () => {
  for (const tag of TAGS) {
    for (const sanitizer of SANITIZERS) {
      it(`<${tag}> after ${sanitizer}: shown without JavaScript; upgraded with the bundle`, async () => {
        const html = await golden(`${tag}.static.${sanitizer}.html`);
        const plain = await openPage(html, { scripts: false, width: 320 });
        try {
          const text = shownText(plain.doc.body);
          for (const words of await expected(tag)) expect(text, 'without JavaScript').to.include(words);
          expect(plain.doc.querySelector('section a[href*="#civic-"]')).to.exist;
        } finally {
          plain.close();
        }
        const page = await openPage(html, { bundle: true });
        try {
          const [el] = await upgraded(page);
          expect(page.win.probe.errors).to.deep.equal([]);
          expect(page.win.probe.loads).to.deep.equal([tag]);
          expect(el.localName).to.equal(tag);
          expect(el.getAttribute('src')).to.equal(new URL('/__api/asker?delay=800', location.href).href);
          expect(page.doc.querySelector('section')).to.equal(null);
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          const text = shownText(el.shadowRoot!);
          for (const words of await expected(tag, true)) expect(text, 'the live element').to.include(words);
        } finally {
          page.close();
        }
      });
    }
  }

  it('a static embed added later is upgraded too', async () => {
    const page = await openPage('<div id="later"></div>', { bundle: true });
    try {
      await page.win.customElements.whenDefined('civic-priority-list');
      page.doc.getElementById('later')!.innerHTML = await golden('civic-priority-list.static.sanitize-html.html');
      const [el] = await upgraded(page);
      expect(el.localName).to.equal('civic-priority-list');
    } finally {
      page.close();
    }
  });

  it('when the data cannot be loaded, the static embed stays', async () => {
    const html = (await golden('civic-debt-revenue-chart.static.dompurify.html')).replace('/__api/asker?delay=800', '/__api/status/404');
    const page = await openPage(html, { bundle: true });
    try {
      const { waitUntil } = await import('@open-wc/testing');
      await waitUntil(() => page.win.probe.errors.length > 0, 'no civic-error');
      expect(page.doc.querySelector('section table')).to.exist;
      expect(page.doc.querySelector('civic-debt-revenue-chart')).to.equal(null);
    } finally {
      page.close();
    }
  });
});

describe('the static list under an area filter', () => {
  /** Each <li>'s number as a browser gives it: its value when it has one, else one more than the one before. */
  const numbers = (html: string) => {
    const ol = new DOMParser().parseFromString(html, 'text/html').querySelector('ol')!;
    let n = Number(ol.getAttribute('start') ?? 1) - 1;
    return [...ol.querySelectorAll('li')].map((li) => (n = li.hasAttribute('value') ? Number(li.getAttribute('value')) : n + 1));
  };
  const list = async (area?: string) =>
    staticEmbed(await asker, { element: 'civic-priority-list', dataUrl: '/data.json', attributes: area ? { area } : {} });

  it('keeps each priority\'s number in the whole programme, as the live element does ("6 stays 6")', async () => {
    const html = await list('health');
    // Asker's health priorities are its 3rd, 4th and 5th.
    expect(numbers(html)).to.deep.equal([3, 4, 5]);
    // DOMPurify's defaults keep li's value (sanitize-html's drop it: the list is then numbered 1..n).
    expect(numbers(DOMPurify.sanitize(html))).to.deep.equal([3, 4, 5]);
    const education = await list('education');
    expect(numbers(education)).to.deep.equal([6, 7]);
  });

  it('writes no value when the numbers are 1..n', async () => {
    const html = await list();
    expect(html).not.to.include(' value=');
    expect(numbers(html)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await list('care')).not.to.include(' value=');
  });
});
