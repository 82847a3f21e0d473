// Back/Forward: switching views through the tabs pushes history entries, filter edits replace the
// current one, and going back or forward restores exactly the view and filters of that entry, in
// the URL and in the UI.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, select } from './support/data.mjs';

const models = loadModels();
const TOTAL = models.length;

async function expectState(atlas, { query, view, pathology, q, count }) {
  await expect.poll(() => atlas.queryString(), { message: 'address' }).toBe(query);
  await atlas.expectView(view);
  if (pathology) await expect(atlas.checkbox('category', 'pathology')).toBeChecked();
  else await expect(atlas.checkbox('category', 'pathology')).not.toBeChecked();
  await expect(atlas.search).toHaveValue(q);
  await atlas.expectCount(count, TOTAL);
}

test('tabs push history entries, filters replace, Back/Forward restore both', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open();
  const start = await atlas.historyLength();
  const q = 'huawei';
  const onlyPathology = select(models, { categories: ['pathology'] }).length;
  const withQuery = select(models, { categories: ['pathology'], q }).length;
  expect(withQuery, 'the query narrows the pathology rows').toBeLessThan(onlyPathology);

  // Filter edit on the first entry: replaced in place.
  await atlas.checkbox('category', 'pathology').check();
  const overview = { query: '?category=pathology', view: 'overview', pathology: true, q: '', count: onlyPathology };
  await expectState(atlas, overview);
  expect(await atlas.historyLength()).toBe(start);

  // A view switch: a new entry, filters kept.
  await atlas.tab('models').click();
  await expectState(atlas, { ...overview, query: '?view=models&category=pathology', view: 'models' });
  expect(await atlas.historyLength()).toBe(start + 1);

  // Typing on the models entry replaces it.
  await atlas.search.fill(q);
  const models1 = { query: `?view=models&category=pathology&q=${q}`, view: 'models', pathology: true, q, count: withQuery };
  await expectState(atlas, models1);
  expect(await atlas.historyLength()).toBe(start + 1);

  await atlas.tab('timeline').click();
  const timeline = { ...models1, query: `?view=timeline&category=pathology&q=${q}`, view: 'timeline' };
  await expectState(atlas, timeline);
  expect(await atlas.historyLength()).toBe(start + 2);

  await page.goBack();
  await expectState(atlas, models1);
  await page.goBack();
  await expectState(atlas, overview);
  await page.goForward();
  await expectState(atlas, models1);
  await page.goForward();
  await expectState(atlas, timeline);
  expect(await atlas.historyLength()).toBe(start + 2);
});
