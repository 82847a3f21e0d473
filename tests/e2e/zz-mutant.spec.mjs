import { test, expect, expectPainted } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, select, sortModels, datePrecision } from './support/data.mjs';
const models = loadModels();
test.describe.configure({ timeout: 8000 });
test('m1 wrong category count', async ({ page }) => {
  const a = new Atlas(page); await a.open();
  await a.checkbox('category', 'pathology').check();
  await a.expectCount(select(models, { categories: ['tcm'] }).length, 193);
});
test('m2 wrong sort', async ({ page }) => {
  const a = new Atlas(page); await a.open('?view=models');
  await a.sortButton('name').click();
  await expect.poll(() => a.rowIds(), { timeout: 3000 }).toEqual(sortModels(models, 'name', true).map((m) => m.id));
});
test('m3 story rule category only', async ({ page }) => {
  const a = new Atlas(page); await a.open('?view=story-pathology');
  await expect(a.tableRows).toHaveCount(models.filter((m) => m.category === 'pathology').length, { timeout: 3000 });
});
test('m4 console error fails', async ({ page }) => {
  const a = new Atlas(page); await a.open();
  await page.evaluate(() => console.error('boom'));
});
test('m5 painted on empty', async ({ page }) => {
  const a = new Atlas(page); await a.open();
  await page.evaluate(() => { const c = document.querySelector('[data-testid=category-chart] canvas'); c.getContext('2d').clearRect(0,0,c.width,c.height); });
  await expectPainted(a.categoryChart);
});
