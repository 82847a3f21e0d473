// Issue 22: the view stays fast with many rows because rows off screen are not laid out or painted
// (content-visibility: auto) until the reader scrolls to them; they stay in the document, so
// find-in-page, screen readers and the row count see every listed row.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, TABLE_PAGE } from './support/data.mjs';

const models = loadModels();

test('rows below the fold are skipped until scrolled into view', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=models');
  // Three pages listed: well beyond what the screen and its margin show.
  const n = Math.min(models.length, 3 * TABLE_PAGE);
  for (let shown = TABLE_PAGE; shown < n; shown += TABLE_PAGE) await atlas.moreRows.click();
  await expect(atlas.tableRows).toHaveCount(n);
  expect(n, 'enough rows to reach below the fold').toBeGreaterThan(100);
  // Back to the top, where a reader starts.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  // A row's cells are what is skipped (the row keeps a placeholder size).
  const rendered = () => atlas.tableRows.evaluateAll((rows) => rows.map((r) => r.querySelector('[data-col=developer]').checkVisibility({ contentVisibilityAuto: true })));
  await expect.poll(async () => (await rendered())[0], { message: 'the first row is drawn' }).toBe(true);
  const before = await rendered();
  expect(before.at(-1), 'the last row is skipped').toBe(false);
  expect(before.filter(Boolean).length, 'only a screenful is drawn').toBeLessThan(n / 2);

  await atlas.tableRows.last().scrollIntoViewIfNeeded();
  await expect.poll(async () => (await rendered()).at(-1), { message: 'the last row is drawn once in view' }).toBe(true);
  await expect(atlas.tableRows.last().locator('.primary-name')).toBeVisible();
});
