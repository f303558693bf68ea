// A Vue 3 app that uses the elements as a developer would: the document goes
// in as the `data` property (Vue sets a property when the element has one; the
// ".data" key forces it), events come out through onCivicLoad / onCivicError
// (Vue listens to "civic-load" / "civic-error"). Render functions, so the
// runtime needs no template compiler.
import { createApp, h, ref, onMounted } from '/node_modules/vue/dist/vue.esm-browser.prod.js';

const BAD = { title: 'Feil', priorities: [{ description: 'no title' }], finances: [{ year: 'x' }] };
const TAGS = ['civic-priority-list', 'civic-investment-timeline', 'civic-debt-revenue-chart'];

createApp({
  setup() {
    const doc = ref(null);
    const events = ref([]);
    onMounted(async () => { doc.value = await (await fetch('/demo/data/asker-2017-2020.json')).json(); });
    const on = {
      onCivicLoad: (e) => events.value.push(`load ${e.target.localName} ${e.detail.data.title}`),
      onCivicError: (e) => events.value.push(`error ${e.target.localName} ${e.detail.issues.length}`),
    };
    return () => doc.value
      ? h('main', [
        ...TAGS.map((tag) => h(tag, { '.data': doc.value, ...on })),
        h('civic-priority-list', { id: 'bad', data: BAD, ...on }),
        h('ul', { id: 'events' }, events.value.map((e) => h('li', { key: e }, e))),
      ])
      : h('p', 'Laster …');
  },
}).mount('#root');
