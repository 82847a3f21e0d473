// Sources: every document of data/sources.csv is listed with its link, and "Keep only primary
// sources" filters the rows to primary pages (`source=primary`).
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadSources, select, formatInt } from './support/data.mjs';

const models = loadModels();
const sources = loadSources();
const TOTAL = models.length;

test('every listed document is shown with its link', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=sources');
  await atlas.expectView('sources');
  const docs = page.getByTestId('sources-view').locator('li.source-doc');
  await expect(docs).toHaveCount(sources.length);
  expect(await docs.evaluateAll((ls) => ls.map((l) => l.dataset.source))).toEqual(sources.map((s) => s.id));
  for (const [i, s] of sources.entries()) {
    const link = docs.nth(i).locator('.citation a');
    await expect(link).toHaveAttribute('href', s.url);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toHaveText(`“${s.title}”`);
    await expect(docs.nth(i).locator('.citation')).toContainText(s.publisher);
    const rows = models.filter((m) => m.source_id === s.id).length;
    await expect(docs.nth(i)).toContainText(`supports ${formatInt(rows)} model rows`);
  }
});

test('Keep only primary sources sets source=primary and counts the primary rows', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=sources');
  const only = page.getByTestId('only-primary');
  await expect(only).not.toBeChecked();
  const primary = select(models, { sources: ['primary'] }).length;
  expect(primary, 'the data has primary rows').toBeGreaterThan(0);
  expect(primary).toBeLessThan(TOTAL);
  const kinds = page.getByTestId('source-kinds');
  await expect(kinds.locator('li[data-kind=primary] .count')).toHaveText(new RegExp(`^${formatInt(primary)} · `));

  await only.check();
  await atlas.expectParam('source', 'primary');
  await atlas.expectCount(primary, TOTAL);
  await expect(atlas.checkbox('source', 'primary')).toBeChecked();
  await expect(kinds.locator('li[data-kind=primary] .count')).toHaveText(`${formatInt(primary)} · 100.0%`);
  await expect(kinds.locator('li[data-kind=news] .count')).toHaveText('0 · 0.0%');
  // The documents stay listed under any filter.
  await expect(page.getByTestId('sources-view').locator('li.source-doc')).toHaveCount(sources.length);

  await only.uncheck();
  await atlas.expectParam('source', null);
  await atlas.expectCount(TOTAL, TOTAL);
});
