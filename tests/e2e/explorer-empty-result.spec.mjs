// An empty result: a combination of filters that matches nothing replaces the view with an
// explanation listing the active filters as chips, and "Clear filters" brings every model back.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadCategories, select, KINDS, KIND_LABEL, TABLE_PAGE } from './support/data.mjs';

const models = loadModels();
const TOTAL = models.length;
// The first category × developer kind that the data never combines, though each occurs alone.
const combo = (() => {
  for (const c of loadCategories()) {
    for (const k of KINDS) {
      const f = { categories: [c.id], kinds: [k] };
      if (select(models, f).length === 0 && select(models, { categories: [c.id] }).length > 0 && select(models, { kinds: [k] }).length > 0) {
        return { category: c, kind: k };
      }
    }
  }
  return null;
})();

test('no match shows the active filters as chips and Clear filters restores all', async ({ page }) => {
  expect(combo, 'the data has a category and a kind that never meet').not.toBeNull();
  const atlas = new Atlas(page);
  await atlas.open();
  await expect(atlas.emptyResult).toHaveCount(0);

  await atlas.checkbox('category', combo.category.id).check();
  await atlas.kindSelect.selectOption(combo.kind);
  await atlas.search.fill('');
  await atlas.expectCount(0, TOTAL);
  await expect(atlas.emptyResult).toBeVisible();
  await expect(atlas.emptyResult).toContainText('No model matches all of these filters:');
  await expect(atlas.emptyResult.locator('.chip')).toHaveText([
    `Category (atlas): ${combo.category.name_en} ×`,
    `Developer kind: ${KIND_LABEL[combo.kind]} ×`,
  ]);
  // The view's charts are gone: nothing to draw.
  await expect(atlas.categoryChart).toHaveCount(0);

  await atlas.emptyResult.getByRole('button', { name: 'Clear filters' }).click();
  await expect(atlas.emptyResult).toHaveCount(0);
  await atlas.expectCount(TOTAL, TOTAL);
  await atlas.expectParam('category', null);
  await atlas.expectParam('kind', null);
  await expect(atlas.kindSelect).toHaveValue('');
  await expect(atlas.checkbox('category', combo.category.id)).not.toBeChecked();
  await expect(atlas.categoryChart).toBeVisible();
});

test('a chip in the empty result removes just its filter', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open(`?view=models&category=${combo.category.id}&kind=${combo.kind}`);
  await expect(atlas.emptyResult).toBeVisible();
  await atlas.emptyResult.getByRole('button', { name: `Remove filter Developer kind: ${KIND_LABEL[combo.kind]}` }).click();
  await expect(atlas.emptyResult).toHaveCount(0);
  await atlas.expectParam('kind', null);
  await atlas.expectParam('category', combo.category.id);
  const expected = select(models, { categories: [combo.category.id] }).length;
  await atlas.expectCount(expected, TOTAL);
  await expect(atlas.tableRows).toHaveCount(Math.min(expected, TABLE_PAGE));
});
