// Vue and Svelte check templates with their own tools (vue-tsc, svelte-check), which this
// repository does not run. This checks that their generated declarations compile (with
// skipLibCheck off) and carry the same typed props and events (tsconfig.templates.json).
import type { CustomElements as SvelteElements } from 'civic-widgets/types/svelte';
import type { CustomElements as VueElements } from 'civic-widgets/types/vue';

type SvelteList = SvelteElements['civic-priority-list'];
export const svelteList: SvelteList = { limit: 4, theme: 'dark', 'on:civic-load': (e) => console.log(e.detail.data.title) };
// @ts-expect-error theme is light, dark or auto
export const svelteTheme: SvelteList = { theme: 'blue' };
// @ts-expect-error an error event's detail has issues, not data
export const svelteEvent: SvelteList = { 'on:civic-error': (e) => e.detail.data };

type VueChart = InstanceType<VueElements['civic-debt-revenue-chart']>['$props'];
export const vueChart: VueChart = { view: 'growth', threshold: 110, 'oncivic-load': (e) => console.log(e.detail.data.finances?.length) };
// @ts-expect-error view is amount, ratio or growth
export const vueView: VueChart = { view: 'pie' };
