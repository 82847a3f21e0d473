// Text from a reader's file is text: tests/hostile/html.csv has names `<img src=x onerror=alert(1)>`
// and `<script>alert(1)</script>` and a developer `<b>Ant</b> & Co`. They show literally in the
// table and the provenance panel; no element is created from them, no dialog opens and no
// request is made.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const BOLD = '<b>Ant</b> & Co';

/** Elements that could only have come from the file's markup. */
const injected = (page) => page.evaluate(() => ({
  imgX: document.querySelectorAll('img[src=x], img[src$="/x"]').length,
  imgs: document.images.length,
  scripts: [...document.scripts].filter((s) => s.textContent.includes('alert')).length,
  bold: [...document.querySelectorAll('b')].filter((b) => b.textContent === 'Ant').length,
  onerror: document.querySelectorAll('[onerror]').length,
}));

test('html.csv: markup in names is shown as text in the table and the panel, never run', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', async (d) => { dialogs.push(`${d.type()}: ${d.message()}`); await d.dismiss(); });
  const atlas = new Atlas(page);
  await atlas.open('?view=models');
  await page.evaluate(() => navigator.serviceWorker?.ready.then(() => true));
  await page.waitForLoadState('networkidle');
  const clean = await injected(page);
  expect(clean).toEqual({ imgX: 0, imgs: 0, scripts: 0, bold: 0, onerror: 0 });

  const requests = [];
  const onRequest = (r) => requests.push(`${r.method()} ${r.url()}`);
  page.context().on('request', onRequest);
  await atlas.chooseFile('html.csv');
  // A clean file: no review, straight to the banner.
  await expect(atlas.userBanner).toContainText('Viewing your file html.csv · 2 models');
  await expect(atlas.fileReview).toBeHidden();
  await expect(atlas.tableRows).toHaveCount(2);

  // The table: names and developer exactly as written, as text.
  await expect(atlas.row('aiergpt').locator('th.name .primary-name')).toHaveText(IMG);
  await expect(atlas.row('ant-aq').locator('th.name .primary-name')).toHaveText(SCRIPT);
  await expect(atlas.row('ant-aq').locator('td[data-col=developer]')).toHaveText(BOLD);
  // The names hold text nodes only.
  expect(await atlas.table.locator('th.name .primary-name').evaluateAll((as) => as.map((a) => a.children.length))).toEqual([0, 0]);
  await page.waitForTimeout(300); // let any injected image have its chance to load
  expect(requests, 'requests while loading and showing the file').toEqual([]);

  // The provenance panel, for each row.
  await atlas.openButton('aiergpt').click();
  await expect(atlas.provenance.locator('#provenance-title')).toContainText(IMG);
  expect(await atlas.provenance.locator('#provenance-title').evaluate((h) => h.firstChild.nodeType)).toBe(3); // a text node
  await page.keyboard.press('Escape');
  await atlas.openButton('ant-aq').click();
  await expect(atlas.provenance.locator('#provenance-title')).toContainText(SCRIPT);
  await expect(atlas.provenance.locator('dd', { hasText: 'Ant</b>' }).first()).toHaveText(`${BOLD} (Company)`);
  // The developer's name in the location line is text too (no page places it: not located).
  await expect(atlas.provenance.getByTestId('provenance-location')).toHaveText(`Not located: no page read says where ${BOLD} is based.`);
  await page.keyboard.press('Escape');

  // The other views render the file too; nothing there turns the names into markup either.
  for (const view of ['overview', 'timeline', 'sources', 'models']) {
    await atlas.tab(view).click();
    await atlas.expectView(view);
  }
  await page.waitForTimeout(300); // let any injected image or script have its chance to fire
  expect(await injected(page)).toEqual(clean);
  expect(dialogs, 'dialogs opened').toEqual([]);
  page.context().off('request', onRequest);
  // Every history entry (a name opening its panel, Escape, tabs) makes Chromium fetch the page's own declared
  // favicon again (it does so for a bare history.pushState too; the service worker answers).
  // That is the browser, not the file: any other request would be.
  const favicon = await page.locator('link[rel=icon]').evaluate((l) => l.href);
  expect(requests.filter((r) => r !== `GET ${favicon}`), 'requests other than the favicon').toEqual([]);
});

test('html.csv in Chinese: the Chinese name leads, the markup name follows as text', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  const atlas = new Atlas(page);
  await atlas.open('?view=models&lang=zh');
  await atlas.chooseFile('html.csv');
  await expect(atlas.tableRows).toHaveCount(2);
  await expect(atlas.row('aiergpt').locator('th.name .alt-name')).toHaveText(IMG);
  await expect(atlas.row('ant-aq').locator('th.name .alt-name')).toHaveText(SCRIPT);
  await atlas.openButton('ant-aq').click();
  await expect(atlas.provenance.locator('#provenance-title .alt-name')).toHaveText(SCRIPT);
  expect(await injected(page)).toEqual({ imgX: 0, imgs: 0, scripts: 0, bold: 0, onerror: 0 });
  expect(dialogs).toEqual([]);
});
