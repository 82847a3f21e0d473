// Function category (`fcat=`): the models with at least one function of a category, by the
// atlas's classification of each function in data/functions.csv. The panel's group lists every
// category of categories.csv with that count under the other filters; a link or a checkbox applies
// it (values OR-ed, AND-ed with the other facets) and the URL lists its ids sorted.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadCategories, loadFunctions, select, facetCounts, formatInt } from './support/data.mjs';

const models = loadModels();
const categories = loadCategories();
const TOTAL = models.length;

/** What the fcat group should list under filters `f`: every category, in categories.csv order. */
function fcatOptions(f, chosen = []) {
  const counts = facetCounts(models, f, 'fcats');
  return categories.map((c) => {
    const n = counts[c.id] ?? 0;
    return { value: c.id, name: c.name_en, count: n, zero: n === 0 && !chosen.includes(c.id), checked: chosen.includes(c.id) };
  });
}

test('the fcat group counts the models with a function of each category, under the other filters', async ({ page }) => {
  const f = { kinds: ['hospital'] };
  // The other filter changes the counts, so the group cannot pass on all-rows numbers.
  expect(fcatOptions(f).map((o) => o.count)).not.toEqual(fcatOptions({}).map((o) => o.count));

  const atlas = new Atlas(page);
  await atlas.open('?kind=hospital');
  await atlas.expectCount(select(models, f).length, TOTAL);
  await expect.poll(() => atlas.facetOptions('fcat')).toEqual(fcatOptions(f));

  // Checking one: the result narrows, and the category facet now counts within it.
  await atlas.checkbox('fcat', 'medical-imaging').check();
  const g = { ...f, fcats: ['medical-imaging'] };
  await atlas.expectParam('fcat', 'medical-imaging');
  await atlas.expectCount(select(models, g).length, TOTAL);
  await expect.poll(() => atlas.facetOptions('fcat')).toEqual(fcatOptions(g, ['medical-imaging']));
  const byCategory = facetCounts(models, g, 'categories');
  await expect.poll(() => atlas.facetOptions('category').then((os) => os.map((o) => [o.value, o.count])))
    .toEqual(categories.map((c) => [c.id, byCategory[c.id] ?? 0]));
});

test('fcat=pathology selects the models with a pathology function, not the pathology category', async ({ page }) => {
  const withFunction = new Set(loadFunctions().filter((r) => r.category === 'pathology').map((r) => r.model_id));
  const expected = select(models, { fcats: ['pathology'] });
  expect(expected.map((m) => m.id).sort()).toEqual([...withFunction].sort());
  expect(expected.length).toBeGreaterThan(0);
  // The two facets differ in the data, so the link cannot pass by filtering on `category`.
  const byCategory = select(models, { categories: ['pathology'] }).map((m) => m.id).sort();
  expect(expected.map((m) => m.id).sort()).not.toEqual(byCategory);

  const atlas = new Atlas(page);
  await atlas.open('?view=models&fcat=pathology');
  await atlas.expectView('models');
  await atlas.expectCount(expected.length, TOTAL);
  await expect(atlas.notice).toHaveCount(0);
  await expect(atlas.checkbox('fcat', 'pathology')).toBeChecked();
  await expect(atlas.checkbox('category', 'pathology')).not.toBeChecked();
  expect((await atlas.allRowIds()).sort()).toEqual(expected.map((m) => m.id).sort());
});

test('two function categories are OR-ed and written sorted', async ({ page }) => {
  const [a, b] = ['tcm', 'mental-health'];
  const atlas = new Atlas(page);
  await atlas.open();
  await atlas.checkbox('fcat', a).check();
  await atlas.expectCount(select(models, { fcats: [a] }).length, TOTAL);
  await atlas.checkbox('fcat', b).check();
  await atlas.expectParam('fcat', [a, b].sort().join(','));
  const union = select(models, { fcats: [a, b] }).length;
  expect(union).toBeGreaterThan(select(models, { fcats: [a] }).length);
  await atlas.expectCount(union, TOTAL);
  await expect(atlas.resultCount).toHaveText(`${formatInt(union)} of ${formatInt(TOTAL)} models`);
});
