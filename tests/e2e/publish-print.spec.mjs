// Print: the print stylesheet hides the controls (filters, tabs, toolbar, chart download buttons)
// and keeps the charts and their citations; Chromium's PDF of the page is written to
// target/playwright/print.pdf.
import { statSync, readFileSync } from 'node:fs';
import { test, expect, expectPainted } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { artifactPath, shotPath } from './support/files.mjs';

test('printing hides the controls and keeps charts and citations', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open();
  await expectPainted(atlas.categoryChart);
  // On screen first, so the hiding below is the print stylesheet's doing.
  await expect(atlas.tabs).toBeVisible();
  await expect(atlas.toolbar).toBeVisible();
  await expect(atlas.filterPanel).toBeVisible();

  // The PDF as a reader would print it: from the page as laid out on screen (Chromium applies the
  // print stylesheet itself while printing).
  const pdf = artifactPath('print.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  expect(statSync(pdf).size, 'PDF size').toBeGreaterThan(10_000);
  const bytes = readFileSync(pdf);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0, 'PDF pages').toBeGreaterThan(0);

  await page.emulateMedia({ media: 'print' });
  await expect(atlas.tabs).toBeHidden();
  await expect(atlas.toolbar).toBeHidden();
  await expect(atlas.filterPanel).toBeHidden();
  await expect(atlas.filtersToggle).toBeHidden();
  await expect(page.locator('.chart-downloads').first()).toBeHidden();

  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const chart of [atlas.surveyChart, atlas.categoryChart]) {
    await expect(chart.locator('canvas')).toBeVisible();
    await expectPainted(chart);
  }
  const citations = page.locator('main .citation');
  expect(await citations.count()).toBeGreaterThan(0);
  for (let i = 0; i < await citations.count(); i++) await expect(citations.nth(i)).toBeVisible();
  await expect(atlas.surveyCard.locator('.citation')).toContainText('VCBeat');
  // On paper a link cannot be followed: the citation prints its address.
  const link = atlas.surveyCard.locator('.citation a');
  const href = await link.getAttribute('href');
  expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(href);
  await expect(atlas.categoryCard.getByTestId('category-notes')).toBeVisible();
  await page.screenshot({ path: shotPath('print.png'), fullPage: true });
});
