// civic-widgets validate <file.json> [--lang nb|nn|en] [--json]
// Checks a programme document with the definition the elements use and prints
// every problem with its path, in the widgets' own words.
import { readFile } from 'node:fs/promises';
import { validate } from '../../dist/lib/shared/validate.js';
import { parseJson } from '../../dist/lib/shared/json.js';
import { CLI_MESSAGES, MESSAGES, normaliseLang } from '../../dist/lib/shared/i18n.js';
import { takeFlag } from './args.js';

export async function run(argv) {
  const args = [...argv];
  const json = takeFlag(args, 'json', false);
  const langArg = takeFlag(args, 'lang', true);
  const lang = langArg === undefined ? 'nb' : normaliseLang(langArg);
  const m = MESSAGES[lang ?? 'nb'];
  const c = CLI_MESSAGES[lang ?? 'nb'];
  const [file, ...rest] = args;
  if (!lang || !file || rest.length) {
    console.error(c.usage);
    return 2;
  }
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    console.error(c.notFound(file));
    return 2;
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const issue = { path: '', message: m.errorParseAt(parsed.line, parsed.column), line: parsed.line, column: parsed.column };
    if (json) console.log(JSON.stringify({ valid: false, issues: [issue] }, null, 2));
    else console.error(`${file}: ${issue.message}`);
    return 1;
  }
  const result = validate(parsed.value, lang);
  const valid = result.data !== null && result.issues.length === 0;
  if (json) {
    console.log(JSON.stringify({ valid, issues: result.issues, dropped: result.dropped }, null, 2));
  } else if (valid) {
    const d = result.data;
    console.log(c.valid(file, d.priorities.length, d.investments.length, d.finances.length));
  } else {
    console.log(c.problems(file, result.issues.length));
    for (const i of result.issues) console.log(`  ${i.path || c.document}: ${i.message}`);
    const left = result.dropped.priorities + result.dropped.investments + result.dropped.finances;
    if (left) console.log(m.partial(left));
  }
  return valid ? 0 : 1;
}
