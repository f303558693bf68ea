// The Asker figures the chart's tests share (demo/data/asker-2017-2020.json).
import type { FinanceYear } from '../../src/shared/schema.js';

/** Asker 2014–2020 as in demo/data: 2014 has no revenue, 2020 no debt. Deliberately out of order. */
export const ASKER: FinanceYear[] = [
  { year: 2020, revenue: 5052200000, kind: 'plan' },
  { year: 2014, debt: 4307000000, kind: 'actual' },
  { year: 2015, revenue: 4265100000, debt: 4605000000, kind: 'actual' },
  { year: 2016, revenue: 4339200000, debt: 5100000000, kind: 'budget' },
  { year: 2017, revenue: 4566500000, debt: 5576000000, kind: 'budget' },
  { year: 2018, revenue: 4723100000, debt: 5616000000, kind: 'plan' },
  { year: 2019, revenue: 4883200000, debt: 5680000000, kind: 'plan' },
];
