import type { Plugin } from 'vite';
import type { MinifyOptions } from 'terser';
export function minifyBundle(options?: MinifyOptions): Plugin;
