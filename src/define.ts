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

/**
 * Put on the classes in the registry once a copy has warned, so that a page
 * gets one warning however many copies or versions load. A registered symbol,
 * so every copy sees the same key; nothing is added to `window`.
 */
const WARNED = Symbol.for('civic-widgets.warned');
type Registered = CustomElementConstructor & { version?: string; [WARNED]?: true };

const registry = window.customElements;
const taken = Object.keys(tags).filter((tag) => registry.get(tag));
for (const [tag, ctor] of Object.entries(tags)) if (!registry.get(tag)) registry.define(tag, ctor);
if (taken.length) {
  const registered = Object.keys(tags).map((tag) => registry.get(tag) as Registered);
  if (!registered.some((ctor) => ctor[WARNED])) {
    const by = taken.map((tag) => `${tag} (${(registry.get(tag) as Registered).version ?? 'unknown version'})`);
    console.warn(
      `civic-widgets ${VERSION}: already defined on this page: ${by.join(', ')}; the first definition is kept. Load the module once per page.`,
    );
  }
  for (const ctor of registered) {
    try {
      Object.defineProperty(ctor, WARNED, { value: true, configurable: true });
    } catch {
      /* a frozen class from someone else: at worst a second warning */
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-priority-list': CivicPriorityList;
    'civic-investment-timeline': CivicInvestmentTimeline;
    'civic-debt-revenue-chart': CivicDebtRevenueChart;
  }
}
