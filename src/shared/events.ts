/** The two events every element fires; both bubble and are composed. */
import type { ProgrammeDocument } from './schema.js';
import type { Issue } from './validate.js';

export interface CivicLoadDetail {
  /** The valid part of the document that was rendered. */
  data: ProgrammeDocument;
}

export interface CivicErrorDetail {
  /** A short, translated message, the one shown in the widget. */
  message: string;
  /** Every problem in the data, with its path; empty for a network failure. */
  issues: Issue[];
}

export type CivicLoadEvent = CustomEvent<CivicLoadDetail>;
export type CivicErrorEvent = CustomEvent<CivicErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-load': CivicLoadEvent;
    'civic-error': CivicErrorEvent;
  }
}

export function emit<K extends 'civic-load' | 'civic-error'>(
  target: EventTarget,
  type: K,
  detail: K extends 'civic-load' ? CivicLoadDetail : CivicErrorDetail,
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
