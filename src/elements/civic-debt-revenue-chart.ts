/**
 * One element alone: importing this defines only <civic-debt-revenue-chart>, for a page
 * that shows just this one (dist/civic-debt-revenue-chart.js is its self-contained bundle).
 */
import { CivicDebtRevenueChart } from '../debt-revenue-chart/debt-revenue-chart.js';
import { defineTags } from '../shared/define-tags.js';

defineTags({ 'civic-debt-revenue-chart': CivicDebtRevenueChart });

export { CivicDebtRevenueChart };
