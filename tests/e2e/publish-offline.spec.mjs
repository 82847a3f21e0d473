// Offline: after one visit the service worker has cached every file of the build, and with the
// network gone a reload still shows the atlas, its charts painted, in the state of the address.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, expectPainted } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, select } from './support/data.mjs';
import { DIST } from './support/files.mjs';

const models = loadModels();

/** The files sw.js precaches, read from the build (its FILES array). */
function precacheList() {
  const sw = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  const m = sw.match(/const FILES = (\[[^\]]*\]);/);
  if (!m) throw new Error('sw.js has no FILES list');
  return JSON.parse(m[1]);
}

test('after one visit the atlas reloads and paints with the network off', async ({ page, context }) => {
  const files = precacheList();
  expect(files).toContain('./');
  expect(files.some((f) => f.endsWith('.wasm'))).toBe(true);

  const atlas = new Atlas(page);
  await atlas.open('?kind=hospital');
  await expectPainted(atlas.categoryChart);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { message: 'the worker controls the page' }).toBe(true);
  // Every listed file is in the worker's cache (as absolute URLs of this origin).
  const expected = files.map((f) => new URL(f, page.url()).href.replace(/\?.*$/, '')).sort();
  await expect.poll(() => page.evaluate(async () => {
    const names = (await caches.keys()).filter((k) => k.startsWith('medllm-atlas-'));
    if (names.length !== 1) return names;
    const cache = await caches.open(names[0]);
    return (await cache.keys()).map((r) => r.url).sort();
  }), { message: 'one atlas cache holding every file' }).toEqual(expected);

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  // The worker tries the network first for the page; offline, that attempt fails.
  const failed = [];
  context.on('requestfailed', (r) => failed.push(r.url()));
  const response = await page.reload();
  expect(response?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
  expect(failed, 'the network was really off').toContain(page.url());
  await page.getByRole('heading', { level: 1 }).waitFor();
  await expectPainted(atlas.surveyChart);
  await expectPainted(atlas.categoryChart);
  await atlas.expectCount(select(models, { kinds: ['hospital'] }).length, models.length);
  await expect(atlas.kindSelect).toHaveValue('hospital');
  await context.setOffline(false);
});
