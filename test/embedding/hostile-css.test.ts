// A page with Bootstrap and aggressive global rules (pages/hostile.css) against
// the same page with Bootstrap alone (pages/reference.html): every element in
// every shadow root must compute the same styles on both, so the host's CSS
// changes nothing inside but the font family it is meant to pass on.
import { expect } from '@open-wc/testing';
import { openHost, shadowElements, TAGS, type Host } from './host.js';

const PROPS = [
  'color', 'font-family', 'font-size', 'font-style', 'font-weight', 'font-variant-caps', 'line-height',
  'letter-spacing', 'word-spacing', 'text-transform', 'text-indent', 'text-align', 'text-shadow', 'white-space',
  'hyphens', 'word-break', 'list-style-type', 'list-style-position', 'list-style-image', 'display', 'visibility',
  'box-sizing', 'fill', 'stroke', 'stroke-width', 'border-collapse', 'border-spacing', 'cursor',
] as const;

/** Each civic element's shadow elements with the properties that must not differ. */
function snapshot(host: Host) {
  const out: { where: string; styles: Record<string, string> }[] = [];
  for (const el of host.doc.querySelectorAll(TAGS.join(','))) {
    for (const inner of shadowElements(el.shadowRoot!)) {
      if (inner.localName === 'style') continue;
      const cs = host.win.getComputedStyle(inner);
      const styles: Record<string, string> = {};
      for (const p of PROPS) styles[p] = cs.getPropertyValue(p);
      const area = inner.getAttribute('data-area');
      out.push({ where: `${el.localName} > ${inner.localName}.${inner.getAttribute('class') ?? ''}${area ? `[${area}]` : ''}`, styles });
    }
  }
  return out;
}

/**
 * Horizontal overflow in px (0 is good) of each element: its box beyond its
 * container's content box, and its content beyond its own box.
 */
function overflow(host: Host) {
  const result: Record<string, number> = {};
  host.doc.querySelectorAll(TAGS.join(',')).forEach((el, i) => {
    const parent = el.parentElement!;
    const pcs = host.win.getComputedStyle(parent);
    const room = parent.clientWidth - parseFloat(pcs.paddingLeft) - parseFloat(pcs.paddingRight);
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    result[`${i}:${el.localName}`] = Math.max(
      Math.ceil(el.getBoundingClientRect().width - room),
      base.scrollWidth - base.clientWidth,
    );
  });
  return result;
}

/** The page's own horizontal overflow (the hostile page's content-box rule breaks its own Bootstrap container). */
const pageOverflow = (host: Host) => host.doc.documentElement.scrollWidth - host.doc.documentElement.clientWidth;

for (const width of [320, 1000]) {
  describe(`hostile host CSS at ${width} px`, () => {
    let hostile: Host;
    let reference: Host;
    before(async () => {
      hostile = await openHost('hostile.html', { width });
      reference = await openHost('reference.html', { width });
    });
    after(() => { hostile.close(); reference.close(); });

    it('the hostile rules are in force on the page itself', () => {
      const p = hostile.doc.querySelector('p')!;
      const cs = hostile.win.getComputedStyle(p);
      expect(cs.textTransform).to.equal('uppercase');
      expect(cs.letterSpacing).not.to.equal('normal');
      expect(hostile.record.errors).to.deep.equal([]);
      expect(hostile.record.loads).to.have.length(4);
    });

    it('every element inside the shadow roots computes the same styles as on the plain Bootstrap page', () => {
      // Keyed by element, tag, class and area: a chart may draw a different number of
      // ticks when the page gives it a different width, but each kind must look the same.
      const first = (list: ReturnType<typeof snapshot>) => new Map(list.reverse().map((x) => [x.where, x.styles]));
      const a = first(snapshot(hostile));
      const b = first(snapshot(reference));
      expect([...a.keys()].sort()).to.deep.equal([...b.keys()].sort());
      const diffs: string[] = [];
      for (const [where, styles] of a) {
        for (const p of PROPS) {
          if (styles[p] !== b.get(where)![p]) diffs.push(`${where} ${p}: ${styles[p]} (plain page: ${b.get(where)![p]})`);
        }
      }
      expect(diffs).to.deep.equal([]);
    });

    it('text stays readable: no uppercase, normal spacing, our line height, at least 16 px', () => {
      for (const el of hostile.doc.querySelectorAll(TAGS.join(','))) {
        const base = el.shadowRoot!.querySelector('[part~="base"]')!;
        const cs = hostile.win.getComputedStyle(base);
        expect(cs.textTransform, el.localName).to.equal('none');
        expect(cs.letterSpacing, el.localName).to.equal('normal');
        expect(cs.fontStyle, el.localName).to.equal('normal');
        expect(parseFloat(cs.fontSize), el.localName).to.be.at.least(16);
        expect(parseFloat(cs.lineHeight) / parseFloat(cs.fontSize), el.localName).to.be.closeTo(1.5, 0.01);
      }
    });

    it('the page\'s font family does come through', () => {
      for (const el of hostile.doc.querySelectorAll(TAGS.join(','))) {
        const base = el.shadowRoot!.querySelector('[part~="base"]')!;
        expect(hostile.win.getComputedStyle(base).fontFamily, el.localName).to.match(/^Georgia/);
      }
    });

    it('lists keep their own style and SVG stays visible', () => {
      const list = hostile.doc.querySelector('civic-priority-list')!.shadowRoot!.querySelector('ol')!;
      const cs = hostile.win.getComputedStyle(list);
      expect(cs.listStyleType).to.equal('none');
      expect(cs.listStylePosition).to.equal('outside');
      const issues = hostile.doc.querySelectorAll('civic-priority-list')[1].shadowRoot!.querySelector('ul')!;
      expect(hostile.win.getComputedStyle(issues).listStyleImage).to.equal('none');
      for (const el of hostile.doc.querySelectorAll(TAGS.join(','))) {
        for (const svg of el.shadowRoot!.querySelectorAll('svg')) {
          expect(hostile.win.getComputedStyle(svg).display, el.localName).not.to.equal('none');
          if (!svg.closest('[hidden]')) expect(svg.getBoundingClientRect().width, el.localName).to.be.above(0);
        }
      }
    });

    it('no element overflows its container or its own box; the plain page does not overflow', () => {
      expect(pageOverflow(reference), 'plain Bootstrap page').to.equal(0);
      for (const o of [overflow(hostile), overflow(reference)]) {
        for (const [k, v] of Object.entries(o)) expect(v, `${k} overflows by ${v}px: ${JSON.stringify(o)}`).to.be.at.most(0);
      }
      // For the record (docs/embedding.md): the hostile page overflows by its own rules, not ours.
      console.log(`hostile page at ${width}px: page overflow ${pageOverflow(hostile)}px, elements ${JSON.stringify(overflow(hostile))}`);
    });
  });
}
