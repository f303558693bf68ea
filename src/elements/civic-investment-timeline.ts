/**
 * One element alone: importing this defines only <civic-investment-timeline>, for a page
 * that shows just this one (dist/civic-investment-timeline.js is its self-contained bundle).
 */
import { CivicInvestmentTimeline } from '../investment-timeline/investment-timeline.js';
import { defineTags } from '../shared/define-tags.js';

defineTags({ 'civic-investment-timeline': CivicInvestmentTimeline });

export { CivicInvestmentTimeline };
