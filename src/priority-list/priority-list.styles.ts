import { css, unsafeCSS } from 'lit';

// CSS Containment 2, which lit-analyzer 2 does not know, as plain CSS (as the timeline does):
// a long list lays out only the items near the screen; 'auto' remembers each one's real height.
const long = unsafeCSS('.long>.item{content-visibility:auto;contain-intrinsic-size:auto 8rem}');

export const styles = css`
  /* Room for the priorities to come (--_rows is set from limit): about 10rem each with a description. */
  .loading {
    min-height: var(--civic-loading-height, calc(var(--_rows, 8) * 10rem + 3rem));
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    display: grid;
    grid-template-columns: 2.25em minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 0.875) 0;
    border-top: 1px solid var(--_border);
    margin: 0;
  }
  .item:first-child {
    border-top: 0;
    padding-top: 0;
  }
  .item[hidden] {
    display: none;
  }
  .item:focus {
    outline: none;
  }
  .item:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .number {
    display: grid;
    place-items: center;
    width: 2.25em;
    height: 2.25em;
    border-radius: 50%;
    background: var(--_surface);
    border: 1px solid var(--_border);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .body {
    min-width: 0;
  }
  .title {
    margin: 0.2em 0 0;
    font-weight: 700;
    font-size: 1.0625em;
    line-height: 1.35;
  }
  .description {
    margin: 0.3em 0 0;
    color: var(--_text);
    max-width: 70ch;
  }
  .area {
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    margin: 0.5em 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .area::before {
    content: '';
    flex: none;
    width: 0.8em;
    height: 0.8em;
    border-radius: 2px;
    background: var(--_area);
  }
  .toggle {
    margin-top: calc(var(--_space) * 0.75);
  }
  @media (forced-colors: active) {
    .area::before {
      background: CanvasText;
    }
    .number {
      border-color: CanvasText;
    }
  }
  @media print {
    .item[hidden] {
      display: grid;
    }
    .item {
      break-inside: avoid;
    }
    .area::before {
      border: 1px solid #000;
    }
  }
  ${long}
`;
