// The builder page (demo/builder.html) as an editor uses it: paste a sheet, see the element,
// download the document; drop an .xlsx; change a column's role and the unit; switch language.
import { expect, oneEvent } from '@open-wc/testing';
// write-excel-file's entry files end without a newline, which the test server's import rewriting
// mangles (SyntaxError), so its browser module is imported by path; the types are those of its entry.
// @ts-expect-error -- no declaration file at this path
import writeXlsxFileByPath from '/node_modules/write-excel-file/modules/export/writeXlsxFileBrowser.js';
import type writeXlsxFileType from 'write-excel-file/browser';

const writeXlsxFile = writeXlsxFileByPath as typeof writeXlsxFileType;
import { axeViolations, openPage, overflowing, settled, text, type Frame } from './helpers.js';

/** The builder page in an iframe, once it is ready. */
const openBuilder = (width = 1280, query = ''): Promise<Frame> => openPage('builder.html', 'builder-ready', 'Builder page', width, 900, query);

const fixture = async (name: string) => (await fetch(`/test/node/fixtures/convert/${name}`)).text();
const asker = async () => (await fetch('/demo/data/asker-2017-2020.json')).json();

/** Does something on the page and resolves when the builder has converted again. */
async function converted(f: Frame, act: () => void): Promise<void> {
  const done = oneEvent(f.win, 'builder-updated');
  act();
  await done;
}

