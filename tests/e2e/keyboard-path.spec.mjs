// Keyboard alone: Tab reaches a facet checkbox and Space toggles it; Tab reaches a chart bar,
// arrow keys move between bars and Enter filters by one; the Models tab opens by keyboard, Tab
// reaches a row's compare checkbox, then its name (a button), Enter opens the provenance panel
// with focus inside it and Escape closes it; the source link beside the name is the next stop. At every step the focused element shows a focus outline. A chart is one tab stop (a
// roving tabindex) whose arrow keys follow the bars' visual order, also after a re-sort.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadCategories, select, facetCounts, TABLE_PAGE } from './support/data.mjs';

const models = loadModels();
const categories = loadCategories();
const TOTAL = models.length;

/** Asserts the focused element shows an outline (the :focus-visible style), naming it if not. */
async function expectFocusVisible(atlas, where) {
  const f = await atlas.focusInfo();
  expect(f, `${where}: something has focus`).not.toBeNull();
  expect(f.outlineStyle, `${where}: focus outline on ${JSON.stringify(f)}`).not.toBe('none');
  expect(parseFloat(f.outlineWidth), `${where}: outline width on ${JSON.stringify(f)}`).toBeGreaterThan(0);
  return f;
}

/**
 * Presses Tab (Shift+Tab when `back`) until `pred(focusInfo)` holds, checking the focus outline
 * on every element passed on the way. Fails after `max` presses.
 */
async function tabUntil(atlas, pred, what, { back = false, max = 200 } = {}) {
  for (let i = 0; i < max; i++) {
    await atlas.page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await expectFocusVisible(atlas, `Tab #${i + 1} towards ${what}`);
    if (pred(f)) return f;
  }
  throw new Error(`no ${what} within ${max} Tab presses`);
}

test('filter, pick a bar and open a model\'s provenance with the keyboard alone', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open();
  await atlas.expectCount(TOTAL, TOTAL);
  await expect(atlas.categoryChart.locator('.hit')).toHaveCount(categories.length);

  // Tab to the first category checkbox; Space checks it.
  const first = categories[0].id;
  await tabUntil(atlas, (f) => f.tag === 'input' && f.type === 'checkbox' && f.value === first, `the ${first} checkbox`);
  await expect(atlas.checkbox('category', first)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(atlas.checkbox('category', first)).toBeChecked();
  const n1 = select(models, { categories: [first] }).length;
  expect(n1).toBeLessThan(TOTAL);
  await atlas.expectCount(n1, TOTAL);
  await atlas.expectParam('category', first);
  await expectFocusVisible(atlas, 'after Space');

  // Tab on to the category chart's first bar (the function chart before it has category ids as
  // keys too, so the bar must be inside the category chart).
  const keys = await atlas.barKeys(atlas.categoryChart);
  await tabUntil(atlas, (f) => f.chart === 'category-chart' && f.tag === 'button' && keys.includes(f.key), 'a category chart bar');
  await expect(atlas.bar(atlas.categoryChart, keys[0])).toBeFocused();

  // Arrow keys walk the bars in order (Down/Right forward, Up/Left back).
  await page.keyboard.press('ArrowDown');
  expect(await atlas.focusedKey()).toBe(keys[1]);
  await expectFocusVisible(atlas, 'after ArrowDown');
  await page.keyboard.press('ArrowRight');
  expect(await atlas.focusedKey()).toBe(keys[2]);
  await page.keyboard.press('ArrowUp');
  expect(await atlas.focusedKey()).toBe(keys[1]);
  await page.keyboard.press('ArrowLeft');
  expect(await atlas.focusedKey()).toBe(keys[0]);
  await page.keyboard.press('ArrowDown');
  const picked = keys[1];
  expect(picked).not.toBe(first);
  expect(await atlas.focusedKey()).toBe(picked);

  // Enter adds the bar's category to the filter (values within a facet are OR-ed).
  await page.keyboard.press('Enter');
  // The URL lists a facet's ids sorted.
  const both = [first, picked].sort();
  await atlas.expectParam('category', both.join(','));
  await atlas.expectCount(select(models, { categories: both }).length, TOTAL);
  await expect(atlas.checkbox('category', picked)).toBeChecked();
  await expect(atlas.bar(atlas.categoryChart, picked)).toHaveAttribute('aria-pressed', 'true');
  // (Focus stays on the bar: see the regression test below. Shift+Tab leaves the chart
  // backwards, since only one bar is a tab stop.)

  // Back up to the view tabs and open Models with Enter.
  await tabUntil(atlas, (f) => f.tag === 'a' && f.text === 'Models', 'the Models tab', { back: true });
  await expect(atlas.tab('models')).toBeFocused();
  await page.keyboard.press('Enter');
  await atlas.expectView('models');
  await atlas.expectParam('category', both.join(','));

  // Tab to the first row: its compare checkbox, then its name; Enter on the name opens the panel
  // and moves focus into it.
  const rows = await atlas.rowIds();
  expect(rows.length).toBe(Math.min(select(models, { categories: both }).length, TABLE_PAGE));
  const check = await tabUntil(atlas, (x) => x.testid === 'compare-check', 'a compare checkbox');
  expect(check.tag).toBe('input');
  expect(await page.evaluate(() => document.activeElement.closest('tr').dataset.id)).toBe(rows[0]);
  await page.keyboard.press('Tab');
  await expectFocusVisible(atlas, 'on the first name');
  await expect(atlas.openButton(rows[0])).toBeFocused();
  const opened = rows[0];
  await page.keyboard.press('Enter');
  await expect(atlas.provenance).toBeVisible();
  await atlas.expectParam('model', opened);
  await expect(atlas.provenance.locator('#provenance-title')).toContainText(models.find((m) => m.id === opened).name);
  await expect.poll(() => page.evaluate(() => !!document.activeElement.closest('[data-testid=provenance]'))).toBe(true);
  await expectFocusVisible(atlas, 'in the provenance panel');

  // Escape closes it.
  await page.keyboard.press('Escape');
  await expect(atlas.provenance).toHaveCount(0);
  await atlas.expectParam('model', null);
  await atlas.expectView('models');
});

