// civic-widgets convert <file.csv|file.xlsx>… [--section …] [--unit kr|1000|mill] [--municipality …] [--title …] [--lang nb|nn|en] [-o file.json]
// Spreadsheets → one checked programme document, with the same code as the
// builder page (src/convert, compiled to dist/lib/convert). Without -o the
// document goes to stdout and the report to stderr, so it can be piped.
// Exit 0 when every row was used and the document is valid, 1 on problems, 2 on misuse.
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { convert, describe, readFile as readSheets, STRINGS, UNITS } from '../../dist/lib/convert/index.js';

const SECTIONS = ['priorities', 'investments', 'finances'];
const VALUE_FLAGS = { '--section': 'section', '--unit': 'unit', '--municipality': 'municipality', '--title': 'title', '--lang': 'lang', '-o': 'output', '--output': 'output' };

/** argv → options and files, or undefined on misuse (an unknown flag, a missing or wrong value). */
function parse(args) {
  const options = { files: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (VALUE_FLAGS[flag]) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') return undefined;
      options[VALUE_FLAGS[flag]] = value;
    } else if (a.startsWith('-') && a !== '-') return undefined;
    else options.files.push(a);
  }
  if (!options.files.length) return undefined;
  if (options.section && !SECTIONS.includes(options.section)) return undefined;
  if (options.unit && !UNITS.includes(options.unit)) return undefined;
  if (options.lang && !STRINGS[options.lang]) return undefined;
  return options;
}

/** Runs the command; resolves to the exit code. `io` is for tests (defaults: process streams). */
export async function run(args, io = { out: process.stdout, err: process.stderr }) {
  const lang = STRINGS[args[args.indexOf('--lang') + 1]] && args.includes('--lang') ? args[args.indexOf('--lang') + 1] : 'nb';
  const t = STRINGS[lang];
  const options = parse(args);
  if (!options) {
    io.err.write(`${t.cli.usage}\n`);
    return 2;
  }

  const sheets = [];
  const unreadable = [];
  for (const file of options.files) {
    let bytes;
    try {
      bytes = await readFile(file);
    } catch {
      io.err.write(`${t.cli.notFound(file)}\n`);
      return 2;
    }
    try {
      sheets.push(...(await readSheets(basename(file), bytes)));
    } catch {
      unreadable.push({ level: 'problem', key: 'unreadable', file: basename(file) });
    }
  }

  const result = convert(sheets, { ...options, lang });
  const reports = [...unreadable, ...result.reports];
  const json = `${JSON.stringify(result.document, null, 2)}\n`;
  // The report goes where it does not mix with the document.
  const report = options.output ? io.out : io.err;
  if (options.output) {
    await writeFile(options.output, json);
    report.write(`${t.cli.wrote(options.output)}\n`);
  } else io.out.write(json);

  const line = (r) => `${r.file ? `${r.file}: ` : ''}${describe(r, lang)}`;
  for (const r of reports.filter((x) => x.level === 'skip')) report.write(`${line(r)}\n`);
  const problems = reports.filter((x) => x.level === 'problem');
  const d = result.document;
  const summary = `${SECTIONS.map((s) => t.page.count[s](Array.isArray(d[s]) ? d[s].length : 0)).join(', ')}.`;
  if (problems.length) {
    report.write(`${t.cli.problems(problems.length)}\n`);
    for (const r of problems) report.write(`  ${line(r)}\n`);
    if (problems.some((r) => r.key === 'noUnit' || r.key === 'unknownUnit')) report.write(`${t.cli.unitHint}\n`);
    report.write(`${summary}\n`);
    return 1;
  }
  report.write(`${t.cli.valid} ${summary}\n`);
  return 0;
}
