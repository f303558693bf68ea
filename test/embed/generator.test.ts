// The demo page's embed generator prints, byte for byte, what `civic-widgets embed` prints for the
// same choices: both are compared with the command's output in test/embed/golden/ (written and
// checked by test/embed/node/forms.test.js).
import { expect } from '@open-wc/testing';
// @ts-expect-error: a plain JavaScript module shared with the Node tests
import { CASES, DATA_URL, goldenName } from './cases.js';
import { golden } from './helpers.js';
import { openDemo } from '../demo/helpers.js';

describe('the demo page\'s embed generator', () => {
  it('gives the command\'s bytes for every element and form (Asker data)', async () => {
    // The whole page, as before printing: the generator is built when the reader comes near it.
    const { frame, doc } = await openDemo(1000);
    try {
      expect(doc.getElementById('gen-code') !== null, 'no generator').to.equal(true);
      const set = (id: string, value: string) => {
        const input = doc.getElementById(id) as HTMLInputElement;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      for (const c of CASES as { tag: string; form: string }[]) {
        set('gen-element', c.tag);
        (doc.getElementById(`gen-form-${c.form}`) as HTMLInputElement).click();
        set('gen-data-url', DATA_URL);
        set('gen-embed-url', '/dist/embed.html');
        set('gen-bundle-url', '/dist/civic-widgets.js');
        set('gen-lang', 'nb');
        const code = (doc.getElementById('gen-code') as HTMLTextAreaElement).value;
        expect(code, `${c.tag} ${c.form}`).to.equal(await golden(goldenName(c)));
      }
      // A situation recommends a form.
      (doc.getElementById('gen-situation-any') as HTMLInputElement).click();
      expect((doc.getElementById('gen-form-script') as HTMLInputElement).checked).to.equal(true);
      (doc.getElementById('gen-situation-strips') as HTMLInputElement).click();
      expect((doc.getElementById('gen-form-static') as HTMLInputElement).checked).to.equal(true);
    } finally {
      frame.remove();
    }
  });
});
