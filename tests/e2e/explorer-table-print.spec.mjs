// Issue 22: printed, the models table is a compact list with every column of the screen's table,
// each cell's text whole (on screen a cell keeps to two lines; paper cannot be clicked for more).
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, TABLE_PAGE } from './support/data.mjs';

const models = loadModels();

test('print: every column, every listed row, texts not cut', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=models');
  await expect(atlas.tableRows).toHaveCount(Math.min(models.length, TABLE_PAGE));
  const screen = (await atlas.tableLayout()).headers.map((h) => h.col).filter(Boolean);

  // An A4 page's width at 96 dpi, less the margins.
  await page.setViewportSize({ width: 718, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const { wrap, headers } = await atlas.tableLayout();
  expect(headers.map((h) => h.col).filter(Boolean), 'the same columns as on screen').toEqual(screen);
  for (const h of headers) expect(h.right, `${h.col} on the page`).toBeLessThanOrEqual(wrap.right + 0.5);
  // Printed as a table (one line of cells per model), not as the narrow screen's cards.
  await expect(atlas.table.locator('thead th[data-col=functions]')).toBeVisible();
  const cut = await atlas.table.evaluate((t) => {
    const rows = [...t.querySelectorAll('tbody tr')];
    rows.forEach((tr) => { tr.style.contentVisibility = 'visible'; });
    const out = [];
    for (const tr of rows) {
      for (const cell of tr.querySelectorAll('td[data-col], th.name, .fn-head, .open-model span')) {
        if (!cell.checkVisibility()) out.push(`${tr.dataset.id} ${cell.dataset.col ?? cell.className}: hidden`);
        else if (cell.scrollHeight > cell.clientHeight + 1 || cell.scrollWidth > cell.clientWidth + 1) out.push(`${tr.dataset.id} ${cell.dataset.col ?? cell.className}: cut`);
      }
    }
    rows.forEach((tr) => { tr.style.contentVisibility = ''; });
    return { out, rows: rows.length };
  });
  expect(cut.rows).toBe(Math.min(models.length, TABLE_PAGE));
  expect(cut.out, 'cells hidden or cut in print').toEqual([]);
  // Controls stay on screen.
  await expect(atlas.table.locator('input.compare-check').first()).toBeHidden();
  await expect(atlas.table.locator('a.source-link').first()).toBeHidden();
});
