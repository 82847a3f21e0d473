// A link with bad parameters: the notice names each value that was dropped and why, the valid
// rest applies, and "Dismiss" removes the notice and the bad parameters from the address.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, select } from './support/data.mjs';

const models = loadModels();
const TOTAL = models.length;

test('each dropped value is named and Dismiss cleans the address', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?category=nope&kind=alien&from=20x5&foo=1&view=overview');
  await expect(atlas.notice).toBeVisible();
  await expect(atlas.notice).toContainText('Some link parameters were not applied:');
  await expect(atlas.notice.locator('li')).toHaveText([
    'category=nope — unknown value',
    'kind=alien — unknown value',
    'from=20x5 — not a year',
    'foo=1 — unknown parameter',
  ]);
  // The valid rest applies: the overview, unfiltered.
  await atlas.expectView('overview');
  await atlas.expectCount(TOTAL, TOTAL);
  await expect(atlas.kindSelect).toHaveValue('');
  await expect(page.locator('#year-from')).toHaveValue('');

  const length = await atlas.historyLength();
  await atlas.notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(atlas.notice).toHaveCount(0);
  await expect.poll(() => atlas.queryString()).toBe('');
  expect(await atlas.historyLength(), 'dismissing replaces the entry').toBe(length);
  await atlas.expectView('overview');
});

test('bad values beside good ones: the good ones apply, only the bad ones are dropped', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=models&category=nope,pathology&kind=alien,hospital&from=20x5&to=2026&foo=1');
  await expect(atlas.notice.locator('li')).toHaveText([
    'category=nope — unknown value',
    'kind=alien — unknown value',
    'from=20x5 — not a year',
    'foo=1 — unknown parameter',
  ]);
  await atlas.expectView('models');
  await expect(atlas.checkbox('category', 'pathology')).toBeChecked();
  await expect(atlas.kindSelect).toHaveValue('hospital');
  await expect(page.locator('#year-to')).toHaveValue('2026');
  const f = { categories: ['pathology'], kinds: ['hospital'], to: 2026 };
  await atlas.expectCount(select(models, f).length, TOTAL);

  await atlas.notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(atlas.notice).toHaveCount(0);
  await expect.poll(() => atlas.queryString()).toBe('?view=models&category=pathology&kind=hospital&to=2026');
  await atlas.expectCount(select(models, f).length, TOTAL);
});
