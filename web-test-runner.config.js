import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { ensureChrome, CHROME_ARGS } from './scripts/chrome.js';
import { testApi } from './test/server.js';
import { embeddingMiddleware, embeddingPlugins } from './test/embedding/server.js';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // No JS target: built files (dist/) must reach the browser byte for byte as users get them.
  // a11ySnapshot: test/a11y reads Chromium's accessibility tree, as a screen reader gets it.
  plugins: [esbuildPlugin({ ts: true }), a11ySnapshotPlugin(), ...embeddingPlugins()],
  middleware: [testApi(), embeddingMiddleware()],
  // Two cores: one page at a time keeps axe and timing-sensitive tests steady.
  concurrency: 1,
  browsers: [chromeLauncher({ launchOptions: { executablePath: ensureChrome(), headless: true, args: CHROME_ARGS } })],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
