// The province facet (`province=`): a model's province is its lead developer's (data/locations.csv);
// models whose developer has no row are `not-located`, always offered in the panel. Values are
// OR-ed, facets AND-ed, the URL round-trips, bad values are dropped with the usual notice, and the
// search finds a model by its developer's city and its province's names in both languages.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadProvinces, select, facetCounts, provinceLabel, cmpText, NOT_LOCATED, RANKED_SHOWN, sortModels } from './support/data.mjs';

const models = loadModels();
const TOTAL = models.length;
const provinces = loadProvinces();
const counts = facetCounts(models, {}, 'provinces');
/** Provinces by number of models, most first (ties by id, as the panel ranks). */
const byCount = [...provinces.map((p) => p.id), NOT_LOCATED].map((id) => ({ id, n: counts[id] ?? 0 })).sort((a, b) => b.n - a.n || cmpText(a.id, b.id));
const [first, second] = byCount.filter((x) => x.id !== NOT_LOCATED);

test('province= selects the models whose developer is based there, OR within, AND with the other facets', async ({ page }) => {
  const atlas = new Atlas(page);
  const f = { provinces: [first.id, NOT_LOCATED], kinds: ['company'] };
  const n = select(models, f).length;
  // Each part narrows: the OR is wider than either value, the AND narrower than the OR.
  expect(select(models, { provinces: [first.id, NOT_LOCATED] }).length).toBe(first.n + counts[NOT_LOCATED]);
  expect(n).toBeLessThan(first.n + counts[NOT_LOCATED]);
  expect(n).toBeGreaterThan(0);
  await atlas.open(`?view=models&province=${NOT_LOCATED},${first.id}&kind=company`);
  await atlas.expectCount(n, TOTAL);
  expect(await atlas.allRowIds()).toEqual(select(models, f).map((m) => m.id));
  // The canonical order of the parameter: ids sorted.
  await expect(atlas.notice).toHaveCount(0);
  const ids = [first.id, NOT_LOCATED].sort(cmpText).join(',');
  await atlas.checkbox('province', second.id).check();
  await atlas.expectParam('province', [first.id, second.id, NOT_LOCATED].sort(cmpText).join(','));
  await atlas.expectCount(select(models, { ...f, provinces: [...f.provinces, second.id] }).length, TOTAL);
  await atlas.checkbox('province', second.id).uncheck();
  await atlas.expectParam('province', ids);
  // Reloading the address gives the same state.
  await page.reload();
  await atlas.main.waitFor();
  await atlas.expectCount(n, TOTAL);
});

test('bad province values are dropped with a notice naming them; the rest applies', async ({ page }) => {
  const atlas = new Atlas(page);
  const lower = first.id.toLowerCase();
  await atlas.open(`?province=${lower},${first.id},CN-XX,Zhejiang`);
  await atlas.expectCount(first.n, TOTAL);
  await expect(atlas.notice).toBeVisible();
  for (const bad of [lower, 'CN-XX', 'Zhejiang']) await expect(atlas.notice).toContainText(bad);
  await expect(atlas.checkbox('province', first.id)).toBeChecked();
});

for (const lang of ['en', 'zh']) {
  test(`the panel offers the provinces by count in the language, not-located always listed · ${lang}`, async ({ page }) => {
    const atlas = new Atlas(page);
    const shown = RANKED_SHOWN.province;
    // Under a filter that pushes not-located out of the first few, it is still listed.
    const kind = ['hospital', 'university', 'company', 'institute'].find((k) => {
      const c = facetCounts(models, { kinds: [k] }, 'provinces');
      const order = [...provinces.map((p) => p.id), NOT_LOCATED].map((id) => ({ id, n: c[id] ?? 0 })).sort((a, b) => b.n - a.n || cmpText(a.id, b.id));
      return order.findIndex((x) => x.id === NOT_LOCATED) >= shown;
    }) ?? 'company';
    const c = facetCounts(models, { kinds: [kind] }, 'provinces');
    const order = [...provinces.map((p) => p.id), NOT_LOCATED].map((id) => ({ id, n: c[id] ?? 0 })).sort((a, b) => b.n - a.n || cmpText(a.id, b.id));
    const expected = order.slice(0, shown);
    if (!expected.some((x) => x.id === NOT_LOCATED)) expected.push(order.find((x) => x.id === NOT_LOCATED));
    await atlas.open(`?kind=${kind}&lang=${lang}`);
    await expect(atlas.facet('province').locator('legend')).toHaveText(lang === 'zh' ? '开发方所在地' : 'Where the developer is based');
    await expect.poll(() => atlas.facetOptions('province').then((o) => o.map((x) => [x.value, x.name, x.count])))
      .toEqual(expected.map((x) => [x.id, provinceLabel(x.id, lang), x.n]));
  });
}

test('search finds a model by its developer\'s city and by its province in English and Chinese', async ({ page }) => {
  const atlas = new Atlas(page);
  const located = models.filter((m) => m.location);
  // A city that is not also written in any other searched text of the models, so only the location can match it.
  const m = located.find((x) => !models.some((y) => [y.name, y.developer, ...y.functionsList, ...y.partnersList, y.base_model].some((t) => t.toLowerCase().includes(x.location.city.toLowerCase()))));
  expect(m, 'a city named nowhere else').toBeTruthy();
  await atlas.open(`?view=models&q=${encodeURIComponent(m.location.city)}`);
  const ids = await atlas.allRowIds();
  expect(ids).toContain(m.id);
  expect(ids).toEqual(select(models, { q: m.location.city }).map((x) => x.id));
  for (const name of [provinceLabel(m.province), provinceLabel(m.province, 'zh')]) {
    await atlas.open(`?view=models&q=${encodeURIComponent(name)}`);
    const found = await atlas.allRowIds();
    expect(found).toContain(m.id);
    expect(found).toEqual(select(models, { q: name }).map((x) => x.id));
  }
});

test('the table sorts by province in provinces.csv order, the not-located last both ways', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=models&sort=province');
  expect(await atlas.allRowIds()).toEqual(sortModels(models, 'province').map((m) => m.id));
  await atlas.open('?view=models&sort=-province');
  expect(await atlas.allRowIds()).toEqual(sortModels(models, 'province', true).map((m) => m.id));
});
