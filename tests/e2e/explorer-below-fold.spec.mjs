// Charts below the fold follow a filter change a moment after the charts in view (so the change
// reaches the screen sooner), and never stay behind: their finding, bars and data table all
// come to agree with the new selection, in view or not.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';

test('a chart out of view catches up with a filter change, and one in view follows at once', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open();
  const card = page.getByTestId('modality-chart-card');
  await expect(card.locator('.finding')).toContainText('of 193');
  await expect(card).not.toBeInViewport();

  await atlas.kindSelect.selectOption('hospital');
  await expect(atlas.resultCount).toHaveText('25 of 193 models');
  // Out of view: it catches up on its own.
  await expect(card.locator('.finding')).toContainText('of 25');
  const rows = card.locator('table tbody tr');
  await expect.poll(async () => (await rows.allTextContents()).join('|')).not.toContain('88');

  // In view: the next change shows there too, with the same numbers as the filter panel.
  await card.scrollIntoViewIfNeeded();
  await expect(card).toBeInViewport();
  // Changed without scrolling to the select (selectOption would scroll the card away).
  await atlas.kindSelect.evaluate((s) => { s.value = ''; s.dispatchEvent(new Event('change', { bubbles: true })); });
  await expect(card).toBeInViewport();
  await expect(card.locator('.finding')).toContainText('of 193');
  const textCount = await page.locator('[data-testid="facet-modality"] input[value="text"] + .option-name + .count').textContent();
  await expect(card.locator('.finding')).toContainText(`${textCount} of 193`);
});
