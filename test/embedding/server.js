// Serves the embedding tests' host pages the way real host pages are served:
// the CSP page with a strict Content-Security-Policy header, the React app
// bundled by esbuild on request (React ships CommonJS only), and a command for
// forced-colors emulation, which @web/test-runner-commands' emulateMedia lacks
// for Chromium driven by puppeteer.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The policy docs/embedding.md promises to work: the library needs only `trusted-types lit-html`. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** Pages named csp*.html get a CSP: STRICT_CSP, or ?csp=… (one of POLICIES) to try a variant. */
export const POLICIES = {
  strict: STRICT_CSP,
  duplicates: `${STRICT_CSP} 'allow-duplicates'`,
};

export function embeddingMiddleware() {
  return async (ctx, next) => {
    await next();
    if (/^\/test\/embedding\/pages\/csp[\w-]*\.html$/.test(ctx.path)) {
      ctx.set('Content-Security-Policy', POLICIES[ctx.query.csp] ?? STRICT_CSP);
    }
  };
}

const REACT_APP = '/test/embedding/pages/react-app.bundle.js';

export function embeddingPlugins() {
  const sessions = new Map();
  return [
    {
      name: 'civic-embedding-react-app',
      async serve(context) {
        if (context.path !== REACT_APP) return undefined;
        const result = await build({
          entryPoints: [fileURLToPath(new URL('./pages/react-app.jsx', import.meta.url))],
          bundle: true,
          format: 'esm',
          jsx: 'automatic',
          write: false,
          minify: true,
          define: { 'process.env.NODE_ENV': '"production"' },
          logLevel: 'silent',
        });
        return { body: result.outputFiles[0].text, type: 'js' };
      },
    },
    {
      name: 'civic-embedding-forced-colors',
      async executeCommand({ command, payload, session }) {
        if (command !== 'civic-forced-colors') return undefined;
        const page = session.browser.getPage(session.id);
        // Kept open: closing the session would drop its emulation.
        let cdp = sessions.get(session.id);
        if (!cdp) sessions.set(session.id, (cdp = await page.createCDPSession()));
        await cdp.send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
        });
        return true;
      },
    },
  ];
}
