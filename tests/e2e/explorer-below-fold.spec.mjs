// Charts below the fold follow a filter change a moment after the charts in view (so the change
// reaches the screen sooner), and never stay behind: their finding, bars and data table all
// come to agree with the new selection, in view or not.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, select, facetCounts, MODALITIES, MODALITY_LABEL, formatInt } from './support/data.mjs';

const models = loadModels();
const TOTAL = models.length;

/** The modality chart's finding for filters `f`: the largest count "of" the rows selected. */
function largest(f) {
  const counts = facetCounts(models, f, 'modalities');
  return { n: Math.max(...MODALITIES.map((m) => counts[m] ?? 0)), total: select(models, f).length, counts };
}

/** The modality chart's data table as { label: count }, bars without rows left out. */
const nonZero = (table) => Object.fromEntries(Object.entries(table).filter(([, v]) => v !== '0'));

test('a chart out of view catches up with a filter change, and one in view follows at once', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open();
  const card = page.getByTestId('modality-chart-card');
  const all = largest({});
  await expect(card.locator('.finding')).toContainText(`, ${formatInt(all.n)} of ${formatInt(TOTAL)} (`);
  await expect(card).not.toBeInViewport();

  const hospital = largest({ kinds: ['hospital'] });
  expect(hospital.total, 'the filter narrows the rows').toBeLessThan(TOTAL);
  await atlas.kindSelect.selectOption('hospital');
  await atlas.expectCount(hospital.total, TOTAL);
  // Out of view: it catches up on its own, finding and data table alike.
  await expect(card.locator('.finding')).toContainText(`, ${formatInt(hospital.n)} of ${formatInt(hospital.total)} (`);
  const rows = card.locator('table tbody tr');
  const table = () => rows.evaluateAll((rs) => Object.fromEntries(rs.map((r) => [r.querySelector('th').textContent, r.querySelector('td').textContent])));
  await expect.poll(async () => nonZero(await table())).toEqual(nonZero(Object.fromEntries(
    MODALITIES.map((m) => [MODALITY_LABEL[m], formatInt(hospital.counts[m] ?? 0)]))));

  // In view: the next change shows there too, with the same numbers as the filter panel.
  await card.scrollIntoViewIfNeeded();
  await expect(card).toBeInViewport();
  // Changed without scrolling to the select (selectOption would scroll the card away).
  await atlas.kindSelect.evaluate((s) => { s.value = ''; s.dispatchEvent(new Event('change', { bubbles: true })); });
  await expect(card).toBeInViewport();
  await expect(card.locator('.finding')).toContainText(`, ${formatInt(all.n)} of ${formatInt(TOTAL)} (`);
  const panelMax = Math.max(...(await atlas.facetOptions('modality')).map((o) => o.count));
  expect(panelMax, 'the panel counts the same largest value').toBe(all.n);
  await expect(card.locator('.finding')).toContainText(`${formatInt(panelMax)} of ${formatInt(TOTAL)}`);
});
