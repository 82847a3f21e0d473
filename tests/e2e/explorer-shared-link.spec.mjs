// A shared link reproduces the view: the address built by using the UI, opened in a fresh page,
// shows the same view, checked boxes, select value, search text, sort and count.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadCategories, select, sortModels } from './support/data.mjs';

const models = loadModels();
const TOTAL = models.length;
const base = { categories: ['pathology', 'tcm'], kinds: ['hospital'] };
// A search word taken from the data: the first run of ASCII letters and digits in the newest
// matching model's name, in upper case (search ignores case), so the link keeps that model.
const newest = sortModels(select(models, base), 'released', true)[0];
const q = newest.name.match(/[A-Za-z0-9]{2,}/)[0].toUpperCase();
const filters = { ...base, q };
const expected = sortModels(select(models, filters), 'released', true);

/** Checks everything a reader would see of the shared state. */
async function expectSharedState(atlas) {
  await atlas.expectView('models');
  for (const c of loadCategories()) {
    const box = atlas.checkbox('category', c.id);
    if (base.categories.includes(c.id)) await expect(box).toBeChecked();
    else await expect(box).not.toBeChecked();
  }
  await expect(atlas.kindSelect).toHaveValue('hospital');
  await expect(atlas.search).toHaveValue(q);
  await expect(atlas.sortHeader('released')).toHaveAttribute('aria-sort', 'descending');
  await atlas.expectCount(expected.length, TOTAL);
  await expect.poll(() => atlas.rowIds()).toEqual(expected.map((m) => m.id));
}

test('a link made in one page shows the same view in a fresh page', async ({ page, context, watched }) => {
  expect(expected.length, 'the link keeps at least one model').toBeGreaterThan(0);

  const atlas = new Atlas(page);
  await atlas.open();
  await atlas.tab('models').click();
  await atlas.checkbox('category', 'pathology').check();
  await atlas.checkbox('category', 'tcm').check();
  await atlas.kindSelect.selectOption('hospital');
  await atlas.search.fill(q);
  await atlas.sortButton('released').click();
  await atlas.sortButton('released').click();
  await expectSharedState(atlas);

  // The address is the readable canonical form.
  const link = page.url();
  expect(new URL(link).search).toBe(`?view=models&category=pathology,tcm&kind=hospital&q=${encodeURIComponent(q)}&sort=-released`);

  const fresh = await context.newPage();
  fresh.on('pageerror', (e) => watched.errors.push(`second page: ${e.message}`));
  fresh.on('console', (m) => { if (m.type() === 'error') watched.errors.push(`second page console: ${m.text()}`); });
  await fresh.goto(link);
  const other = new Atlas(fresh);
  await fresh.getByRole('heading', { level: 1 }).waitFor();
  await expectSharedState(other);
  await expect(other.notice).toHaveCount(0);
  expect(fresh.url()).toBe(link);
  await fresh.close();
});

test('a hand-written link in any parameter order gives the same view', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open(`?sort=-released&q=${encodeURIComponent(q)}&kind=hospital&category=tcm,pathology&view=models`);
  await expectSharedState(atlas);
  await expect(atlas.notice).toHaveCount(0);
});
