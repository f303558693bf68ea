#!/usr/bin/env node
// civic-widgets validate programme.json [--lang nb|nn|en] [--json]
// Checks a programme document with the same definition the elements use
// (src/shared/schema.ts, compiled to dist/lib) and prints every problem with
// its path and a plain message. Exit 0 when valid, 1 when not, 2 on misuse.
import { readFile } from 'node:fs/promises';
import { validate } from '../dist/lib/shared/validate.js';

const TEXT = {
  nb: {
    usage: 'Bruk: civic-widgets validate <fil.json> [--lang nb|nn|en] [--json]',
    notFound: (f) => `Fant ikke filen ${f}.`,
    notJson: (f, m) => `${f}: er ikke gyldig JSON (${m}).`,
    valid: (f, c) => `${f}: gyldig – ${c.priorities} prioriteringer, ${c.investments} investeringer, ${c.finances} år med økonomi.`,
    invalid: (f, n) => `${f}: ${n} ${n === 1 ? 'problem' : 'problemer'}:`,
    left: (n) => `${n} ${n === 1 ? 'oppføring blir' : 'oppføringer blir'} ikke vist.`,
    document: '(dokumentet)',
  },
  nn: {
    usage: 'Bruk: civic-widgets validate <fil.json> [--lang nb|nn|en] [--json]',
    notFound: (f) => `Fann ikkje fila ${f}.`,
    notJson: (f, m) => `${f}: er ikkje gyldig JSON (${m}).`,
    valid: (f, c) => `${f}: gyldig – ${c.priorities} prioriteringar, ${c.investments} investeringar, ${c.finances} år med økonomi.`,
    invalid: (f, n) => `${f}: ${n} ${n === 1 ? 'problem' : 'problem'}:`,
    left: (n) => `${n} ${n === 1 ? 'oppføring blir' : 'oppføringar blir'} ikkje viste.`,
    document: '(dokumentet)',
  },
  en: {
    usage: 'Usage: civic-widgets validate <file.json> [--lang nb|nn|en] [--json]',
    notFound: (f) => `Could not find the file ${f}.`,
    notJson: (f, m) => `${f}: is not valid JSON (${m}).`,
    valid: (f, c) => `${f}: valid – ${c.priorities} priorities, ${c.investments} investments, ${c.finances} years of finances.`,
    invalid: (f, n) => `${f}: ${n} ${n === 1 ? 'problem' : 'problems'}:`,
    left: (n) => `${n} ${n === 1 ? 'entry' : 'entries'} will not be shown.`,
    document: '(the document)',
  },
};

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const json = args.includes('--json') && args.splice(args.indexOf('--json'), 1);
const lang = flag('lang') ?? 'nb';
const t = TEXT[lang];
const [command, file] = args;

if (!t || command !== 'validate' || !file) {
  console.error((t ?? TEXT.nb).usage);
  process.exit(2);
}

let text;
try {
  text = await readFile(file, 'utf8');
} catch {
  console.error(t.notFound(file));
  process.exit(2);
}

let input;
try {
  input = JSON.parse(text.replace(/^\uFEFF/, ''));
} catch (e) {
  const message = json ? e.message : t.notJson(file, e.message);
  if (json) console.log(JSON.stringify({ valid: false, issues: [{ path: '', message }] }, null, 2));
  else console.error(message);
  process.exit(1);
}

const result = validate(input, lang);
const valid = result.data !== null && result.issues.length === 0;
if (json) {
  console.log(JSON.stringify({ valid, issues: result.issues, dropped: result.dropped }, null, 2));
} else if (valid) {
  const d = result.data;
  console.log(t.valid(file, { priorities: d.priorities.length, investments: d.investments.length, finances: d.finances.length }));
} else {
  console.log(t.invalid(file, result.issues.length));
  for (const i of result.issues) console.log(`  ${i.path || t.document}: ${i.message}`);
  const left = result.dropped.priorities + result.dropped.investments + result.dropped.finances;
  if (left) console.log(t.left(left));
}
process.exit(valid ? 0 : 1);
