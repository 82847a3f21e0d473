// "New" and "updated" since a data version (`since=`): the models table marks exactly the models
// added after that version of data/changes.csv ("new") and those there then and changed after it
// ("updated"); the filter panel gets a "changed since" group whose checkbox counts those models
// and, checked, writes `changed=1` and keeps only them. A version that is not in changes.csv is
// dropped with the notice and the rest of the link applies; the changes view's select sets since=.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadChanges, dataVersions, histories, sinceStatus, select, formatInt } from './support/data.mjs';

const models = loadModels();
const TOTAL = models.length;
const changes = loadChanges();
const VERSIONS = dataVersions();
const OLDEST = VERSIONS.at(-1);
const history = histories(changes);
const BADGE = { en: { new: 'new', updated: 'updated' }, zh: { new: '新增', updated: '更新' } };

/** { id: 'new' | 'updated' } for the models among `rows` that changed after `since`. */
function marks(rows, since) {
  return Object.fromEntries(rows.map((m) => [m.id, sinceStatus(history.get(m.id), since)]).filter(([, s]) => s));
}

/** Every listed row's badge text, by id (rows without a badge left out). */
async function badges(atlas) {
  await atlas.showAllRows();
  return atlas.tableRows.evaluateAll((rows) => Object.fromEntries(rows
    .map((r) => [r.dataset.id, [...r.querySelectorAll('[data-testid=since-badge]')].map((b) => b.textContent)])
    .filter(([, b]) => b.length > 0)));
}

for (const lang of ['en', 'zh']) {
  test(`since=<oldest version> · ${lang}: badges mark exactly the new and the updated models`, async ({ page }) => {
    const want = marks(models, OLDEST);
    const values = Object.values(want);
    // Both kinds occur, and not every model is marked.
    expect(values).toContain('new');
    expect(values).toContain('updated');
    expect(values.length).toBeLessThan(TOTAL);
    // The CSV agrees: new = added in a later version, updated = changed in one.
    const later = changes.filter((c) => c.version > OLDEST);
    expect(Object.keys(want).sort()).toEqual([...new Set(later.filter((c) => c.change !== 'removed').map((c) => c.model_id))].sort());

    const atlas = new Atlas(page);
    await atlas.open(`?view=models&lang=${lang}&since=${OLDEST}`);
    await atlas.expectCount(TOTAL, TOTAL, lang);
    await expect(atlas.notice).toHaveCount(0);
    expect(await badges(atlas)).toEqual(Object.fromEntries(Object.entries(want).map(([id, s]) => [id, [BADGE[lang][s]]])));
  });
}

test('the changed-since checkbox counts the marked models, writes changed=1 and keeps only them', async ({ page }) => {
  const f = { kinds: ['university'] };
  const rows = select(models, f);
  const want = marks(rows, OLDEST);
  const n = Object.keys(want).length;
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(rows.length);

  const atlas = new Atlas(page);
  await atlas.open(`?view=models&kind=university&since=${OLDEST}`);
  const facet = atlas.facet('changed');
  await expect(facet.locator('legend')).toHaveText(`Changed since ${OLDEST}`);
  const box = facet.locator('input[type=checkbox]');
  await expect(box).not.toBeChecked();
  await expect(facet.locator('.count')).toHaveText(formatInt(n));

  await box.check();
  await atlas.expectParam('changed', '1');
  await atlas.expectParam('since', OLDEST);
  await atlas.expectCount(n, TOTAL);
  expect((await atlas.allRowIds()).sort()).toEqual(Object.keys(want).sort());
  await expect(facet.locator('.count')).toHaveText(formatInt(n));

  await box.uncheck();
  await atlas.expectParam('changed', null);
  await atlas.expectCount(rows.length, TOTAL);
});

test('a version that is not in changes.csv is dropped with the notice; the rest applies', async ({ page }) => {
  const bad = '1999-01-01';
  expect(VERSIONS).not.toContain(bad);
  const atlas = new Atlas(page);
  await atlas.open(`?view=models&since=${bad}&kind=hospital&changed=1`);
  await expect(atlas.notice).toBeVisible();
  await expect(atlas.notice.locator('li', { hasText: `since=${bad}` })).toContainText('unknown value');
  // Without a version, changed=1 has nothing to compare with and goes too.
  await expect(atlas.notice.locator('li', { hasText: 'changed=1' })).toContainText('needs a since= version');
  await atlas.expectCount(select(models, { kinds: ['hospital'] }).length, TOTAL);
  await expect(atlas.kindSelect).toHaveValue('hospital');
  await expect(atlas.facet('changed')).toHaveCount(0);
  await expect(page.getByTestId('since-badge')).toHaveCount(0);
  // Dismiss leaves the canonical address without it.
  await atlas.notice.getByRole('button', { name: 'Dismiss' }).click();
  await atlas.expectParam('since', null);
  await atlas.expectParam('changed', null);
  await atlas.expectParam('kind', 'hospital');
});

test('the since select of the changes view sets since= and the panel follows', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=changes');
  const chooser = page.getByTestId('since-select');
  // Every version but the current one (nothing comes after it), after "no marks".
  await expect.poll(() => chooser.locator('option').evaluateAll((os) => os.map((o) => o.value)))
    .toEqual(['', ...VERSIONS.slice(1)]);
  await expect(chooser).toHaveValue('');
  await expect(atlas.facet('changed')).toHaveCount(0);

  await chooser.selectOption(OLDEST);
  await atlas.expectParam('since', OLDEST);
  await expect(atlas.facet('changed').locator('.count')).toHaveText(formatInt(Object.keys(marks(models, OLDEST)).length));

  // The badges follow into the models table.
  await atlas.tab('models').click();
  await atlas.expectView('models');
  await atlas.expectParam('since', OLDEST);
  expect(Object.keys(await badges(atlas)).sort()).toEqual(Object.keys(marks(models, OLDEST)).sort());

  await atlas.tab('changes').click();
  await page.getByTestId('since-select').selectOption('');
  await atlas.expectParam('since', null);
  await expect(atlas.facet('changed')).toHaveCount(0);
});
