// <civic-debt-revenue-chart> in Chromium: reading one year, by keyboard (one tab stop, a slider's
// value text), by mouse (a tooltip that goes when the mouse leaves) and by touch (it stays).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, chart, plain } from './helpers.js';

describe('<civic-debt-revenue-chart>: reading a year', () => {
  it('is one tab stop; ←/→/Home/End move between years, said as the slider value', async () => {
    const el = await chart();
    const frame = $(el, '.frame');
    expect(frame.tabIndex).to.equal(0);
    // Before the buttons, nothing else in the chart takes focus: the table's box is out of the tab order while hidden.
    expect($$(el, '[tabindex]').filter((e) => e.tabIndex >= 0)).to.deep.equal([frame]);
    frame.focus();
    // A slider to screen readers: its value text says the chosen year (test/debt-revenue-chart/heard.test.ts reads the tree).
    const said = () => frame.getAttribute('aria-valuetext');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(said()).to.equal('2014 (regnskap). Driftsinntekter: ikke oppgitt. Lånegjeld: 4,3 milliarder kroner.');
    expect(plain($(el, '.tip strong').textContent)).to.equal('2014 (regnskap)');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(said()).to.equal('2015 (regnskap). Driftsinntekter: 4,3 milliarder kroner. Lånegjeld: 4,6 milliarder kroner.');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(said()).to.equal('2020 (plan). Driftsinntekter: 5,1 milliarder kroner. Lånegjeld: ikke oppgitt.');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(said()).to.match(/^2020/);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(said()).to.match(/^2019 \(plan\)/);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(said()).to.match(/^2014/);
    expect(Number($(el, 'line.cursor').getAttribute('x1'))).to.equal(Number($$(el, 'text.tick').find((t) => t.textContent === '2014')!.getAttribute('x')));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, 'line.cursor')).to.equal(null);
    expect($(el, '.tip')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('ArrowLeft from nothing starts at the last year; the focus ring is visible', async () => {
    const el = await chart({ view: 'growth' });
    $(el, '.frame').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect($(el, '.frame').getAttribute('aria-valuetext')).to.equal('2020 (plan). Driftsinntekter: indeks 118,5. Lånegjeld: ikke oppgitt.');
    expect($(el, '.frame').matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle($(el, '.frame')).outlineStyle).to.equal('solid');
  });

  it('hover shows the nearest year in a tooltip; a mouse leaving takes it away', async () => {
    const el = await chart();
    const frame = $(el, '.frame');
    const tick = $$(el, 'text.tick').find((t) => t.textContent === '2017')!;
    const box = frame.getBoundingClientRect();
    const clientX = box.left + (Number(tick.getAttribute('x')) + 20) * (box.width / 640);
    frame.dispatchEvent(new PointerEvent('pointermove', { clientX, clientY: box.top + 100, pointerType: 'mouse', bubbles: true }));
    await el.updateComplete;
    const tip = $(el, '.tip');
    expect(plain(tip.textContent)).to.equal('2017 (budsjett) Driftsinntekter: 4,6 mrd. kr Lånegjeld: 5,6 mrd. kr');
    expect(tip.getAttribute('aria-hidden')).to.equal('true');
    // Beside the rule, below the figures (they are high up); placed through the CSSOM, which a strict CSP allows
    // (test/embedding/csp.test.ts checks the bundle under one).
    expect(parseFloat(tip.style.left)).to.be.closeTo((Number(tick.getAttribute('x')) / 640) * 100, 0.1);
    expect([tip.style.right, tip.style.top, tip.style.bottom]).to.deep.equal(['', '', '34px']);
    // The pointer does not talk to screen readers; the keyboard does.
    expect($(el, '.body > [role="status"]').textContent).to.equal('');
    frame.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    await el.updateComplete;
    expect($(el, '.tip')).to.equal(null);
  });

  it('touch shows the touched year and leaves it up', async () => {
    const el = await chart({ view: 'ratio' });
    const frame = $(el, '.frame');
    const box = frame.getBoundingClientRect();
    frame.dispatchEvent(new PointerEvent('pointerdown', { clientX: box.right - 2, clientY: box.top + 50, pointerType: 'touch', bubbles: true }));
    frame.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'touch' }));
    await el.updateComplete;
    expect(plain($(el, '.tip').textContent)).to.equal('2020 (plan) Lånegjeld: ikke oppgitt');
    expect(getComputedStyle(frame).touchAction).to.equal('pan-y');
  });
});
