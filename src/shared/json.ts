/**
 * Where JSON text goes wrong. JSON.parse's messages are in English and do not
 * always give a position, so a small scanner finds the first character that
 * cannot be read, for "linje 3, kolonne 5". It keeps its own stack instead of
 * recursing, so deeply nested input cannot overflow the call stack.
 */

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** The index of the first character that is not valid JSON (text.length for an early end), or -1 when the text is valid. */
export function jsonErrorPosition(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  /** Reads a string starting at `"`; false (with i at the fault) when it cannot. */
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        i++;
        return true;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : e === undefined || !'"\\/bfnrt'.includes(e)) {
          i++;
          return false;
        }
        i += e === 'u' ? 6 : 2;
      } else if (c < ' ') return false;
      else i++;
    }
    return false;
  };
  /** After `{` or `,` in an object: a key and its colon. */
  const key = (): boolean => {
    ws();
    if (!string()) return false;
    ws();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  const open: ('{' | '[')[] = [];
  let expectValue = true;
  for (;;) {
    ws();
    if (expectValue) {
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        ws();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
          expectValue = false;
        } else if (c === '{' && !key()) return i;
        else open.push(c);
        continue;
      }
      if (c === '"') {
        if (!string()) return i;
      } else {
        LITERAL.lastIndex = i;
        const m = LITERAL.exec(text);
        if (!m) return i;
        i += m[0].length;
      }
      expectValue = false;
      continue;
    }
    const top = open[open.length - 1];
    if (!top) return i < text.length ? i : -1;
    if (text[i] === ',') {
      i++;
      if (top === '{' && !key()) return i;
      expectValue = true;
    } else if (text[i] === (top === '{' ? '}' : ']')) {
      i++;
      open.pop();
    } else return i;
  }
}

/** 1-based line and column of an index. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

export type ParseResult =
  | { ok: true; value: unknown }
  | { ok: false; message: string; position: number; line: number; column: number };

/** JSON.parse, with where it went wrong; a byte-order mark at the start is allowed (Windows editors write one). */
export function parseJson(text: string): ParseResult {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (e) {
    const found = jsonErrorPosition(body);
    const position = found >= 0 ? found : 0;
    return { ok: false, message: (e as Error).message, position, ...lineColumn(body, position) };
  }
}
