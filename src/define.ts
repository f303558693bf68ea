/**
 * Defines the three tags, with a guard: a page that loads the module twice
 * (two copies, or two versions) keeps the first definition, throws nothing and
 * gets one console warning.
 */
import { CivicPriorityList } from './priority-list/priority-list.js';
import { CivicInvestmentTimeline } from './investment-timeline/investment-timeline.js';
import { CivicDebtRevenueChart } from './debt-revenue-chart/debt-revenue-chart.js';
import { VERSION } from './shared/version.js';

const tags = {
  'civic-priority-list': CivicPriorityList,
  'civic-investment-timeline': CivicInvestmentTimeline,
  'civic-debt-revenue-chart': CivicDebtRevenueChart,
} as const;

const registry = window.customElements;
const taken = Object.keys(tags).filter((tag) => registry.get(tag));
for (const [tag, ctor] of Object.entries(tags)) if (!registry.get(tag)) registry.define(tag, ctor);
if (taken.length) {
  const first = (registry.get(taken[0]) as unknown as { version?: string }).version ?? 'unknown';
  console.warn(
    `civic-widgets ${VERSION}: ${taken.join(', ')} already defined by civic-widgets ${first}; the first definition is kept. Load the module once per page.`,
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-priority-list': CivicPriorityList;
    'civic-investment-timeline': CivicInvestmentTimeline;
    'civic-debt-revenue-chart': CivicDebtRevenueChart;
  }
}
