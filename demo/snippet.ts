/** The playground's snippet builder lives with the other embed forms (src/embed/snippet.ts), so the command and the demo share it. */
export { buildSnippet, escapeAttribute, jsonForScript, trimForTag, SECTION_OF, type SnippetOptions } from '../src/embed/snippet.js';
