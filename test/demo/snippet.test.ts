// The embed code: built right, and when pasted into a blank page it renders.
import { expect } from '@open-wc/testing';
import { buildSnippet, escapeAttribute, jsonForScript, trimForTag } from '../../demo/snippet.js';
import { paste, TAGS, text } from './helpers.js';

const asker = async () => (await (await fetch('/demo/data/asker-2017-2020.json')).json()) as Record<string, unknown>;

describe('embed code', () => {
  it('escapes attribute values', () => {
    expect(escapeAttribute('a "b" & <c>')).to.equal('a &quot;b&quot; &amp; &lt;c&gt;');
  });

  it('keeps JSON inside a script element intact, whatever its strings hold', () => {
    const data = { title: 'x </script><script>alert(1)</script> </SCRIPT > <!-- y', n: [1, 2.5, null, true] };
    const out = jsonForScript(data);
    expect(out).not.to.match(/<\/script/i);
    expect(out).not.to.include('<!--');
    expect(JSON.parse(out)).to.deep.equal(data);
  });

  it('writes the script tag and the element, with attributes and data inline', () => {
    const s = buildSnippet({ scriptUrl: 'https://cdn.example/civic-widgets.js', tag: 'civic-priority-list', attributes: { lang: 'en', limit: '3', heading: '', expanded: true, area: undefined }, data: [{ title: 'A' }] });
    expect(s).to.equal('<script type="module" src="https://cdn.example/civic-widgets.js"></script>\n'
      + '<civic-priority-list lang="en" limit="3" expanded>\n  <script type="application/json">[{"title":"A"}]</script>\n</civic-priority-list>\n');
  });

  it('indents the inline JSON when asked, and it stays readable JSON', () => {
    const data = { title: '</script>', priorities: [{ title: 'A' }] };
    const s = buildSnippet({ scriptUrl: '/x.js', tag: 'civic-priority-list', data, indent: 2 });
    const inner = /<script type="application\/json">([\s\S]*)<\/script>\n<\/civic-priority-list>/.exec(s)![1];
    expect(inner).to.include('\n  "priorities": [');
    expect(JSON.parse(inner)).to.deep.equal(data);
  });

  it('writes src instead of inline data when asked', () => {
    const s = buildSnippet({ scriptUrl: '/x.js', tag: 'civic-debt-revenue-chart', attributes: { src: 'ignored', view: 'ratio' }, src: 'https://a.example/p.json?a=1&b=2' });
    expect(s).to.equal('<script type="module" src="/x.js"></script>\n<civic-debt-revenue-chart src="https://a.example/p.json?a=1&amp;b=2" view="ratio"></civic-debt-revenue-chart>\n');
  });

  it('keeps only the chosen element\'s section, with the header and unknown fields', async () => {
    const doc = await asker();
    const trimmed = trimForTag(doc, 'civic-investment-timeline') as Record<string, unknown>;
    expect(trimmed.investments).to.deep.equal(doc.investments);
    expect(trimmed).not.to.have.property('priorities');
    expect(trimmed).not.to.have.property('finances');
    expect(trimmed.title).to.equal(doc.title);
    expect(trimmed.source).to.deep.equal(doc.source);
  });

  for (const tag of TAGS) {
    it(`pasted into a blank page, renders <${tag}> with inline data (dist/civic-widgets.js)`, async () => {
      const doc = await asker();
      const { frame, events } = await paste(buildSnippet({ scriptUrl: '/dist/civic-widgets.js', tag, attributes: { lang: 'en', heading: 'Pasted' }, data: trimForTag(doc, tag) }));
      expect(events.at(-1)).to.deep.equal({ type: 'civic-load', tag });
      const el = frame.contentDocument!.querySelector(tag)!;
      expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal('Pasted');
      expect(text(el)).to.include('Source');
      frame.remove();
    });
  }

  it('pasted into a blank page, renders with src', async () => {
    const { frame, events } = await paste(buildSnippet({ scriptUrl: '/dist/civic-widgets.js', tag: 'civic-priority-list', attributes: { limit: '2' }, src: '/demo/data/asker-2017-2020.json' }));
    expect(events.at(-1)).to.deep.equal({ type: 'civic-load', tag: 'civic-priority-list' });
    const el = frame.contentDocument!.querySelector('civic-priority-list')!;
    expect(el.shadowRoot!.querySelectorAll('li[part="item"]:not([hidden])')).to.have.length(2);
    frame.remove();
  });

  it('data that holds </script> is shown as text and runs nothing', async () => {
    const title = 'Plan </script><script>parent.postMessage({ type: "injected" }, "*")</script> <!-- end';
    const { frame, events } = await paste(buildSnippet({ scriptUrl: '/dist/civic-widgets.js', tag: 'civic-priority-list', data: { title, priorities: [{ title: '</SCRIPT>' }] } }));
    // Messages keep their order: an injected script would have run before the module.
    expect(events).to.deep.equal([{ type: 'civic-load', tag: 'civic-priority-list' }]);
    const el = frame.contentDocument!.querySelector('civic-priority-list')!;
    expect(el.shadowRoot!.querySelector('[part~="context"]')!.textContent).to.equal(title);
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('</SCRIPT>');
    frame.remove();
  });
});
