/** @jsxImportSource solid-js */
// Type-checked, never run (types.test.js, tsconfig.solid.json): a Solid + TypeScript app
// using every tag, with Solid's own `on:` event syntax and `prop:` for objects.
import type {} from 'civic-widgets/types/solid';
import type { CivicLoadDetail, ProgrammeDocument } from 'civic-widgets';

const programme: ProgrammeDocument = { title: 'Handlingsprogram 2017–2020' };

export function Programme() {
  const onLoad = (e: CustomEvent<CivicLoadDetail>) => console.log(e.detail.data.title);
  return (
    <main>
      <civic-priority-list prop:data={programme} limit={4} theme="auto" on:civic-load={onLoad} />
      <civic-investment-timeline src="/data/asker.json" now="2018" heading-level={3}
        on:civic-error={(e) => console.warn(e.detail.issues.length)} />
      <civic-debt-revenue-chart prop:data={programme} view="ratio" threshold={110}
        on:civic-load={(e) => console.log(e.detail.data.finances?.length)} />
      {/* @ts-expect-error view is amount, ratio or growth */}
      <civic-debt-revenue-chart view="pie" />
      {/* @ts-expect-error a load event's detail has data, not message */}
      <civic-priority-list on:civic-load={(e) => e.detail.message} />
    </main>
  );
}
