// A React 19 app that uses the elements as a developer would: the document
// goes in as the `data` PROPERTY, events come out through React 19's custom
// element event props (`oncivic-load`: React 19 adds a listener for the name
// after "on", as written, so the prop is spelled with the event's own name).
// Bundled on request by esbuild (test/embedding/server.js); react.html loads
// /dist/civic-widgets.js first, so the tags are defined before React sets
// properties (React sets a property only when the element has it).
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

const BAD = { title: 'Feil', priorities: [{ description: 'no title' }], finances: [{ year: 'x' }] };

function App() {
  const [doc, setDoc] = useState(null);
  const [events, setEvents] = useState([]);
  useEffect(() => {
    fetch('/demo/data/asker-2017-2020.json').then((r) => r.json()).then(setDoc);
  }, []);
  const onLoad = (e) => setEvents((list) => [...list, `load ${e.target.localName} ${e.detail.data.title}`]);
  const onError = (e) => setEvents((list) => [...list, `error ${e.target.localName} ${e.detail.issues.length}`]);
  if (!doc) return <p>Laster …</p>;
  return (
    <main>
      <civic-priority-list data={doc} limit={3} oncivic-load={onLoad} oncivic-error={onError} />
      <civic-investment-timeline data={doc} oncivic-load={onLoad} oncivic-error={onError} />
      <civic-debt-revenue-chart data={doc} oncivic-load={onLoad} oncivic-error={onError} />
      <civic-priority-list id="bad" data={BAD} oncivic-load={onLoad} oncivic-error={onError} />
      <ul id="events">{events.map((e) => <li key={e}>{e}</li>)}</ul>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
