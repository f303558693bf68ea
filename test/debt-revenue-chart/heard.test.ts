/**
 * What a screen reader gets from <civic-debt-revenue-chart>, read from Chromium's
 * accessibility tree (a11ySnapshot: the tree NVDA, JAWS and VoiceOver read through the
 * platform APIs), not from the DOM: the year navigation is a slider (a role screen
 * readers switch to focus mode for, so their arrow keys reach it) whose value is the
 * chosen year in long form; the first and last year are said when an arrow key can go
 * no further; the download buttons say what they download; no name carries a soft
 * hyphen or a no-break space inside a number.
 *
 * One thing is read from the DOM: the slider's value text. Chromium 156's DevTools protocol, which
 * a11ySnapshot reads, reports `valuetext: ""` for every aria-valuetext (a plain
 * `<div role="slider" aria-valuetext="two things">` gives "" too), although the platform APIs get it;
 * so the tree gives the role, name, range and value (the year), and the attribute the value text.
 * Chromium also leaves tables out of the pruned snapshot: a table is heard as its runs of text.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { CivicDebtRevenueChart } from '../../src/debt-revenue-chart/debt-revenue-chart.js';
import { ASKER } from './asker.js';

interface AXNode {
  role: string;
  name?: string;
  description?: string;
  valuetext?: string;
  valuemin?: number;
  valuemax?: number;
  value?: string | number;
  orientation?: string;
  children?: AXNode[];
}

const DOC = { version: 1, title: 'Handlingsprogram 2017–2020', finances: ASKER };
let n = 0;

/** A chart in a named region (the snapshot of a node outside the tree would hold only its first child). */
async function chart(lang = 'nb'): Promise<{ el: CivicDebtRevenueChart; id: string }> {
  const id = `chart-heard-${n++}`;
  const box = await fixture<HTMLDivElement>(html`<div role="region" aria-label="test" id=${id} style="width: 640px">
    <civic-debt-revenue-chart lang=${lang} .data=${DOC}></civic-debt-revenue-chart></div>`);
  const el = box.firstElementChild as CivicDebtRevenueChart;
  await waitUntil(() => el.shadowRoot?.querySelector<HTMLElement>('.frame')?.style.height, 'the chart did not draw');
  await el.updateComplete;
  return { el, id };
}

/** The slider's value text (see above: the snapshot cannot give it). */
const valuetext = (el: CivicDebtRevenueChart) => el.shadowRoot!.querySelector('[role="slider"]')?.getAttribute('aria-valuetext');
const tree = async (id: string) => (await a11ySnapshot({ selector: `#${id}` })) as unknown as AXNode;
const all = (n: AXNode): AXNode[] => [n, ...(n.children ?? []).flatMap(all)];
const find = (root: AXNode, role: string) => all(root).filter((x) => x.role === role);

