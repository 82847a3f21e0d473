// Cross-filtering from the category chart: a bar is a button; clicking it, or pressing Enter on
// it, filters to its category. Arrow keys (and Home/End) move focus between the bars, and a
// hovered or keyboard-focused bar shows its tooltip with the value and the share.
import { test, expect, expectPainted } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadCategories, select, facetCounts, formatInt, formatPercent } from './support/data.mjs';

const models = loadModels();
const categories = loadCategories();
const TOTAL = models.length;
const counts = facetCounts(models, {}, 'categories');
/** Bar order: most rows first, ties in the order of categories.csv. */
const barOrder = categories.map((c, i) => ({ c, i, n: counts[c.id] ?? 0 })).sort((a, b) => b.n - a.n || a.i - b.i).map(({ c }) => c.id);
const detail = (id) => {
  const c = categories.find((x) => x.id === id);
  const n = counts[id] ?? 0;
  return `${c.name_en}: ${formatInt(n)} ${n === 1 ? "model" : "models"} (${formatPercent(n / TOTAL)} of ${formatInt(TOTAL)})`;
};

test('clicking a bar filters to its category, clicking again lifts it', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open();
  await expectPainted(atlas.categoryChart);
  const bar = atlas.bar(atlas.categoryChart, 'pathology');
  await expect(bar).toHaveAttribute('aria-pressed', 'false');

  await bar.click();
  await atlas.expectParam('category', 'pathology');
  await atlas.expectCount(select(models, { categories: ['pathology'] }).length, TOTAL);
  await expect(atlas.bar(atlas.categoryChart, 'pathology')).toHaveAttribute('aria-pressed', 'true');
  await expect(atlas.checkbox('category', 'pathology')).toBeChecked();

  await atlas.bar(atlas.categoryChart, 'pathology').click();
  await atlas.expectParam('category', null);
  await atlas.expectCount(TOTAL, TOTAL);
  await expect(atlas.checkbox('category', 'pathology')).not.toBeChecked();
});

test('arrow keys move between bars and Enter filters to the focused one', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open();
  await expectPainted(atlas.categoryChart);
  expect(await atlas.barKeys(atlas.categoryChart)).toEqual(barOrder);

  await atlas.bar(atlas.categoryChart, barOrder[0]).focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => atlas.focusedKey()).toBe(barOrder[1]);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => atlas.focusedKey()).toBe(barOrder[2]);
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => atlas.focusedKey()).toBe(barOrder[1]);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => atlas.focusedKey()).toBe(barOrder[0]);
  await page.keyboard.press('End');
  await expect.poll(() => atlas.focusedKey()).toBe(barOrder.at(-1));
  await page.keyboard.press('Home');
  await expect.poll(() => atlas.focusedKey()).toBe(barOrder[0]);
  // Arrows do not scroll the page while a bar has focus.
  const scroll = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => atlas.focusedKey()).toBe(barOrder[1]);
  expect(await page.evaluate(() => window.scrollY)).toBe(scroll);

  const target = barOrder[1];
  await page.keyboard.press('Enter');
  await atlas.expectParam('category', target);
  await atlas.expectCount(select(models, { categories: [target] }).length, TOTAL);
  await expect(atlas.bar(atlas.categoryChart, target)).toHaveAttribute('aria-pressed', 'true');
  await expect(atlas.checkbox('category', target)).toBeChecked();
});

test('hovering or focusing a bar shows its value and share', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open();
  await expectPainted(atlas.categoryChart);
  const tips = atlas.categoryChart.locator('.tip');
  await expect(tips.filter({ visible: true })).toHaveCount(0);

  const bar = atlas.bar(atlas.categoryChart, 'pathology');
  await expect(bar).toHaveAttribute('aria-label', detail('pathology'));
  await bar.hover();
  await expect(bar.locator('.tip')).toBeVisible();
  await expect(bar.locator('.tip')).toHaveText(detail('pathology'));
  await expect(tips.filter({ visible: true })).toHaveCount(1);

  await page.mouse.move(0, 0);
  await expect(tips.filter({ visible: true })).toHaveCount(0);

  // Keyboard focus shows the focused bar's tip.
  await atlas.bar(atlas.categoryChart, barOrder[0]).focus();
  await page.keyboard.press('ArrowDown');
  const focused = atlas.bar(atlas.categoryChart, barOrder[1]);
  await expect(focused).toBeFocused();
  await expect(focused.locator('.tip')).toBeVisible();
  await expect(focused.locator('.tip')).toHaveText(detail(barOrder[1]));
  await expect(tips.filter({ visible: true })).toHaveCount(1);
});
