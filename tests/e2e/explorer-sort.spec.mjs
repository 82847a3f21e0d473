// Sorting the models table: clicking a column header sorts by it (again: reverses), the header
// says so with aria-sort, and the URL keeps it as `sort=name` / `sort=-released`. Rows without a
// release date go last in both directions.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, sortModels, dateKey, TABLE_PAGE } from './support/data.mjs';

const models = loadModels();
const byId = new Map(models.map((m) => [m.id, m]));

async function expectOrder(atlas, expected) {
  // The first rows exactly, then the whole table (every page of it).
  await expect.poll(async () => (await atlas.rowIds()).slice(0, 10)).toEqual(expected.slice(0, 10).map((m) => m.id));
  expect(await atlas.allRowIds()).toEqual(expected.map((m) => m.id));
}

test('Name sorts rows by name, ascending then descending', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=models');
  await expect(atlas.tableRows).toHaveCount(Math.min(models.length, TABLE_PAGE));
  for (const col of ['name', 'released']) await expect(atlas.sortHeader(col)).toHaveAttribute('aria-sort', 'none');

  await atlas.sortButton('name').click();
  await atlas.expectParam('sort', 'name');
  await expect(atlas.sortHeader('name')).toHaveAttribute('aria-sort', 'ascending');
  await expectOrder(atlas, sortModels(models, 'name'));
  // The names as shown are in order, case-insensitively.
  const shown = await atlas.table.locator('tbody th.name .primary-name').allTextContents();
  expect(shown.slice(0, 5)).toEqual(sortModels(models, 'name').slice(0, 5).map((m) => m.name));

  await atlas.sortButton('name').click();
  await atlas.expectParam('sort', '-name');
  await expect(atlas.sortHeader('name')).toHaveAttribute('aria-sort', 'descending');
  await expectOrder(atlas, sortModels(models, 'name', true));
});

test('Released sorts by date with undated rows last in both directions', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=models&sort=name');
  await expect(atlas.sortHeader('name')).toHaveAttribute('aria-sort', 'ascending');
  const undated = models.filter((m) => !m.date).length;
  expect(undated, 'the data has undated rows').toBeGreaterThan(0);
  expect(undated).toBeLessThan(models.length);

  for (const descending of [false, true]) {
    await atlas.sortButton('released').click();
    await atlas.expectParam('sort', descending ? '-released' : 'released');
    await expect(atlas.sortHeader('released')).toHaveAttribute('aria-sort', descending ? 'descending' : 'ascending');
    await expect(atlas.sortHeader('name')).toHaveAttribute('aria-sort', 'none');
    const expected = sortModels(models, 'released', descending);
    await expectOrder(atlas, expected);

    // Independently of tie order: the dates shown are monotonic and the undated rows come last.
    const ids = await atlas.rowIds();
    const keys = ids.map((id) => dateKey(byId.get(id)));
    const firstUndated = keys.indexOf(null);
    expect(firstUndated, 'undated rows start after every dated row').toBe(models.length - undated);
    expect(keys.slice(firstUndated).every((k) => k === null)).toBe(true);
    const dated = keys.slice(0, firstUndated);
    for (let i = 1; i < dated.length; i++) {
      expect(descending ? dated[i - 1] >= dated[i] : dated[i - 1] <= dated[i], `row ${i} in date order`).toBe(true);
    }
    // Dates are shown in the reader's language; the machine-readable date is on <time datetime>.
    const first = atlas.table.locator('tbody tr td.num').first();
    await expect(first.locator('time')).toHaveAttribute('datetime', expected[0].released);
    const cells = await atlas.table.locator('tbody tr td.num').allTextContents();
    expect(cells.at(-1)).toBe('—');
  }
});
