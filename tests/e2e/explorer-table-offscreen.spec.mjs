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
  const n = Math.min(models.length, TABLE_PAGE);
  await expect(atlas.tableRows).toHaveCount(n);
  expect(n, 'enough rows to reach below the fold').toBeGreaterThan(40);
  // A row's cells are what is skipped (the row keeps a placeholder size).
  const rendered = () => atlas.tableRows.evaluateAll((rows) => rows.map((r) => r.querySelector('[data-col=developer]').checkVisibility({ contentVisibilityAuto: true })));
  const before = await rendered();
  expect(before[0], 'the first row is drawn').toBe(true);
  expect(before.at(-1), 'the last row is skipped').toBe(false);
  expect(before.filter(Boolean).length, 'only a screenful is drawn').toBeLessThan(n / 2);

  await atlas.tableRows.last().scrollIntoViewIfNeeded();
  await expect.poll(async () => (await rendered()).at(-1), { message: 'the last row is drawn once in view' }).toBe(true);
  await expect(atlas.tableRows.last().locator('.primary-name')).toBeVisible();
});
