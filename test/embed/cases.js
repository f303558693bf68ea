// The embeds the tests print with the command and compare byte for byte: the node tests
// (test/embed/node/), the browser tests and the demo generator's test share this list.
export const DATA_URL = '/__api/asker?delay=800';
export const TAGS = ['civic-priority-list', 'civic-investment-timeline', 'civic-debt-revenue-chart'];
const URLS = { static: [], iframe: ['--embed-url', '/dist/embed.html'], script: ['--bundle-url', '/dist/civic-widgets.js'] };

export const CASES = TAGS.flatMap((tag) => ['static', 'iframe', 'script'].map((form) => ({
  tag,
  form,
  args: ['--element', tag, '--form', form, '--data-url', DATA_URL, '--lang', 'nb', ...URLS[form]],
})));

export const goldenName = (c, sanitizer) => `${c.tag}.${c.form}${sanitizer ? `.${sanitizer}` : ''}.html`;
