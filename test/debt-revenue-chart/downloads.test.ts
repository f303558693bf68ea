// <civic-debt-revenue-chart> in Chromium: the downloads (CSV per language, SVG, PNG), caught at the
// link's click, and the export methods with nothing to export.
import { expect, waitUntil } from '@open-wc/testing';
import { $$, chart, DOC, plain } from './helpers.js';

describe('<civic-debt-revenue-chart>: downloads', () => {
  const saved: { name: string; href: string }[] = [];
  const click = HTMLAnchorElement.prototype.click;
  beforeEach(() => {
    saved.length = 0;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { saved.push({ name: this.download, href: this.href }); };
  });
  afterEach(() => { HTMLAnchorElement.prototype.click = click; });
  const button = (el: Element, label: string) => $$(el, '.tools button').find((b) => b.textContent === label)!;
  const fetched = async () => {
    await waitUntil(() => saved.length === 1, 'nothing was downloaded');
    return new Uint8Array(await (await fetch(saved[0].href)).arrayBuffer());
  };

  it('CSV in nb: BOM, semicolons, decimal comma, CRLF', async () => {
    const el = await chart();
    button(el, 'CSV').click();
    const bytes = await fetched();
    expect(saved[0].name).to.equal('laanegjeld-og-driftsinntekter.csv');
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).to.equal(el.toCsv());
    expect(text.split('\r\n')[3]).to.equal('2016;4339200000;5100000000;117,5;budsjett;brutt');
  });

  it('CSV in en: commas and decimal points', async () => {
    const el = await chart({ lang: 'en' });
    button(el, 'CSV').click();
    const text = new TextDecoder().decode(await fetched());
    expect(text.split('\r\n')[3]).to.equal('2016,4339200000,5100000000,117.5,budget,broken');
  });

  it('SVG with title, subtitle, legend and source line, in light colours even in the dark theme', async () => {
    const el = await chart({ theme: 'dark', view: 'growth' });
    button(el, 'SVG').click();
    const svg = new TextDecoder().decode(await fetched());
    expect(saved[0].name).to.equal('laanegjeld-og-driftsinntekter.svg');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const texts = [...doc.querySelectorAll('text')].map((t) => plain(t.textContent));
    expect(texts).to.include.members([
      'Handlingsprogram 2017–2020', 'Vekst i lånegjeld og driftsinntekter', 'Driftsinntekter', 'Lånegjeld',
      'Gjelden vokser raskere enn inntektene', 'Kilde: Asker kommune, 6. desember 2016', 'Indeks, 2015 = 100', 'Planperiode',
    ]);
    // The file's description: the rule, its verdict and the summary.
    expect(doc.querySelector('desc')!.textContent).to.include('Regelen: Lånegjelden skal ikke vokse raskere enn driftsinntektene. Lånegjelden skal etter planen vokse raskere');
    expect(doc.querySelector('rect')!.getAttribute('fill')).to.equal('#ffffff');
    expect(svg).to.include('stroke="#1f62b8"');
  });

  it('SVG uses the page\'s own series colours; a title from the data is escaped', async () => {
    const el = await chart({ data: { ...DOC, title: '<img src=x onerror=alert(1)>' } });
    el.style.setProperty('--civic-color-debt', '#6a1b9a');
    const svg = el.toSvg();
    expect(svg).to.include('stroke="#6a1b9a"');
    expect(svg).to.include('<title>&lt;img src=x onerror=alert(1)&gt;</title>');
    expect(new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('img')).to.equal(null);
  });

  it('PNG drawn from the SVG', async () => {
    const el = await chart();
    button(el, 'PNG').click();
    const bytes = await fetched();
    expect(saved[0].name).to.equal('laanegjeld-og-driftsinntekter.png');
    expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).to.equal('PNG');
    const img = await createImageBitmap(new Blob([bytes]));
    expect(img.width).to.equal(2 * (640 + 32));
  });

  it('nothing to export before data', async () => {
    const el = document.createElement('civic-debt-revenue-chart');
    expect(el.toCsv()).to.equal('');
    expect(el.toSvg()).to.equal('');
    let failed = false;
    await el.toPng().catch(() => { failed = true; });
    expect(failed).to.equal(true);
  });
});
