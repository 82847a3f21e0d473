// A shared link reproduces the view: the address built by using the UI, opened in a fresh page,
// shows the same view, checked boxes, select value, search text, sort and count; and the address
// lists the facets in one canonical order whatever order the reader clicked in.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadCategories, select, sortModels, facetCounts, cmpText, FACET_KEYS, TABLE_PAGE } from './support/data.mjs';

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
  await expect.poll(() => atlas.rowIds()).toEqual(expected.slice(0, TABLE_PAGE).map((m) => m.id));
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

test('the address lists facets in canonical order, values in vocabulary or id order', async ({ page }) => {
  const counts = facetCounts(models, {}, 'specialties');
  const specialties = Object.keys(counts).sort((a, b) => counts[b] - counts[a] || cmpText(a, b)).slice(0, 2).reverse();
  const bases = facetCounts(models, {}, 'bases');
  const base = Object.keys(bases).sort((a, b) => bases[b] - bases[a] || cmpText(a, b)).slice(0, 2).reverse();
  // Clicked in this order (facets out of order, each facet's values reversed) …
  const clicks = [
    ['specialty', specialties], ['base', base], ['fcat', ['tcm', 'clinical-decision']], ['source', ['secondary', 'primary']],
    ['open', ['unknown', 'yes']], ['modality', ['multimodal', 'text']], ['category', ['tcm', 'pathology']],
  ];
  // … written in the facet order, closed vocabularies in their order, data facets by id.
  const expected = [
    ['category', 'pathology,tcm'], ['kind', 'hospital'], ['specialty', [...specialties].sort(cmpText).join(',')],
    ['modality', 'text,multimodal'], ['open', 'yes,unknown'], ['source', 'primary,secondary'],
    ['fcat', 'clinical-decision,tcm'], ['base', [...base].sort(cmpText).join(',')],
  ];
  const atlas = new Atlas(page);
  await atlas.open();
  for (const [group, values] of clicks.slice(0, 2)) for (const v of values) await atlas.check(group, v);
  await atlas.kindSelect.selectOption('hospital');
  for (const [group, values] of clicks.slice(2)) for (const v of values) await atlas.check(group, v);
  const query = `?${expected.map(([k, v]) => `${k}=${v}`).join('&')}`;
  await expect.poll(() => decodeURIComponent(atlas.queryString())).toBe(query);

  const f = Object.fromEntries(expected.map(([k, v]) => [FACET_KEYS[k], v.split(',')]));
  await atlas.expectCount(select(models, f).length, TOTAL);
  // The same address typed in another order gives the same state.
  await atlas.open(`?${[...expected].reverse().map(([k, v]) => `${k}=${v.split(',').reverse().join(',')}`).join('&')}`);
  await atlas.expectCount(select(models, f).length, TOTAL);
  for (const [group, values] of clicks) for (const v of values) await expect(atlas.checkbox(group, v)).toBeChecked();
  await expect(atlas.kindSelect).toHaveValue('hospital');
  await expect(atlas.notice).toHaveCount(0);
});
