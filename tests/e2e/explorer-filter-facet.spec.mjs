// Filtering by a facet: checking a category narrows the result line and writes `category=` into
// the address in place (no new history entry); every other facet then counts the rows that match
// the other filters (function category and built on among them), and options with nothing to
// offer are greyed with the `zero` class.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadCategories, select, facetCounts, FACET_KEYS, KINDS, KIND_LABEL, formatInt } from './support/data.mjs';

const models = loadModels();
const TOTAL = models.length;
const CHECKBOX_FACETS = ['category', 'specialty', 'modality', 'open', 'source', 'fcat', 'base'].map((p) => [p, FACET_KEYS[p]]);

/** Every checkbox facet and the kind select show the counts given the other filters of `f`. */
async function expectFacetCounts(atlas, f) {
  await atlas.showAll('specialty');
  await atlas.showAll('base');
  await expect(async () => {
    let zeros = 0;
    for (const [group, facet] of CHECKBOX_FACETS) {
      const expected = facetCounts(models, f, facet);
      const shown = await atlas.facetOptions(group);
      expect(shown.length, `${group} options listed`).toBeGreaterThan(0);
      for (const o of shown) {
        const n = expected[o.value] ?? 0;
        expect(o.count, `${group}=${o.value}: count given the other filters`).toBe(n);
        expect(o.zero, `${group}=${o.value}: zero class when the count is 0 and it is not checked`).toBe(n === 0 && !o.checked);
        if (o.zero) zeros++;
      }
    }
    const kinds = facetCounts(models, f, 'kinds');
    const options = await atlas.kindOptions();
    expect(options.filter((o) => KINDS.includes(o.value)).map((o) => o.text))
      .toEqual(KINDS.map((k) => `${KIND_LABEL[k]} (${formatInt(kinds[k] ?? 0)})`));
    // The data always leaves some option empty under these filters, so the class is exercised.
    expect(zeros, 'some options are greyed').toBeGreaterThan(0);
  }).toPass({ timeout: 10_000 });
}

test('checking a category filters, writes the URL in place and recounts the other facets', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open();
  await atlas.expectCount(TOTAL, TOTAL);
  const length = await atlas.historyLength();

  // The category facet lists every category of categories.csv, with its count of all rows.
  const categories = loadCategories();
  const all = facetCounts(models, {}, 'categories');
  await expect.poll(() => atlas.facetOptions('category')).toEqual(categories.map((c) => ({
    value: c.id, name: c.name_en, count: all[c.id] ?? 0, zero: (all[c.id] ?? 0) === 0, checked: false,
  })));

  await atlas.checkbox('category', 'pathology').check();
  const f = { categories: ['pathology'] };
  const expected = select(models, f).length;
  expect(expected, 'the data has pathology rows').toBeGreaterThan(0);
  expect(expected).toBeLessThan(TOTAL);
  await atlas.expectCount(expected, TOTAL);
  await atlas.expectParam('category', 'pathology');
  expect(await atlas.historyLength(), 'a filter edit replaces the history entry').toBe(length);
  await expect(atlas.checkbox('category', 'pathology')).toBeChecked();
  await expectFacetCounts(atlas, f);

  // With a second facet active, the category counts are those of the hospital rows.
  await atlas.kindSelect.selectOption('hospital');
  const g = { categories: ['pathology'], kinds: ['hospital'] };
  await atlas.expectCount(select(models, g).length, TOTAL);
  await atlas.expectParam('category', 'pathology');
  await atlas.expectParam('kind', 'hospital');
  await expectFacetCounts(atlas, g);

  // A second category widens (values within a facet are OR-ed).
  await atlas.checkbox('category', 'tcm').check();
  await atlas.expectParam('category', 'pathology,tcm');
  await atlas.expectCount(select(models, { categories: ['pathology', 'tcm'], kinds: ['hospital'] }).length, TOTAL);

  // Unchecking removes the values again.
  await atlas.checkbox('category', 'pathology').uncheck();
  await atlas.checkbox('category', 'tcm').uncheck();
  await atlas.expectParam('category', null);
  await atlas.expectCount(select(models, { kinds: ['hospital'] }).length, TOTAL);
  expect(await atlas.historyLength()).toBe(length);
});
