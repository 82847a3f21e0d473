// A link with bad parameters: the notice names each value that was dropped and why, the valid
// rest applies (for every facet, fcat and base among them), and "Dismiss" removes the notice and
// the bad parameters from the address.
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

test('unknown function-category and built-on values are dropped, the known ones apply', async ({ page }) => {
  const f = { fcats: ['medical-imaging'], bases: ['llama'] };
  const expected = select(models, f).length;
  expect(expected, 'the known values keep some models').toBeGreaterThan(0);
  expect(expected).toBeLessThan(TOTAL);
  const atlas = new Atlas(page);
  await atlas.open('?view=models&fcat=medical-imaging,nope&base=llama,martian');
  await expect(atlas.notice).toBeVisible();
  await expect(atlas.notice.locator('li')).toHaveText([
    'fcat=nope — unknown value',
    'base=martian — unknown value',
  ]);
  await atlas.expectView('models');
  await expect(atlas.checkbox('fcat', 'medical-imaging')).toBeChecked();
  await expect(atlas.checkbox('base', 'llama')).toBeChecked();
  await atlas.expectCount(expected, TOTAL);

  await atlas.notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(atlas.notice).toHaveCount(0);
  await expect.poll(() => atlas.queryString()).toBe('?view=models&fcat=medical-imaging&base=llama');
  await atlas.expectCount(expected, TOTAL);
});

test('a link whose only fcat and base values are unknown applies no such filter', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?fcat=surgery&base=Qwen&kind=hospital');
  // Ids are exact: `Qwen` is not `qwen`.
  await expect(atlas.notice.locator('li')).toHaveText([
    'fcat=surgery — unknown value',
    'base=Qwen — unknown value',
  ]);
  await atlas.expectCount(select(models, { kinds: ['hospital'] }).length, TOTAL);
  for (const group of ['fcat', 'base']) {
    expect((await atlas.facetOptions(group)).filter((o) => o.checked), `${group}: nothing checked`).toEqual([]);
  }
  await atlas.notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect.poll(() => atlas.queryString()).toBe('?kind=hospital');
});