/** Opens the overview, Tabs to the category chart's first bar and returns the chart's keys. */
async function focusFirstBar(atlas) {
  await atlas.open();
  await expect(atlas.categoryChart.locator('.hit')).toHaveCount(categories.length);
  const keys = await atlas.barKeys(atlas.categoryChart);
  await tabUntil(atlas, (f) => f.chart === 'category-chart' && f.tag === 'button' && f.key === keys[0], 'the first category bar');
  return keys;
}

// Regression: filtering rebuilt the bar buttons and focus fell to <body>; it must stay on the bar.
test('focus stays, visibly, on a bar after Enter filters by it', async ({ page }) => {
  const atlas = new Atlas(page);
  const keys = await focusFirstBar(atlas);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await atlas.expectParam('category', keys[1]);
  await expect(atlas.bar(atlas.categoryChart, keys[1])).toBeFocused();
  await expectFocusVisible(atlas, 'after Enter on a bar');
  await page.keyboard.press('ArrowDown');
  expect(await atlas.focusedKey()).toBe(keys[2]);
});

// Regression: Escape closed the panel but focus fell to <body> instead of the button (now the
// model's name) that opened it.
test('Escape gives focus back to the name that opened the panel', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=models');
  await expect(atlas.tableRows.first()).toBeAttached();
  const f = await tabUntil(atlas, (x) => x.tag === 'button' && x.cls.includes('open-model'), "a model's name");
  expect(f).not.toBeNull();
  const id = await page.evaluate(() => document.activeElement.closest('tr').dataset.id);
  await page.keyboard.press('Enter');
  await expect(atlas.provenance).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(atlas.provenance).toHaveCount(0);
  await expect(atlas.openButton(id)).toBeFocused();
  await expectFocusVisible(atlas, 'after Escape');
  // The next stop is the row's source link.
  await page.keyboard.press('Tab');
  await expect(atlas.sourceLink(id)).toBeFocused();
  await expectFocusVisible(atlas, 'on the source link');
});

/** The category chart's bar order for filters `f`: most rows first, ties in categories.csv order. */
function barOrder(f) {
  const counts = facetCounts(models, f, 'categories');
  return categories.map((c, i) => ({ id: c.id, i, n: counts[c.id] ?? 0 })).sort((a, b) => b.n - a.n || a.i - b.i).map((x) => x.id);
}

// A roving tabindex: Tab enters a chart once, on the bar last focused (else the first in visual
// order), and a re-sort of the bars neither moves focus nor the tab stop; arrows then follow the
// new visual order.
test('a chart is one tab stop, kept on the last focused bar through a re-sort', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open();
  await expect(atlas.categoryChart.locator('.hit')).toHaveCount(categories.length);
  const stops = async () => (await atlas.hits(atlas.categoryChart)).filter((h) => h.tabindex === '0').map((h) => h.key);
  const keys = await atlas.barKeys(atlas.categoryChart);
  expect(keys, 'bars in visual order, largest first').toEqual(barOrder({}));
  await expect.poll(stops, { message: 'the first bar is the only tab stop' }).toEqual([keys[0]]);

  await tabUntil(atlas, (f) => f.chart === 'category-chart' && f.tag === 'button' && keys.includes(f.key ?? ''), 'a category bar');
  expect(await atlas.focusedKey()).toBe(keys[0]);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await atlas.focusedKey()).toBe(keys[2]);
  await expect.poll(stops, { message: 'the focused bar is the only tab stop' }).toEqual([keys[2]]);

  // Tab leaves the chart at once; Shift+Tab comes back to the bar last focused.
  await page.keyboard.press('Tab');
  await expectFocusVisible(atlas, 'after Tab out of the chart');
  expect(await page.evaluate(() => !!document.activeElement.closest('[data-testid=category-chart]')), 'Tab left the chart').toBe(false);
  await page.keyboard.press('Shift+Tab');
  expect(await atlas.focusedKey()).toBe(keys[2]);

  // A filter that re-sorts the bars (set without moving focus): focus and tab stop stay on the
  // same bar, and ArrowDown goes to the bar after it in the new visual order.
  const after = barOrder({ kinds: ['hospital'] });
  await atlas.kindSelect.evaluate((s) => { s.value = 'hospital'; s.dispatchEvent(new Event('change', { bubbles: true })); });
  await atlas.expectParam('kind', 'hospital');
  await expect.poll(() => atlas.barKeys(atlas.categoryChart), { message: 'bars re-sorted' }).toEqual(after);
  await expect(atlas.bar(atlas.categoryChart, keys[2])).toBeFocused();
  await expect.poll(stops).toEqual([keys[2]]);
  await page.keyboard.press('ArrowDown');
  const i = after.indexOf(keys[2]);
  expect(await atlas.focusedKey()).toBe(after[Math.min(i + 1, after.length - 1)]);
});
