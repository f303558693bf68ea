import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { ensureChrome, CHROME_ARGS } from './scripts/chrome.js';
import { testApi } from './test/server.js';
import { embeddingMiddleware, embeddingPlugins } from './test/embedding/server.js';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // No JS target: built files (dist/) must reach the browser byte for byte as users get them.
  plugins: [esbuildPlugin({ ts: true }), ...embeddingPlugins()],
  middleware: [testApi(), embeddingMiddleware()],
  // Two cores: one page at a time keeps axe and timing-sensitive tests steady.
  concurrency: 1,
  browsers: [chromeLauncher({ launchOptions: { executablePath: ensureChrome(), headless: true, args: CHROME_ARGS } })],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
