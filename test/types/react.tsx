// Type-checked, never run (test/types/types.test.js runs tsc on it): a React 19 + TypeScript
// app as `npm create vite -- --template react-ts` sets one up, using every tag with typed
// props and events. It imports the package by its own name, as an app would.
import type {} from 'civic-widgets/types/react';
import type { CivicErrorDetail, CivicLoadDetail, ProgrammeDocument } from 'civic-widgets';
import { useRef, useState } from 'react';

const programme: ProgrammeDocument = {
  title: 'Handlingsprogram 2017–2020',
  priorities: [{ title: 'Bo lenger i eget hjem', area: 'health' }],
};

export function Programme() {
  const [title, setTitle] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const chart = useRef<HTMLElement>(null);
  const onLoad = (e: CustomEvent<CivicLoadDetail>) => setTitle(e.detail.data.title ?? '');
  const onError = (e: CustomEvent<CivicErrorDetail>) => setProblems(e.detail.issues.map((i) => `${i.path}: ${i.message}`));
  return (
    <main>
      <h1>{title}</h1>
      <civic-priority-list data={programme} lang="nb" heading="" heading-level={3} theme="auto"
        limit={4} expanded={false} area="health,education" timeout={5000}
        oncivic-load={onLoad} oncivic-error={onError} />
      <civic-investment-timeline src="/data/asker.json" now="2018" area="health" theme="dark" lang="nn"
        oncivic-load={(e) => console.log(e.detail.data.investments?.length)}
        oncivic-error={(e) => console.warn(e.detail.message)} />
      <civic-debt-revenue-chart ref={chart} data={programme.finances} view="growth" threshold={110}
        summary="hidden" heading="Lånegjeld" lang="en" className="wide" style={{ maxWidth: '40rem' }}
        oncivic-load={(e) => console.log(e.detail.data.finances?.[0]?.year.toFixed(0))} />
      <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
    </main>
  );
}

// Wrong types are errors (each line below must fail, or tsc reports an unused directive).
export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error view is amount, ratio or growth */}
      <civic-debt-revenue-chart view="pie" />
      {/* @ts-expect-error theme is light, dark or auto */}
      <civic-priority-list theme="blue" />
      {/* @ts-expect-error heading-level is a number */}
      <civic-investment-timeline heading-level="three" />
      {/* @ts-expect-error limit is a number */}
      <civic-priority-list limit="4" />
      {/* @ts-expect-error a load event's detail has data, not message */}
      <civic-priority-list oncivic-load={(e) => e.detail.message} />
      {/* @ts-expect-error an error event's issues have path and message */}
      <civic-investment-timeline oncivic-error={(e) => e.detail.issues[0].line} />
      {/* @ts-expect-error an unknown tag of ours is not made up */}
      <civic-pie-chart />
    </>
  );
}
