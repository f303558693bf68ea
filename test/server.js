// A small test API served by the test runner's dev server, so the loading
// tests make real requests: delays, status codes, bodies that are not JSON,
// requests that never answer, and a count of how many requests each id got.
import { readFileSync } from 'node:fs';

const counts = new Map();
const asker = () => readFileSync(new URL('../demo/data/asker-2017-2020.json', import.meta.url), 'utf8');

export function testApi() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__api/')) return next();
    const id = ctx.query.id ?? ctx.path;
    const route = ctx.path.slice('/__api/'.length);
    if (route === 'count') {
      ctx.type = 'json';
      ctx.body = JSON.stringify({ count: counts.get(ctx.query.of) ?? 0 });
      return;
    }
    counts.set(id, (counts.get(id) ?? 0) + 1);
    const delay = Number(ctx.query.delay ?? 0);
    if (route === 'hang') {
      // Never answers within any test's timeout; ends itself so nothing lingers.
      await new Promise((r) => setTimeout(r, 20000));
      ctx.status = 504;
      return;
    }
    if (delay) await new Promise((r) => setTimeout(r, delay));
    if (route.startsWith('status/')) {
      ctx.status = Number(route.slice(7));
      ctx.body = 'error';
      return;
    }
    if (route === 'not-json') {
      ctx.type = 'html';
      ctx.body = '<!doctype html><title>Not found</title><p>This is a CMS page, not JSON.';
      return;
    }
    if (route === 'asker') {
      ctx.type = 'json';
      ctx.body = asker();
      return;
    }
    if (route === 'echo') {
      ctx.type = 'json';
      ctx.body = ctx.query.body ?? 'null';
      return;
    }
    ctx.status = 404;
  };
}
