// Crafted static embeds render nothing dangerous: the loader only builds the three tags, from
// http(s) or relative data URLs, with the listed attributes, as text. Each page ends with one
// genuine embed; once that is upgraded, the loader has seen (and refused) the crafted ones above it.
import { expect } from '@open-wc/testing';
import { golden, openPage, shownText, upgraded } from './helpers.js';

const section = (href: string, text = 'Prioriteringer') =>
  `<section><h2>${text}</h2><ol><li>Punkt</li></ol><p><a href="${href}">Dataene (JSON)</a></p></section>`;

const CRAFTED = {
  'javascript: data URL': section('javascript:parent.pwned=1//#civic-priority-list?lang=nb'),
  'javascript: with a tab': section('java&#9;script:parent.pwned=1//#civic-priority-list'),
  'data: URL': section('data:application/json,%5B%5D#civic-priority-list'),
  'an unknown tag': section('/__api/asker#civic-evil?lang=nb'),
  'script as the tag': section('/__api/asker#script'),
  'img as the tag': section('/__api/asker#img?src=x&onerror=parent.pwned%3D1'),
  'a tag name in another case': section('/__api/asker#CIVIC-PRIORITY-LIST'),
};

describe('crafted static embeds', () => {
  for (const [name, html] of Object.entries(CRAFTED)) {
    it(`${name}: left as it is`, async () => {
      const genuine = await golden('civic-investment-timeline.static.sanitize-html.html');
      const page = await openPage(`${html}\n${genuine}`, { bundle: true });
      try {
        const [el] = await upgraded(page, 1, 1);
        expect(el?.localName, 'the genuine embed is upgraded').to.equal('civic-investment-timeline');
        expect(page.doc.querySelectorAll('civic-priority-list, img, iframe, script:not([src])').length).to.equal(0);
        expect(page.doc.querySelectorAll('section').length, 'the crafted one stays static').to.equal(1);
        expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
        expect((page.win as unknown as { pwned?: number }).pwned).to.equal(undefined);
      } finally {
        page.close();
      }
    });
  }

  it('markup in the fragment\'s attributes stays text; unknown attributes are not set', async () => {
    const heading = '<img src=x onerror="parent.pwned=1">';
    const href = `/__api/asker#civic-priority-list?lang=nb&heading=${encodeURIComponent(heading)}&onclick=parent.pwned%3D1&src=javascript:parent.pwned%3D1&style=display:none`;
    const page = await openPage(section(href, '&lt;b&gt;static&lt;/b&gt;'), { bundle: true });
    try {
      const [el] = await upgraded(page);
      expect(el.localName).to.equal('civic-priority-list');
      expect([...el.attributes].map((a) => a.name).sort()).to.deep.equal(['heading', 'lang', 'src']);
      expect(el.getAttribute('src')).to.equal(new URL('/__api/asker', location.href).href);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal(heading);
      expect(shownText(el.shadowRoot!)).to.include('Bo lenger i eget hjem');
      expect((page.win as unknown as { pwned?: number }).pwned).to.equal(undefined);
    } finally {
      page.close();
    }
  });
});
