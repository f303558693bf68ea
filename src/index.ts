/**
 * civic-widgets: importing this module defines <civic-priority-list>,
 * <civic-investment-timeline> and <civic-debt-revenue-chart>.
 */
import './define.js';
import './embed/upgrade.js'; // the site loader: upgrades static embeds (see embed/upgrade.ts)

export { CivicPriorityList } from './priority-list/priority-list.js';
export { CivicInvestmentTimeline } from './investment-timeline/investment-timeline.js';
export { CivicDebtRevenueChart } from './debt-revenue-chart/debt-revenue-chart.js';
export { CivicElement, type CivicStatus } from './shared/civic-element.js';
export { validate, type Issue, type ValidationResult } from './shared/validate.js';
export type {
  ProgrammeDocument, Priority, Investment, FinanceYear, Status, FinanceKind, Section,
} from './shared/schema.js';
export type {
  CivicLoadEvent, CivicErrorEvent, CivicLoadDetail, CivicErrorDetail,
} from './shared/events.js';
export { formatMoney, formatMoneyLong } from './shared/format.js';
export { VERSION } from './shared/version.js';
