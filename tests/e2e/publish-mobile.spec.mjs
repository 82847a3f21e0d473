// A 390×844 phone: no view scrolls the page sideways, the filter panel waits behind the "Filters"
// toggle (aria-expanded follows it), and the models table is a list of cards that fits the phone.
import { test, expect, expectPainted } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, select } from './support/data.mjs';
import { shotPath } from './support/files.mjs';

const VIEWS = ['overview', 'models', 'timeline', 'sources', 'story-pathology', 'story-hospitals', 'story-lineage', 'changes', 'compare', 'about'];
const models = loadModels();
/** What a view needs in its address beyond view= (the comparison: two models). */
const EXTRA = { compare: `&compare=${models.slice(0, 2).map((m) => m.id).join(',')}` };
/** The views without a tab (reached from links): only <main> names them. */
const UNTABBED = new Set(['compare', 'about']);

test.use({ viewport: { width: 390, height: 844 } });

/** How far the page itself can scroll sideways (0 when it cannot). */
function pageOverflowX(page) {
  return page.evaluate(() => {
    const before = window.scrollX;
    window.scrollTo(500, window.scrollY);
    const moved = window.scrollX;
    window.scrollTo(before, window.scrollY);
    return Math.max(moved, document.documentElement.scrollWidth - document.documentElement.clientWidth);
  });
}

// Regression: <main> kept `margin: auto` inside the grid and grew to the table's width, so the
// page scrolled sideways on the views with a table.

for (const view of VIEWS) {
  test(`${view}: no horizontal page scroll at 390 px`, async ({ page }) => {
    const atlas = new Atlas(page);
    await atlas.open(view === 'overview' ? '' : `?view=${view}${EXTRA[view] ?? ''}`);
    if (UNTABBED.has(view)) await expect(atlas.main).toHaveAttribute('data-view', view);
    else await atlas.expectView(view);
    if (view === 'compare') await expect(page.getByTestId('compare-table')).toBeVisible();
    const charts = page.locator('.chart');
    for (let i = 0; i < await charts.count(); i++) await expectPainted(charts.nth(i));
    expect(await pageOverflowX(page), 'page scrolls sideways').toBe(0);
    if (view === 'overview') await page.screenshot({ path: shotPath('overview-390.png'), fullPage: true });
  });
}

test('the filter panel opens and closes behind the Filters toggle', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open();
  await expect(atlas.filtersToggle).toBeVisible();
  await expect(atlas.filtersToggle).toHaveAttribute('aria-controls', 'filter-panel');
  await expect(atlas.filtersToggle).toHaveAttribute('aria-expanded', 'false');
  await expect(atlas.filterPanel).toBeHidden();

  await atlas.filtersToggle.click();
  await expect(atlas.filtersToggle).toHaveAttribute('aria-expanded', 'true');
  await expect(atlas.filterPanel).toBeVisible();
  await atlas.checkbox('category', 'pathology').check();
  await atlas.expectCount(select(models, { categories: ['pathology'] }).length, models.length);
  expect(await pageOverflowX(page), 'page scrolls sideways with the panel open').toBe(0);

  await atlas.filtersToggle.click();
  await expect(atlas.filtersToggle).toHaveAttribute('aria-expanded', 'false');
  await expect(atlas.filterPanel).toBeHidden();
  // The toggle says a filter is on while the panel is closed.
  await expect(atlas.filtersToggle).toContainText('(1)');
});

// Regression (issue 22): the table was 1,409 px wide and scrolled inside its box; on a phone only
// Name and Developer were in view. Now it fits: nothing inside it reaches past its box.
test('the models table fits the phone without sideways scrolling', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=models');
  await expect(atlas.tableRows.first()).toBeVisible();
  const wrap = page.locator('.table-wrap');
  const box = await wrap.evaluate((w) => ({ scrollWidth: w.scrollWidth, clientWidth: w.clientWidth, table: w.querySelector('table').getBoundingClientRect().width }));
  expect(box.scrollWidth, 'nothing in the box reaches past it').toBeLessThanOrEqual(box.clientWidth);
  expect(box.table, 'the table is as wide as its box').toBeLessThanOrEqual(box.clientWidth);
  const first = atlas.tableRows.first();
  for (const el of [first.locator('th.name'), first.locator('[data-col=developer]'), first.locator('[data-col=category]'), atlas.openButton(models[0].id)]) {
    const r = await el.boundingBox();
    expect(r.x + r.width, 'a card\'s parts are within the phone').toBeLessThanOrEqual(390);
  }
  expect(await pageOverflowX(page), 'the page does not scroll sideways either').toBe(0);
});
