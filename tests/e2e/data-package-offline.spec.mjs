// The data files offline: after one visit the service worker has cached data/ with the rest of
// the build (sw.js lists every data file and the descriptor), and with the network off the
// footer's link still opens datapackage.json (in a new tab) — from the worker, not the cached
// page — and every CSV is still served byte for byte. Expected files come from data/ itself.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { DIST, ROOT } from './support/files.mjs';

const DATA = path.join(ROOT, 'data');
const csvFiles = readdirSync(DATA).filter((f) => f.endsWith('.csv')).sort();

/** The files sw.js precaches, read from the build (its FILES array). */
function precacheList() {
  const m = readFileSync(path.join(DIST, 'sw.js'), 'utf8').match(/const FILES = (\[[^\]]*\]);/);
  if (!m) throw new Error('sw.js has no FILES list');
  return JSON.parse(m[1]);
}

test('after one visit the data files open with the network off', async ({ page, context }) => {
  const files = precacheList();
  for (const name of [...csvFiles, 'datapackage.json']) expect(files, name).toContain(`./data/${name}`);

  // Every tab's responses (the link opens one), and the worker's own (its precache).
  const responses = [];
  context.on('response', (r) => responses.push(r));
  const atlas = new Atlas(page);
  await atlas.open('?view=about');
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { message: 'the worker controls the page' }).toBe(true);
  // Only the worker's cache may answer: the browser's HTTP cache (which the worker's precache
  // filled) is emptied, as it would be for a reader who comes back after it expired.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  // A served CSV through the worker, as a script of the page would fetch it.
  for (const name of csvFiles) {
    const text = await page.evaluate(async (url) => {
      const res = await fetch(url);
      return res.ok ? res.text() : `HTTP ${res.status}`;
    }, `data/${name}`);
    expect(text === readFileSync(path.join(DATA, name), 'utf8'), `data/${name} offline`).toBe(true);
  }
  // Following the link opens a tab: a navigation, which the worker must answer with the file,
  // not with the cached page.
  const target = new URL('data/datapackage.json', page.url()).href;
  const [tab] = await Promise.all([context.waitForEvent('page'), page.getByTestId('site-footer').getByTestId('data-link').click()]);
  await tab.waitForLoadState();
  const response = responses.findLast((r) => r.url() === target && !r.request().serviceWorker());
  expect(response, 'the tab loaded the descriptor').toBeTruthy();
  expect(response.fromServiceWorker(), 'answered by the service worker').toBe(true);
  expect((await response.body()).equals(readFileSync(path.join(DIST, 'data', 'datapackage.json')))).toBe(true);
  await context.setOffline(false);
});
