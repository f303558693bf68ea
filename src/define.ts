/** Defines the three tags (see shared/define-tags.ts for the guard). */
import { CivicPriorityList } from './priority-list/priority-list.js';
import { CivicInvestmentTimeline } from './investment-timeline/investment-timeline.js';
import { CivicDebtRevenueChart } from './debt-revenue-chart/debt-revenue-chart.js';
import { defineTags } from './shared/define-tags.js';

defineTags({
  'civic-priority-list': CivicPriorityList,
  'civic-investment-timeline': CivicInvestmentTimeline,
  'civic-debt-revenue-chart': CivicDebtRevenueChart,
});

declare global {
  interface HTMLElementTagNameMap {
    'civic-priority-list': CivicPriorityList;
    'civic-investment-timeline': CivicInvestmentTimeline;
    'civic-debt-revenue-chart': CivicDebtRevenueChart;
  }
}
