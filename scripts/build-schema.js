// Writes schema/programme.v1.json from the definition in
// src/shared/schema.ts (compiled to dist/lib), so the schema cannot drift from
// the validation. `--check` fails when the committed file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { Programme, VALIDATOR_ONLY_RULES } from '../dist/lib/shared/schema.js';

const target = new URL('../schema/programme.v1.json', import.meta.url);
const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://unpkg.com/civic-widgets/schema/programme.v1.json',
  title: 'civic-widgets programme document, format version 1',
  description: 'A municipal action programme: priorities, investments and finances. Money is in whole currency units (kroner). Generated from src/shared/schema.ts; do not edit.',
  $comment: `Checked by the validator only: ${VALIDATOR_ONLY_RULES.join('; ')}.`,
  ...Programme.j,
};
const text = `${JSON.stringify(schema, null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error('schema/programme.v1.json is out of date: run npm run build and commit it.');
    process.exit(1);
  }
  console.log('schema/programme.v1.json matches src/shared/schema.ts');
} else {
  writeFileSync(target, text);
  console.log('wrote schema/programme.v1.json');
}
