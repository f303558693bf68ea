// Loaded first by every host page (a classic script, so it runs before any
// module): records what the page sees — CSP violations, errors, the elements'
// events, console warnings — and, once every civic element has fired
// civic-load or civic-error (and two frames have passed, so queued violation
// reports are in), posts the record to the test page that framed it.
// Expected number of elements: <html data-civic-expect="n">, else those in the markup.
(function () {
  var TAGS = 'civic-priority-list, civic-investment-timeline, civic-debt-revenue-chart';
  var record = { violations: [], errors: [], loads: [], failures: [], warnings: [] };
  window.civicRecord = record;
  document.addEventListener('securitypolicyviolation', function (e) {
    // Which element: the node inside a shadow root, and the civic element around it.
    var node = e.composedPath()[0];
    var inner = node && node.nodeType === 1 ? node.localName + (node.getAttribute('part') ? '[part=' + node.getAttribute('part') + ']' : '') : '';
    var host = e.target && e.target.localName;
    record.violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, element: host + (inner && inner !== host ? ' > ' + inner : ''), source: e.sourceFile });
  });
  window.addEventListener('error', function (e) { record.errors.push(String(e.message)); });
  window.addEventListener('unhandledrejection', function (e) { record.errors.push(String(e.reason)); });
  var warn = console.warn;
  console.warn = function () {
    record.warnings.push(Array.prototype.map.call(arguments, String).join(' '));
    return warn.apply(console, arguments);
  };
  var settled = new Set();
  var posted = false;
  function check() {
    if (posted || document.readyState === 'loading') return;
    var expect = Number(document.documentElement.dataset.civicExpect) || document.querySelectorAll(TAGS).length;
    if (settled.size < expect) return;
    posted = true;
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        if (window.parent !== window) window.parent.postMessage({ civicSettled: true, record: record }, location.origin);
      });
    });
  }
  function settle(e) {
    settled.add(e.target);
    check();
  }
  document.addEventListener('civic-load', function (e) { record.loads.push(e.target.localName); settle(e); }, true);
  document.addEventListener('civic-error', function (e) {
    record.failures.push({ tag: e.target.localName, message: e.detail.message, issues: e.detail.issues });
    settle(e);
  }, true);
  document.addEventListener('DOMContentLoaded', check);
})();
