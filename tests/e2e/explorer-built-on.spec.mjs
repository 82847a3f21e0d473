// "Built on" (`base=`): the families of data/base_families.csv whose `match` substrings occur in a
// model's lowercased base_model, `not-stated` when it is empty, `other` when it names none of them;
// a model can be built on several. The panel ranks the values most frequent first under the other
// filters, shows the first few until "Show all N", keeps a chosen value listed, and links give the
// rows the rule selects in the CSV.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadBaseFamilies, select, facetCounts, baseLabel, cmpText, BASE_VALUES, BASE_NOT_STATED, RANKED_SHOWN, formatInt } from './support/data.mjs';

const models = loadModels();
const TOTAL = models.length;
const SHOWN = RANKED_SHOWN.base;

/** The panel's order of the built-on values under filters `f`: most models first, ties by id. */
function ranked(f) {
  const counts = facetCounts(models, f, 'bases');
  return BASE_VALUES.map((id) => ({ id, n: counts[id] ?? 0 })).sort((a, b) => b.n - a.n || cmpText(a.id, b.id));
}

/** What the panel should list: { value, name, count, zero, checked } per value, in order. */
const options = (list, chosen = []) => list.map(({ id, n }) => ({
  value: id, name: baseLabel(id), count: n, zero: n === 0 && !chosen.includes(id), checked: chosen.includes(id),
}));

test('the Built on group ranks the families by count under the other filters, the first few until Show all', async ({ page }) => {
  expect(BASE_VALUES.length, 'more values than the group shows at first').toBeGreaterThan(SHOWN);
  const f = { kinds: ['university'] };
  const order = ranked(f);
  // The other filter changes the counts, so the group cannot pass on all-rows numbers.
  expect(order.map((x) => x.n)).not.toEqual(ranked({}).map((x) => x.n));

  const atlas = new Atlas(page);
  await atlas.open('?kind=university');
  await atlas.expectCount(select(models, f).length, TOTAL);
  await expect.poll(() => atlas.facetOptions('base')).toEqual(options(order.slice(0, SHOWN)));
  const toggle = atlas.showAllButton('base');
  await expect(toggle).toHaveText(`Show all ${formatInt(BASE_VALUES.length)}`);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(toggle).toHaveText('Show fewer');
  await expect.poll(() => atlas.facetOptions('base')).toEqual(options(order));

  await toggle.click();
  await expect.poll(() => atlas.facetOptions('base')).toEqual(options(order.slice(0, SHOWN)));
});

test('a chosen value outside the first few stays listed, checked', async ({ page }) => {
  const order = ranked({});
  // The least frequent value that some model has.
  const rare = order.filter((x) => x.n > 0).at(-1);
  expect(order.findIndex((x) => x.id === rare.id), 'the value is outside the first few').toBeGreaterThanOrEqual(SHOWN);
  const f = { bases: [rare.id] };
  const atlas = new Atlas(page);
  await atlas.open(`?base=${rare.id}`);
  await atlas.expectCount(select(models, f).length, TOTAL);
  await expect(atlas.notice).toHaveCount(0);
  // Counts of the base facet ignore its own choice: the order is that of all rows.
  const listed = [...order.slice(0, SHOWN), rare];
  await expect.poll(() => atlas.facetOptions('base')).toEqual(options(listed, [rare.id]));
});

for (const id of ['qwen', BASE_NOT_STATED]) {
  test(`base=${id} selects the models the rule places there`, async ({ page }) => {
    const expected = select(models, { bases: [id] });
    // The rule, restated on the raw column: the family's substrings, or an empty base_model.
    const family = loadBaseFamilies().find((x) => x.id === id);
    const raw = id === BASE_NOT_STATED
      ? models.filter((m) => m.base_model.trim() === '')
      : models.filter((m) => family.match.split(';').some((s) => s.trim() && m.base_model.toLowerCase().includes(s.trim().toLowerCase())));
    expect(expected.map((m) => m.id)).toEqual(raw.map((m) => m.id));
    expect(expected.length, 'the data has such models').toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(TOTAL);

    const atlas = new Atlas(page);
    await atlas.open(`?view=models&base=${id}`);
    await atlas.expectView('models');
    await atlas.expectCount(expected.length, TOTAL);
    await expect(atlas.notice).toHaveCount(0);
    await expect(atlas.checkbox('base', id)).toBeChecked();
    await expect(atlas.option('base', id).locator('.option-name')).toHaveText(baseLabel(id));
    expect((await atlas.allRowIds()).sort()).toEqual(expected.map((m) => m.id).sort());
  });
}

test('values are OR-ed, a model built on several families counts in each, and the URL lists ids sorted', async ({ page }) => {
  const [a, b] = ['qwen', 'llama'];
  const both = models.filter((m) => m.baseFamilies.includes(a) && m.baseFamilies.includes(b));
  expect(both.length, 'some models are built on both').toBeGreaterThan(0);
  const counts = facetCounts(models, {}, 'bases');

  const atlas = new Atlas(page);
  await atlas.open();
  await expect(atlas.option('base', a).locator('.count')).toHaveText(formatInt(counts[a]));
  await expect(atlas.option('base', b).locator('.count')).toHaveText(formatInt(counts[b]));
  await atlas.checkbox('base', a).check();
  await atlas.expectParam('base', a);
  await atlas.expectCount(counts[a], TOTAL);
  await atlas.checkbox('base', b).check();
  await atlas.expectParam('base', [a, b].sort().join(','));
  const union = select(models, { bases: [a, b] }).length;
  expect(union, 'the union counts a model of both once').toBe(counts[a] + counts[b] - both.length);
  await atlas.expectCount(union, TOTAL);
});
