// The overview's map "Where the documented models come from": a tile per provincial-level
// division with the number of models whose lead developer is based there (data/locations.csv),
// the not-located models as their own bar, the finding from the data, a keyboard cursor across
// the grid, click or Enter to filter (the chosen tile pressed), in both languages and at 390 px.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadProvinces, select, facetCounts, provinceLabel, formatInt, formatPercent, NOT_LOCATED } from './support/data.mjs';

const models = loadModels();
const TOTAL = models.length;
const provinces = loadProvinces();

/** The finding the card states: the three provinces with most models (ties in provinces.csv order). */
function finding(f, lang) {
  const c = facetCounts(models, f, 'provinces');
  const ranked = provinces.map((p, i) => ({ id: p.id, n: c[p.id] ?? 0, i })).filter((x) => x.n > 0).sort((a, b) => b.n - a.n || a.i - b.i).slice(0, 3);
  const located = Object.entries(c).filter(([id]) => id !== NOT_LOCATED).reduce((a, [, n]) => a + n, 0);
  const n = ranked.reduce((a, x) => a + x.n, 0);
  const names = ranked.map((x) => provinceLabel(x.id, lang));
  return lang === 'zh'
    ? `${names.slice(0, -1).join('、')}和${names.at(-1)}：${formatInt(located)}个已定位模型中的${formatInt(n)}个（${formatPercent(n / located)}）。`
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}: ${formatInt(n)} of the ${formatInt(located)} located models (${formatPercent(n / located)}).`;
}

const card = (page) => page.getByTestId('province-card');
const chart = (page) => page.getByTestId('province-chart');
const table = (page) => chart(page).locator('table tbody tr').evaluateAll((rows) =>
  Object.fromEntries(rows.map((r) => [r.querySelector('th').textContent, Number(r.querySelector('td').textContent.replaceAll(',', ''))])));

for (const lang of ['en', 'zh']) {
  test(`the map counts each division's models and the not-located, with the finding · ${lang}`, async ({ page }) => {
    const atlas = new Atlas(page);
    await atlas.open(`?lang=${lang}`);
    await card(page).scrollIntoViewIfNeeded();
    await expect(card(page).locator('h2')).toHaveText(lang === 'zh' ? '已记录模型来自哪里（主要开发方所在地）' : "Where the documented models come from (lead developer's location)");
    await expect(page.getByTestId('province-finding')).toHaveText(finding({}, lang));
    const c = facetCounts(models, {}, 'provinces');
    const expected = Object.fromEntries([...provinces.map((p) => [provinceLabel(p.id, lang), c[p.id] ?? 0]), [provinceLabel(NOT_LOCATED, lang), c[NOT_LOCATED] ?? 0]]);
    await expect.poll(() => table(page)).toEqual(expected);
    // Every division has a tile, and the not-located models a bar of their own.
    expect(Object.values(expected).reduce((a, n) => a + n, 0)).toBe(TOTAL);
    expect(c[NOT_LOCATED]).toBeGreaterThan(0);
    await expect(chart(page).locator('.hit')).toHaveCount(provinces.length + 1);
    await expect(atlas.bar(chart(page), NOT_LOCATED)).toHaveAttribute('aria-label', new RegExp(`^${provinceLabel(NOT_LOCATED, lang)}`));
    // The notes say what a location is and that the layout is the atlas's own.
    await expect(card(page).locator('figcaption')).toContainText(lang === 'zh' ? '方块布局为本图鉴自行设计的示意图' : "The tile layout is the atlas's own schematic");
  });
}

