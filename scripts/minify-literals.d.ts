import type { Plugin } from 'vite';
export function minifyTemplates(code: string, fileName?: string): string;
export function minifyLiterals(): Plugin;
