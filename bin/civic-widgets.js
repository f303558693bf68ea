#!/usr/bin/env node
// civic-widgets <command> …: validate | embed | convert.
// Thin: each command is bin/commands/<name>.js, whose run(args) returns the
// exit code (0 ok, 1 the data has problems, 2 misuse). The logic and the words
// live in src/ (compiled to dist/lib by `npm install`'s prepare step, or shipped).
import { existsSync } from 'node:fs';

const COMMANDS = ['validate', 'embed', 'convert'];
const [command, ...args] = process.argv.slice(2);
const usage = `Bruk / Usage: civic-widgets <${COMMANDS.join('|')}> …`;

if (!COMMANDS.includes(command)) {
  console.error(usage);
  process.exit(2);
}
if (!existsSync(new URL('../dist/lib/shared/validate.js', import.meta.url))) {
  console.error('civic-widgets: dist/lib is missing. Run `npm install` (or `npm run build:lib`) in the package folder first.');
  process.exit(2);
}
const { run } = await import(`./commands/${command}.js`);
process.exitCode = await run(args);