test('clicking a tile filters to it (pressed), Enter on the not-located bar adds it, a second click removes it', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('');
  const c = facetCounts(models, {}, 'provinces');
  const busiest = provinces.map((p) => ({ id: p.id, n: c[p.id] ?? 0 })).sort((a, b) => b.n - a.n)[0];
  const tile = atlas.bar(chart(page), busiest.id);
  await tile.scrollIntoViewIfNeeded();
  await tile.click();
  await atlas.expectParam('province', busiest.id);
  await atlas.expectCount(busiest.n, TOTAL);
  await expect(tile).toHaveAttribute('aria-pressed', 'true');
  // Counts under the other filters: the other tiles keep their numbers.
  await expect.poll(() => table(page).then((t) => t[provinceLabel(NOT_LOCATED)])).toBe(c[NOT_LOCATED]);
  const bar = atlas.bar(chart(page), NOT_LOCATED);
  await bar.focus();
  await page.keyboard.press('Enter');
  await atlas.expectCount(busiest.n + c[NOT_LOCATED], TOTAL);
  await expect(bar).toHaveAttribute('aria-pressed', 'true');
  await tile.click();
  await atlas.expectParam('province', NOT_LOCATED);
  await atlas.expectCount(select(models, { provinces: [NOT_LOCATED] }).length, TOTAL);
});

test('the keyboard cursor moves across the grid: Right along a row, Down to the nearest tile below', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('');
  await card(page).scrollIntoViewIfNeeded();
  const hits = await chart(page).locator('.hit').evaluateAll((hs) => hs.map((h) => ({
    key: h.dataset.key, x: parseFloat(h.style.left), y: parseFloat(h.style.top), w: parseFloat(h.style.width), tab: h.getAttribute('tabindex'),
  })));
  // One tab stop for the whole map.
  expect(hits.filter((h) => h.tab === '0')).toHaveLength(1);
  const start = hits.find((h) => h.tab === '0');
  await atlas.bar(chart(page), start.key).focus();
  await page.keyboard.press('ArrowDown');
  const below = await atlas.focusedKey();
  const b = hits.find((h) => h.key === below);
  expect(b.y, 'Down goes to a lower row').toBeGreaterThan(start.y);
  // The nearest tile of the next row that has tiles.
  const nextRow = Math.min(...hits.filter((h) => h.y > start.y && h.key !== NOT_LOCATED).map((h) => h.y));
  const nearest = hits.filter((h) => h.y === nextRow).sort((p, q) => Math.abs(p.x - start.x) - Math.abs(q.x - start.x) || p.x - q.x)[0];
  expect(below).toBe(nearest.key);
  await page.keyboard.press('ArrowRight');
  const rightKey = await atlas.focusedKey();
  const right = hits.find((h) => h.key === rightKey);
  expect(right.y === b.y ? right.x > b.x : right.y > b.y, 'Right moves on in reading order').toBe(true);
  // Enter on a tile with models filters to it (a tile with none would empty the view).
  const c = facetCounts(models, {}, 'provinces');
  let key = right.key;
  while (!(c[key] > 0)) {
    await page.keyboard.press('ArrowRight');
    key = await atlas.focusedKey();
  }
  await page.keyboard.press('Enter');
  await atlas.expectParam('province', key);
  expect(await atlas.focusedKey(), 'the tile keeps the focus').toBe(key);
  await page.keyboard.press('End');
  expect(await atlas.focusedKey()).toBe(NOT_LOCATED);
});

test('at 390 px in 中文 and dark, the map fits the screen and names the divisions in Chinese', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const atlas = new Atlas(page);
  await atlas.open('?lang=zh&theme=dark');
  await card(page).scrollIntoViewIfNeeded();
  const box = await chart(page).boundingBox();
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const hits = await chart(page).locator('.hit').evaluateAll((hs) => hs.map((h) => parseFloat(h.style.left) + parseFloat(h.style.width)));
  expect(Math.max(...hits)).toBeLessThanOrEqual(box.width + 0.5);
  await expect.poll(() => table(page).then((t) => Object.keys(t))).toEqual([...provinces.map((p) => p.name_zh), '未定位']);
  // The canvas is backed at the device pixel ratio (crisp), and drawn (not blank).
  const { w, cw } = await chart(page).locator('canvas').evaluate((c) => ({ w: c.width, cw: c.getBoundingClientRect().width }));
  expect(w).toBe(Math.round(cw * (await page.evaluate(() => devicePixelRatio))));
});
