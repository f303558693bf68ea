import { expect } from '@open-wc/testing';
import { jsonErrorPosition, lineColumn, parseJson } from '../../src/shared/json.js';

describe('JSON error position', () => {
  const cases: [string, number][] = [
    ['{"a": 1}', -1],
    ['[1, 2, {"b": [true, false, null, -0.5e3, "x\\u00e5\\n"]}]', -1],
    ['  "text"  ', -1],
    ['{"a": 1,}', 8],
    ['[1, 2', 5],
    ['{"a" 1}', 5],
    ["{'a': 1}", 1],
    ['{"a": tru}', 6],
    ['{"a": "b\\q"}', 9],
    ['{"a": "line\nbreak"}', 11],
    ['{"a": 01}', 7],
    ['{} x', 3],
    ['', 0],
  ];
  for (const [input, at] of cases) {
    it(`${JSON.stringify(input)} → ${at}`, () => {
      expect(jsonErrorPosition(input)).to.equal(at);
      // The scanner agrees with the browser on what is valid.
      let valid = true;
      try { JSON.parse(input); } catch { valid = false; }
      expect(at === -1).to.equal(valid);
    });
  }

  it('gives line and column', () => {
    expect(lineColumn('ab\ncd\nef', 4)).to.deep.equal({ line: 2, column: 2 });
    const r = parseJson('{\n  "a": [1,\n  ]\n}');
    expect(r.ok).to.equal(false);
    if (!r.ok) expect([r.line, r.column]).to.deep.equal([3, 3]);
  });
});

describe('deeply nested JSON', () => {
  it('does not overflow the stack (the playground threw RangeError)', () => {
    const deep = '['.repeat(200000) + ']'.repeat(199999);
    expect(jsonErrorPosition(deep)).to.equal(deep.length);
    expect(parseJson(deep).ok).to.equal(false);
  });
});
