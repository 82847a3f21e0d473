// The developer-kind select: choosing a kind (option values are kind ids) filters the rows, writes
// `kind=` into the URL and redraws the category chart for the chosen kind; a link that chose
// several kinds shows them as a disabled "N selected" option, and choosing one from there keeps one.
import { test, expect, expectPainted } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadCategories, select, facetCounts, KINDS, KIND_LABEL, formatInt, formatPercent } from './support/data.mjs';

const models = loadModels();
const categories = loadCategories();
const TOTAL = models.length;

/** The aria-labels the category chart's bars must carry for filters `f`, in bar order. */
function categoryBarLabels(f) {
  const counts = facetCounts(models, f, 'categories');
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return categories
    .map((c, i) => ({ c, i, n: counts[c.id] ?? 0 }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map(({ c, n }) => `${c.name_en}: ${formatInt(n)} ${n === 1 ? "model" : "models"} (${formatPercent(total ? n / total : 0)} of ${formatInt(total)})`);
}

test('choosing a developer kind filters, sets kind= and redraws the category chart', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open();
  await expectPainted(atlas.categoryChart);
  await expect(atlas.kindSelect).toHaveValue('');
  expect((await atlas.kindOptions()).map((o) => o.value)).toEqual(['', ...KINDS]);
  // The first option lifts the constraint; each kind shows its count of all rows.
  const all = facetCounts(models, {}, 'kinds');
  await expect.poll(() => atlas.kindOptions()).toEqual([
    { value: '', text: 'All', disabled: false },
    ...KINDS.map((k) => ({ value: k, text: `${KIND_LABEL[k]} (${formatInt(all[k] ?? 0)})`, disabled: false })),
  ]);
  await expect.poll(() => atlas.barLabels(atlas.categoryChart))
    .toEqual(categoryBarLabels({}));
  const before = await atlas.canvasChecksum(atlas.categoryChart);
  const length = await atlas.historyLength();

  await atlas.kindSelect.selectOption('hospital');
  const expected = select(models, { kinds: ['hospital'] }).length;
  expect(expected).toBeGreaterThan(0);
  expect(expected).toBeLessThan(TOTAL);
  await atlas.expectCount(expected, TOTAL);
  await atlas.expectParam('kind', 'hospital');
  await expect(atlas.kindSelect).toHaveValue('hospital');
  expect(await atlas.historyLength(), 'the edit replaces the history entry').toBe(length);

  // The chart now shows the hospital rows: new bar values, new pixels.
  await expect.poll(() => atlas.barLabels(atlas.categoryChart))
    .toEqual(categoryBarLabels({ kinds: ['hospital'] }));
  await expect.poll(() => atlas.canvasChecksum(atlas.categoryChart), { message: 'category chart repainted' }).not.toBe(before);
  await expectPainted(atlas.categoryChart);
  await expect(atlas.categoryCard).toContainText(`${formatInt(expected)} of the ${formatInt(TOTAL)} models documented in this atlas (your filters)`);

  // "All" lifts the constraint.
  await atlas.kindSelect.selectOption('');
  await atlas.expectParam('kind', null);
  await atlas.expectCount(TOTAL, TOTAL);
  await expect.poll(() => atlas.canvasChecksum(atlas.categoryChart), { message: 'chart back to all rows' }).toBe(before);
});

test('a link with several kinds shows "N selected" and a choice from the select keeps only one', async ({ page }) => {
  const atlas = new Atlas(page);
  const chosen = ['hospital', 'university'];
  await atlas.open(`?kind=${chosen.join(',')}`);
  const f = { kinds: chosen };
  await atlas.expectCount(select(models, f).length, TOTAL);
  const several = atlas.kindSelect.locator('option:checked');
  await expect(several).toHaveText(`${chosen.length} selected`);
  await expect(several).toBeDisabled();
  // The kinds' counts are those of all rows (the kind facet does not count itself).
  const all = facetCounts(models, f, 'kinds');
  expect((await atlas.kindOptions()).filter((o) => KINDS.includes(o.value)).map((o) => o.text))
    .toEqual(KINDS.map((k) => `${KIND_LABEL[k]} (${formatInt(all[k] ?? 0)})`));

  await atlas.kindSelect.selectOption('institute');
  await atlas.expectParam('kind', 'institute');
  await atlas.expectCount(select(models, { kinds: ['institute'] }).length, TOTAL);
  await expect(atlas.kindSelect).toHaveValue('institute');
  await expect(atlas.kindSelect.locator('option', { hasText: 'selected' })).toHaveCount(0);
});