function paste(f: Frame, section: string, value: string) {
  return converted(f, () => {
    const area = f.doc.getElementById(`step-${section}-paste`) as HTMLTextAreaElement;
    area.value = value;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const downloaded = async (f: Frame) => {
  const link = f.doc.getElementById('download') as HTMLAnchorElement;
  expect(link.getAttribute('download')).to.equal('handlingsprogram.json');
  return (await fetch(link.href)).json();
};
const reports = (f: Frame, section: string) => [...f.doc.querySelectorAll(`#step-${section} .reports li`)].map((li) => li.textContent);

describe('builder page', () => {
  let f: Frame | undefined;
  afterEach(() => f?.frame.remove());

  it('paste → preview → download: Asker\'s investment table in 1000 kr', async () => {
    f = await openBuilder();
    expect((f.doc.getElementById('download') as HTMLAnchorElement).hasAttribute('href'), 'nothing to download yet').to.equal(false);
    await paste(f, 'investments', await fixture('asker-investeringer-1000kr.csv'));
    const timeline = f.doc.querySelector('#step-investments civic-investment-timeline')!;
    await settled(timeline);
    expect(text(timeline)).to.include('Nytt sykehjem på Nesbru');
    expect(f.doc.querySelector('#step-investments .found')!.textContent).to.equal('9 investeringer lest.');
    expect(reports(f, 'investments')).to.deep.equal(['Rad 14: summerad, hoppet over']);
    const doc = await downloaded(f);
    const data = await asker();
    expect(doc.investments.map((i: { name: string }) => i.name)).to.deep.equal(data.investments.map((i: { name: string }) => i.name));
    expect(doc.investments[0]).to.include({ cost: 338000000, end: 2017, phase: 'F3', area: 'health' });
    expect(doc.period).to.deep.equal({ start: 2017, end: 2020 });
    expect(f.doc.getElementById('doc-status')!.textContent).to.include('Dokumentet er gyldig.');
    expect(f.doc.getElementById('to-embed')!.getAttribute('href')).to.equal('./index.html#embed');

    // The editor says the phase column is not to be used: the document follows.
    await converted(f, () => {
      const select = f!.doc.querySelector<HTMLSelectElement>('#step-investments select[data-column="3"]')!;
      expect(select.value).to.equal('phase');
      select.value = 'ignore';
      select.dispatchEvent(new Event('change'));
    });
    expect((await downloaded(f)).investments.some((i: object) => 'phase' in i)).to.equal(false);

    // The finances join the same document; the chart shows them.
    await paste(f, 'finances', await fixture('asker-okonomi-mill.csv'));
    await settled(f.doc.querySelector('#step-finances civic-debt-revenue-chart')!);
    const both = await downloaded(f);
    expect(both.finances).to.deep.equal(data.finances);
    expect(both.investments).to.have.length(9);
  });

  it('a dropped .xlsx file is read (the xlsx reader loads on demand)', async () => {
    f = await openBuilder();
    const data = await asker();
    const rows = [
      [{ value: 'Prioritering' }, { value: 'Område' }],
      ...data.priorities.map((p: { title: string; area: string }) => [{ value: p.title }, { value: p.area }]),
    ];
    const blob = await writeXlsxFile(rows).toBlob();
    // The file, the transfer and the event are made in the page's own window, as a real drop makes them.
    const transfer = new f.win.DataTransfer();
    transfer.items.add(new f.win.File([await blob.arrayBuffer()], 'prioriteringer.xlsx'));
    await converted(f, () => f!.doc.getElementById('step-priorities')!.dispatchEvent(new f!.win.DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true })));
    expect(reports(f, 'priorities')).to.deep.equal([]);
    const list = f.doc.querySelector('#step-priorities civic-priority-list')!;
    await settled(list);
    expect(text(list)).to.include('Asker har status som sykkelby');
    expect((await downloaded(f)).priorities.map((p: { area: string }) => p.area)).to.deep.equal(data.priorities.map((p: { area: string }) => p.area));
  });

  it('amounts without a unit wait for the editor to choose one; reports follow the language', async () => {
    f = await openBuilder();
    await paste(f, 'investments', await fixture('uten-enhet.csv'));
    expect(reports(f, 'investments')[0]).to.match(/^Kolonnene «2017», «2018», «2019», «2020» og «Totalramme»: ingen enhet oppgitt/);
    expect((await downloaded(f)).investments[0].cost).to.equal(undefined);
    await converted(f, () => {
      const unit = f!.doc.getElementById('step-investments-unit') as HTMLSelectElement;
      unit.value = '1000';
      unit.dispatchEvent(new Event('change'));
    });
    expect(reports(f, 'investments')).to.deep.equal([]);
    expect((await downloaded(f)).investments[0].cost).to.equal(287500000);

    await paste(f, 'investments', await fixture('problemer.csv'));
    await converted(f, () => (f!.doc.getElementById('lang-en') as HTMLInputElement).click());
    expect(f.doc.documentElement.lang).to.equal('en');
    expect(f.doc.querySelector('h1')!.textContent).to.equal('From your spreadsheet: make a programme document');
    expect(f.doc.querySelector('.skip-link')!.textContent).to.equal('Skip to content');
    expect(reports(f, 'investments')).to.include('Row 4: has no project name, row not used');
    expect((f.doc.getElementById('step-investments-paste') as HTMLTextAreaElement).value, 'the pasted table stays').to.include('Ny ishall Risenga');
  });

  it('passes axe, light, at 1280 px, with the Asker example', async () => {
    f = await openBuilder(1280, '?example=asker&theme=light');
    await Promise.all([...f.doc.querySelectorAll('.step-preview > *')].map(settled));
    expect(f.doc.querySelectorAll('.step-preview > *')).to.have.length(3);
    expect(await axeViolations(f)).to.deep.equal([]);
  });

  it('passes axe, dark, at 320 px, in nynorsk, and does not scroll sideways', async () => {
    f = await openBuilder(320, '?example=asker&theme=dark&lang=nn');
    await Promise.all([...f.doc.querySelectorAll('.step-preview > *')].map(settled));
    expect(f.doc.querySelector('h1')!.textContent).to.equal('Frå reknearket: lag eit programdokument');
    const root = f.doc.documentElement;
    expect(root.scrollWidth, `too wide: ${overflowing(f.doc).slice(0, 8).join(', ')}`).to.be.at.most(root.clientWidth);
    expect(await axeViolations(f)).to.deep.equal([]);
  });
});
