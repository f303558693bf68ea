// Stands in for another version of civic-widgets loaded first by another embed
// on the page: it defines <civic-priority-list> with its own class.
class OldPriorityList extends HTMLElement {
  static version = '9.9.9';
  connectedCallback() {
    if (this.shadowRoot) return;
    this.attachShadow({ mode: 'open' }).textContent = 'civic-widgets 9.9.9';
    this.dispatchEvent(new CustomEvent('civic-load', { bubbles: true, composed: true, detail: { data: null } }));
  }
}
customElements.define('civic-priority-list', OldPriorityList);
