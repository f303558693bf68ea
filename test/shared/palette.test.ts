/**
 * The area colours tell areas apart (issue 16): read from the CSS that the elements
 * adopt (src/shared/styles.ts), in the light and the dark theme, each colour
 *  - has ≥ 3:1 contrast against the background (WCAG 1.4.11, non-text contrast),
 *  - is far from every other one, by CIEDE2000, for normal colour vision and as seen with
 *    protanopia, deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009, full
 *    severity, as culori implements them); every pair, since any two areas can sit side
 *    by side in a list or a timeline,
 *  - and the ten known areas have hues of their own (no greys, no two browns), while
 *    "other" is the one neutral.
 */
import { expect } from '@open-wc/testing';
import {
  differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit,
  converter, parse, wcagContrast, type Color,
} from 'culori';
import { areaStyles, baseStyles } from '../../src/shared/styles.js';
import { KNOWN_AREAS } from '../../src/shared/i18n.js';

/**
 * CIEDE2000 distances: about 20 is an easy difference between small marks, about 10 still a
 * clear one. The palette was searched to push the smallest of each as high as 3:1 contrast
 * allows with eleven colours (today: 18.6/19.4 normal, ≥ 10 with each deficiency).
 */
const NORMAL_MIN = 18;
const CVD_MIN = 9.5;
const CONTRAST_MIN = 3;
/** OKLCH hue angle between two known areas, and the chroma below which a colour is a grey. */
const HUE_MIN = 20;
const GREY = 0.03;

const css = [...baseStyles, areaStyles].map((s) => s.cssText).join('\n');
const AREAS = [...KNOWN_AREAS, 'other'];

/** [light, dark] of a private token, from `--_name:var(--civic-…,light-dark(L,D))`. */
function token(name: string): [string, string] {
  const m = new RegExp(`--_${name}:var\\(--civic-[a-z-]+,light-dark\\(([^,]+),([^)]+)\\)\\)`).exec(css);
  if (!m) throw new Error(`--_${name} not found in the styles`);
  return [m[1].trim(), m[2].trim()];
}

const de = differenceCiede2000();
const oklch = converter('oklch');
const VISIONS: [string, (c: Color) => Color][] = [
  ['normal vision', (c) => c],
  ['protanopia', filterDeficiencyProt(1)],
  ['deuteranopia', filterDeficiencyDeuter(1)],
  ['tritanopia', filterDeficiencyTrit(1)],
];

const THEMES = [['light', 0], ['dark', 1]] as const;

describe('area palette', () => {
  for (const [theme, half] of THEMES) {
    describe(theme, () => {
      const bg = token('bg')[half];
      const colours = AREAS.map((a) => [a, parse(token(`area-${a}`)[half])!] as const);

      it(`every area has at least ${CONTRAST_MIN}:1 contrast against the background`, () => {
        const low = colours
          .map(([a, c]) => [a, wcagContrast(c, bg)] as const)
          .filter(([, r]) => r < CONTRAST_MIN)
          .map(([a, r]) => `${a} ${r.toFixed(2)}:1`);
        expect(low, `below ${CONTRAST_MIN}:1 on ${bg}`).to.deep.equal([]);
      });

      for (const [vision, simulate] of VISIONS) {
        const min = vision === 'normal vision' ? NORMAL_MIN : CVD_MIN;
        it(`every two areas are at least ΔE00 ${min} apart with ${vision}`, () => {
          const seen = colours.map(([a, c]) => [a, simulate(c)] as const);
          const close: string[] = [];
          for (let i = 0; i < seen.length; i++) {
            for (let j = i + 1; j < seen.length; j++) {
              const d = de(seen[i][1], seen[j][1]);
              if (d < min) close.push(`${seen[i][0]}/${seen[j][0]} ${d.toFixed(1)}`);
            }
          }
          expect(close, `pairs closer than ${min}`).to.deep.equal([]);
        });
      }

      it(`the known areas have hues at least ${HUE_MIN}° apart; only "other" is grey`, () => {
        const lch = colours.map(([a, c]) => [a, oklch(c)] as const);
        const greys = lch.filter(([, c]) => (c.c ?? 0) < GREY).map(([a]) => a);
        expect(greys).to.deep.equal(['other']);
        const near: string[] = [];
        const known = lch.filter(([a]) => a !== 'other');
        for (let i = 0; i < known.length; i++) {
          for (let j = i + 1; j < known.length; j++) {
            const d = Math.abs(((known[i][1].h! - known[j][1].h! + 540) % 360) - 180);
            if (d < HUE_MIN) near.push(`${known[i][0]}/${known[j][0]} ${d.toFixed(0)}°`);
          }
        }
        expect(near, 'hues too close').to.deep.equal([]);
      });
    });
  }

  it('each area keeps its hue between the light and the dark theme', () => {
    const drift = AREAS.filter((a) => a !== 'other').flatMap((a) => {
      const [l, d] = token(`area-${a}`).map((c) => oklch(parse(c)!).h!);
      const diff = Math.abs(((l - d + 540) % 360) - 180);
      return diff > 20 ? [`${a} ${diff.toFixed(0)}°`] : [];
    });
    expect(drift).to.deep.equal([]);
  });
});
