// Loaded first (a classic script) by the embed tests' pages: records the elements' events and
// the browser's layout-shift entries into window.probe, for the test page that framed it.
// With <html data-scroll-to="id"> it scrolls that element into the middle of the view first,
// as a reader who has read down to the text below an embed.
(function () {
  var probe = { loads: [], errors: [], shifts: [] };
  window.probe = probe;
  function describe(node) {
    if (!node) return 'unknown';
    if (node.id) return '#' + node.id;
    return node.nodeName.toLowerCase();
  }
  function keep(list) {
    list.getEntries().forEach(function (e) {
      probe.shifts.push({
        value: e.value, recent: e.hadRecentInput, at: Math.round(e.startTime),
        sources: e.sources.map(function (s) {
          return { node: describe(s.node), from: [Math.round(s.previousRect.y), Math.round(s.previousRect.height)], to: [Math.round(s.currentRect.y), Math.round(s.currentRect.height)] };
        }),
      });
    });
  }
  probe.observer = new PerformanceObserver(keep);
  probe.observer.observe({ type: 'layout-shift', buffered: true });
  probe.flush = function () { keep({ getEntries: function () { return probe.observer.takeRecords(); } }); };
  document.addEventListener('civic-load', function (e) { probe.loads.push(e.target.localName); }, true);
  document.addEventListener('civic-error', function (e) { probe.errors.push(e.target.localName + ': ' + e.detail.message); }, true);
  window.addEventListener('error', function (e) { probe.errors.push(String(e.message)); });
  var target = document.documentElement.dataset.scrollTo;
  if (target) {
    document.addEventListener('DOMContentLoaded', function () {
      var section = document.querySelector('section');
      if (section) window.staticHeight = Math.round(section.getBoundingClientRect().height);
      document.getElementById(target).scrollIntoView({ block: 'center' });
    });
  }
})();
