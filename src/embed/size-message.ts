/** The iframe page's height messages: civic-widgets' own and AMP's `embed-size`, read and written in one place. */

export interface SizeMessage { type: string; height: number; sentinel?: string }

/** The largest height accepted: a page cannot be made to stretch an iframe without bound. */
const MAX = 100000;

export function isSizeMessage(data: unknown): data is SizeMessage {
  const m = data as SizeMessage | null;
  if (typeof m !== 'object' || m === null) return false;
  const ok = typeof m.height === 'number' && Number.isFinite(m.height) && m.height >= 0 && m.height <= MAX;
  return ok && (m.type === 'civic-embed-size' || (m.sentinel === 'amp' && m.type === 'embed-size'));
}

/** Both messages for one height: ours, and AMP's for an amp-iframe host. */
export const sizeMessages = (height: number): SizeMessage[] => [
  { type: 'civic-embed-size', height },
  { sentinel: 'amp', type: 'embed-size', height },
];
