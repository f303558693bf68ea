import { expect, fixture, html } from '@open-wc/testing';
import { normaliseLang, resolveLang, MESSAGES, LANGS, areaLabel } from '../../src/shared/i18n.js';

describe('i18n', () => {
  it('maps language tags to nb, nn and en', () => {
    expect(normaliseLang('nb-NO')).to.equal('nb');
    expect(normaliseLang('no')).to.equal('nb');
    expect(normaliseLang('NN')).to.equal('nn');
    expect(normaliseLang('en-GB')).to.equal('en');
    expect(normaliseLang('de')).to.equal(undefined);
    expect(normaliseLang('')).to.equal(undefined);
  });

  it('takes the element, then the nearest ancestor, then the document', async () => {
    const el = await fixture(html`<section lang="nn"><div><span id="x"></span><span id="y" lang="en"></span></div></section>`);
    expect(resolveLang(el.querySelector('#x')!)).to.equal('nn');
    expect(resolveLang(el.querySelector('#y')!)).to.equal('en');
    document.documentElement.lang = 'en';
    const loose = document.createElement('span');
    document.body.append(loose);
    expect(resolveLang(loose)).to.equal('en');
    document.documentElement.removeAttribute('lang');
    expect(resolveLang(loose)).to.equal('nb');
    loose.remove();
  });

  it('crosses shadow roots to find the language', async () => {
    const host = await fixture(html`<div lang="en"></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLang(inner)).to.equal('en');
  });

  it('has every string in every language', () => {
    const keys = Object.keys(MESSAGES.nb);
    for (const lang of LANGS) expect(Object.keys(MESSAGES[lang])).to.have.members(keys);
    expect(MESSAGES.nn.loading).to.not.equal(MESSAGES.nb.loading);
    expect(MESSAGES.en.loading).to.not.equal(MESSAGES.nb.loading);
  });

  it('labels well-known areas and keeps unknown ones readable', () => {
    expect(areaLabel('nb', 'education')).to.equal('Skole');
    expect(areaLabel('nn', 'education')).to.equal('Skule');
    expect(areaLabel('en', 'education')).to.equal('Education');
    expect(areaLabel('nb', 'vann og avløp')).to.equal('Vann og avløp');
  });
});
