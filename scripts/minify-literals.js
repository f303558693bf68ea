// A Vite plugin for the bundle: squeezes whitespace and comments out of the
// static text of Lit's css``, html`` and svg`` templates in our own sources
// (terser leaves template text as written). The TypeScript parser finds the
// templates, so nested templates and ${…} expressions are never touched.
//   css: comments go; whitespace runs become one space; none next to { } ;
//        nor after : and , (our CSS has no strings where that would matter);
//        none at the template's start and end, nor before !important, nor
//        around * between a calc() operand and a number; no ; before };
//        a leading zero goes (0.75 → .75) after a space, : ( , * or /.
//   html/svg: a whitespace run with a line break becomes one space (never
//   removed, so inline text keeps its spaces).
import ts from 'typescript';

const squeeze = {
  css: (t) => t.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/ ?([{};]) ?/g, '$1').replace(/([:,]) /g, '$1')
    .replace(/;}/g, '}').replace(/ !important/g, '!important')
    // A selector never has a digit after * (a type selector cannot start with one), so this is calc() only.
    .replace(/\) \* (-?[\d.])/g, ')*$1')
    .replace(/([ :(,*/])0\.(\d)/g, '$1.$2'),
  html: (t) => t.replace(/\s*\n\s*/g, ' '),
  svg: (t) => t.replace(/\s*\n\s*/g, ' '),
};

export function minifyTemplates(code, fileName = 'x.ts') {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text in squeeze) {
      const t = node.template;
      const pieces = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
      for (const p of pieces) {
        const open = p.getStart(sf) + 1; // after ` or }
        const closesTemplate = ts.isNoSubstitutionTemplateLiteral(p) || p.kind === ts.SyntaxKind.TemplateTail;
        const close = p.getEnd() - (closesTemplate ? 1 : 2); // before ` or ${
        let text = squeeze[node.tag.text](code.slice(open, close));
        // Whitespace at either end of a stylesheet means nothing (next to ${…} it may be a descendant combinator).
        if (node.tag.text === 'css') {
          if (p === t || p === t.head) text = text.trimStart();
          if (closesTemplate) text = text.trimEnd();
        }
        edits.push([open, close, text]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let out = code;
  for (const [open, close, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, open) + text + out.slice(close);
  return out;
}

export function minifyLiterals() {
  return {
    name: 'civic-minify-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = minifyTemplates(code, id);
      return out === code ? null : { code: out, map: null };
    },
  };
}