/** Presses a key on the focused chart and waits until Lit has drawn what it chose. */
async function press(el: CivicDebtRevenueChart, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** The live region's text as the tree has it. */
const said = async (id: string) => find(await tree(id), 'status').map((s) => all(s).filter((x) => x.role === 'StaticText').map((x) => x.name).join(' ')).join(' | ');

describe('<civic-debt-revenue-chart>: heard', () => {
  it('the year navigation is a horizontal slider of years whose value is the year in long form', async () => {
    const { el, id } = await chart();
    let [slider] = find(await tree(id), 'slider');
    expect(slider, 'no slider in the accessibility tree').to.not.equal(undefined);
    expect(slider.name).to.equal('Lånegjeld og driftsinntekter. Bruk piltastene for å gå mellom årene.');
    expect([slider.valuemin, slider.valuemax, slider.orientation]).to.deep.equal([2014, 2020, 'horizontal']);
    expect(slider.value).to.equal(2014);
    expect(valuetext(el)).to.equal('Ingen år valgt');
    el.shadowRoot!.querySelector<HTMLElement>('.frame')!.focus();
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    [slider] = find(await tree(id), 'slider');
    expect(valuetext(el)).to.equal('2015 (regnskap). Driftsinntekter: 4,3 milliarder kroner. Lånegjeld: 4,6 milliarder kroner.');
    expect(slider.value).to.equal(2015);
    // The slider says the year; the live region does not say it again.
    expect(await said(id)).to.equal('');
  });

  it('an arrow key at the first or last year says so (nb)', async () => {
    const { el, id } = await chart();
    el.shadowRoot!.querySelector<HTMLElement>('.frame')!.focus();
    await press(el, 'Home');
    await press(el, 'ArrowLeft');
    expect(await said(id)).to.equal('Dette er det første året, 2014 (regnskap).');
    // Again: the region is emptied and filled, so the second press is said too.
    const region = el.shadowRoot!.querySelector('.body > [role="status"]')!;
    const changes: string[] = [];
    new MutationObserver(() => changes.push(region.textContent!)).observe(region, { childList: true, subtree: true, characterData: true });
    await press(el, 'ArrowLeft');
    await waitUntil(() => changes.at(-1) === 'Dette er det første året, 2014 (regnskap).', 'the second press was not said');
    expect(changes).to.include('');
    await press(el, 'End');
    await press(el, 'ArrowRight');
    expect(await said(id)).to.equal('Dette er det siste året, 2020 (plan).');
    const [slider] = find(await tree(id), 'slider');
    expect(slider.value).to.equal(2020);
    expect(valuetext(el)).to.match(/^2020 \(plan\)\. Driftsinntekter: 5,1 milliarder kroner/);
  });

  it('an arrow key at the first or last year says so (en)', async () => {
    const { el, id } = await chart('en');
    el.shadowRoot!.querySelector<HTMLElement>('.frame')!.focus();
    await press(el, 'End');
    await press(el, 'ArrowRight');
    expect(await said(id)).to.equal('This is the last year, 2020 (plan).');
    const [slider] = find(await tree(id), 'slider');
    expect(slider.name).to.equal('Loan debt and operating revenue. Use the arrow keys to move between years.');
    expect(valuetext(el)).to.equal('2020 (plan). Operating revenue: 5.1 billion kroner. Loan debt: not given.');
  });

  it('with nothing to plot there is no slider: a group, and the live region says the year', async () => {
    const { el, id } = await chart();
    el.view = 'ratio';
    el.data = [{ year: 2015, revenue: 4e9 }, { year: 2016, revenue: 4.1e9 }];
    await el.updateComplete;
    const root = await tree(id);
    expect(find(root, 'slider')).to.deep.equal([]);
    expect(find(root, 'group').map((g) => g.name)).to.include('Lånegjeld i prosent av driftsinntektene. Bruk piltastene for å gå mellom årene.');
    el.shadowRoot!.querySelector<HTMLElement>('.frame')!.focus();
    await press(el, 'ArrowRight');
    expect(await said(id)).to.equal('2015 (regnskap). Lånegjeld i % av driftsinntektene: ikke oppgitt.');
    await press(el, 'ArrowLeft');
    expect(await said(id)).to.equal('Dette er det første året, 2015 (regnskap).');
  });

  for (const [lang, names] of [
    ['nb', ['Vis tabell', 'Last ned tallene som CSV', 'Last ned figuren som SVG', 'Last ned figuren som PNG']],
    ['nn', ['Vis tabell', 'Last ned tala som CSV', 'Last ned figuren som SVG', 'Last ned figuren som PNG']],
    ['en', ['Show table', 'Download the figures as CSV', 'Download the chart as SVG', 'Download the chart as PNG']],
  ] as const) {
    it(`the buttons say what they download (${lang})`, async () => {
      const { id } = await chart(lang);
      expect(find(await tree(id), 'button').map((b) => b.name)).to.deep.equal(names);
    });
  }

  it('the table: no soft hyphen in any name, and amounts read as one number', async () => {
    const { el, id } = await chart();
    el.shadowRoot!.querySelector<HTMLButtonElement>('.tools button')!.click();
    await el.updateComplete;
    const root = await tree(id);
    const names = all(root).map((x) => x.name ?? '');
    expect(names.filter((s) => /[\u00ad\u200b-\u200d\u2060\ufeff]/.test(s)), 'names with invisible characters').to.deep.equal([]);
    const [table] = find(root, 'region').filter((r) => r.name === 'Handlingsprogram 2017–2020: Lånegjeld og driftsinntekter');
    const texts = all(table).filter((x) => x.role === 'StaticText').map((x) => x.name);
    expect(texts.slice(0, 3)).to.deep.equal(['Lånegjeld og driftsinntekter (mill. kr)', 'År', 'Driftsinntekter']);
    const row = (year: string) => texts.slice(texts.indexOf(year), texts.indexOf(year) + 5);
    // An empty verdict (2014: nothing to compare with) is no text at all.
    expect(row('2014').slice(0, 4)).to.deep.equal(['2014', 'ikke oppgitt', '4307', 'ikke oppgitt']);
    // The kind is on its own line under the year: heard as "2016, budsjett".
    expect(texts.slice(texts.indexOf('2016'), texts.indexOf('2016') + 6)).to.deep.equal(['2016', 'budsjett', '4339,2', '5100', '117,5\u00a0%', 'brutt']);
    // No amount keeps a space between digits for a reader to split it at.
    expect(texts.filter((s) => /\d[\u00a0\u202f ]\d/.test(s!))).to.deep.equal([]);
  });

  for (const [lang, long, short] of [
    ['nb', /milliarder kroner/, /mrd\.|mill\./],
    ['nn', /milliardar kroner/, /mrd\.|mill\./],
    ['en', /billion kroner/, /NOK|bn\b/],
  ] as const) {
    it(`the summary, the slider's description, says amounts in full (${lang})`, async () => {
      const { el, id } = await chart(lang);
      const [slider] = find(await tree(id), 'slider');
      expect(slider.description, 'description').to.match(long);
      expect(slider.description).not.to.match(short);
      // The eye still gets the short form.
      expect(el.shadowRoot!.querySelector('[part~="summary"] [aria-hidden="true"]')!.textContent).to.match(short);
    });
  }
});
