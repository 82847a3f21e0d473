// Comparing 2–5 models (`view=compare&compare=a,b,…`): ticking the models table's compare
// checkboxes (or "Add to comparison" in a model's panel) gathers models in the order chosen, and
// the link "Compare N models" opens them side by side — a table with one column header per model
// and one row header per field, "not stated by the source" wherever a model's CSV row is empty,
// never a blank cell. "Hide the rows where all agree" folds exactly the rows whose cells are all
// equal; × in a column header removes that model; unknown ids and ids beyond five are dropped with
// the notice; one model asks for another; a sixth checkbox is disabled while five are ticked; the
// CSV download gives exactly the compared rows in order; and the view works embedded.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, parseCsv, parseCsvRows, currentVersion } from './support/data.mjs';

const models = loadModels();
const byId = new Map(models.map((m) => [m.id, m]));

const FIELDS = {
  en: ['Developer', 'Kind', 'Partners', 'Category', 'Functions', 'Specialty', 'Input', 'Built on', 'Parameters', 'Open weights', 'Released', 'Source'],
  zh: ['开发方', '类型', '合作方', '类别', '功能', '专科', '输入', '基座', '参数量', '开放权重', '发布时间', '来源'],
};
const NOT_STATED = { en: 'not stated by the source', zh: '来源未说明' };
/** The fields a source may leave unstated: the compare row (by its index in FIELDS) and the CSV column. */
const OPTIONAL = [[2, 'partners'], [6, 'modality'], [7, 'base_model'], [8, 'params_b'], [10, 'released']];
const unstated = (m) => OPTIONAL.filter(([, col]) => m[col].trim() === '').map(([i]) => i);

/** The comparison as the page shows it: column ids, row headers, and each row's cells. */
function compareTable(page) {
  return page.getByTestId('compare-table').evaluate((t) => ({
    ids: [...t.querySelectorAll('thead th[scope=col][data-id]')].map((th) => th.dataset.id),
    fields: [...t.querySelectorAll('tbody th[scope=row]')].map((th) => th.textContent),
    cells: [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
  }));
}

/** Checks the table compares `ids` in that order in `lang`, with "not stated" exactly where the CSV is empty. */
async function expectCompared(page, ids, lang = 'en') {
  await expect.poll(async () => (await compareTable(page)).ids).toEqual(ids);
  const t = await compareTable(page);
  expect(t.fields).toEqual(FIELDS[lang]);
  for (const [r, row] of t.cells.entries()) {
    expect(row, `${t.fields[r]}: one cell per model`).toHaveLength(ids.length);
    row.forEach((cell, c) => expect(cell.trim(), `${t.fields[r]} of ${ids[c]}: no blank cell`).not.toBe(''));
  }
  ids.forEach((id, c) => {
    const m = byId.get(id);
    const empty = unstated(m);
    for (const [r] of OPTIONAL) {
      if (empty.includes(r)) expect(t.cells[r][c], `${FIELDS.en[r]} of ${id}`).toBe(NOT_STATED[lang]);
      else expect(t.cells[r][c], `${FIELDS.en[r]} of ${id}`).not.toBe(NOT_STATED[lang]);
    }
    expect(t.cells[0][c]).toBe(m.developer);
    expect(t.cells[11][c]).toContain(m.source_url);
  });
  return t;
}

/** The compare checkbox of a row of the models table. */
const compareCheck = (atlas, id) => atlas.row(id).getByTestId('compare-check');

/**
 * Three models of the table's first page: one stating every optional field (or the most), one
 * stating none of them (or the fewest), one more — so both kinds of cell are checked.
 */
function pickThree(pageIds) {
  const shown = pageIds.map((id) => byId.get(id));
  const byStated = [...shown].sort((a, b) => unstated(a).length - unstated(b).length);
  const [full, bare] = [byStated[0], byStated.at(-1)];
  const other = shown.find((m) => m !== full && m !== bare);
  return [bare.id, full.id, other.id];
}

test('ticking three models shows "Compare 3 models", which opens them side by side in the order ticked', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=models');
  await expect(atlas.tableRows.first()).toBeAttached();
  const ids = pickThree(await atlas.rowIds());
  expect(unstated(byId.get(ids[0])).length).toBeGreaterThan(unstated(byId.get(ids[1])).length);
  await expect(page.getByTestId('compare-link')).toHaveCount(0);

  for (const id of ids) {
    const box = compareCheck(atlas, id);
    await expect(box).toHaveAttribute('aria-label', `Compare ${byId.get(id).name}`);
    await box.check();
  }
  await atlas.expectParam('compare', ids.join(','));
  const link = page.getByTestId('compare-link');
  await expect(link).toHaveText('Compare 3 models');
  expect(new URL(await link.evaluate((a) => a.href)).searchParams.get('view')).toBe('compare');

  await link.click();
  await atlas.expectParam('view', 'compare');
  await expect(atlas.main).toHaveAttribute('data-view', 'compare');
  await atlas.expectParam('compare', ids.join(','));
  await expect(page.getByTestId('compare-link')).toHaveCount(0);
  await expectCompared(page, ids);

  // The same comparison in 中文.
  await atlas.langSwitch.click();
  await atlas.expectParam('lang', 'zh');
  await expectCompared(page, ids, 'zh');
});

test('"Hide the rows where all agree" removes exactly the rows whose cells are all equal', async ({ page }) => {
  // Two models of the same kind, open weights and category: those rows agree, others do not.
  const [a, b] = (() => {
    for (const x of models) {
      const y = models.find((m) => m !== x && m.developer_kind === x.developer_kind && m.open_weights === x.open_weights && m.category === x.category && m.developer !== x.developer);
      if (y) return [x, y];
    }
    return [];
  })();
  expect(a, 'two such models').toBeTruthy();
  const atlas = new Atlas(page);
  await atlas.open(`?view=compare&compare=${a.id},${b.id}`);
  const before = await expectCompared(page, [a.id, b.id]);
  const agree = before.fields.filter((_, r) => before.cells[r].every((c) => c === before.cells[r][0]));
  expect(agree).toEqual(expect.arrayContaining(['Kind', 'Category', 'Open weights']));
  expect(agree).not.toContain('Developer');

  const hide = page.getByTestId('hide-agreeing');
  await expect(hide).not.toBeChecked();
  await hide.check();
  await expect.poll(async () => (await compareTable(page)).fields).toEqual(before.fields.filter((f) => !agree.includes(f)));
  await expect(page.getByTestId('compare-view')).toContainText(`${agree.length} rows where all agree are hidden.`);
  await hide.uncheck();
  await expect.poll(async () => (await compareTable(page)).fields).toEqual(before.fields);
});

test('× in a column header removes that model from the comparison', async ({ page }) => {
  const ids = models.slice(0, 3).map((m) => m.id);
  const atlas = new Atlas(page);
  await atlas.open(`?view=compare&compare=${ids.join(',')}`);
  await expectCompared(page, ids);
  const middle = byId.get(ids[1]);
  const remove = page.locator(`[data-testid=compare-table] th[scope=col][data-id="${middle.id}"] a.remove`);
  await expect(remove).toHaveAttribute('aria-label', `Remove ${middle.name} from the comparison`);
  await remove.click();
  await atlas.expectParam('compare', [ids[0], ids[2]].join(','));
  await expectCompared(page, [ids[0], ids[2]]);
});

test('unknown ids and ids beyond five are dropped with the notice; one model asks for another', async ({ page }) => {
  const known = models.slice(0, 6).map((m) => m.id);
  expect(byId.has('no-such-model')).toBe(false);
  const atlas = new Atlas(page);
  await atlas.open(`?view=compare&compare=${[known[0], 'no-such-model', ...known.slice(1)].join(',')}`);
  await expect(atlas.notice).toBeVisible();
  await expect(atlas.notice.locator('li', { hasText: 'compare=no-such-model' })).toContainText('unknown value');
  await expect(atlas.notice.locator('li', { hasText: `compare=${known[5]}` })).toContainText('more than five models to compare');
  await expectCompared(page, known.slice(0, 5));

  await atlas.open(`?view=compare&compare=${known[0]}`);
  await expect(page.getByTestId('compare-one')).toHaveText('One model so far: add another from the Models table to compare.');
  await expect.poll(async () => (await compareTable(page)).ids).toEqual([known[0]]);

  await atlas.open('?view=compare');
  await expect(page.getByTestId('compare-empty')).toBeVisible();
  await expect(page.getByTestId('compare-table')).toHaveCount(0);
});

test('while five are ticked the other checkboxes are disabled', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=models');
  await expect(atlas.tableRows.first()).toBeAttached();
  const ids = await atlas.rowIds();
  for (const id of ids.slice(0, 5)) await compareCheck(atlas, id).check();
  await atlas.expectParam('compare', ids.slice(0, 5).join(','));
  await expect(page.getByTestId('compare-link')).toHaveText('Compare 5 models');
  for (const id of ids.slice(0, 5)) await expect(compareCheck(atlas, id)).toBeEnabled();
  await expect(compareCheck(atlas, ids[5])).toBeDisabled();
  await expect(compareCheck(atlas, ids.at(-1))).toBeDisabled();
  // Unticking one frees a place again.
  await compareCheck(atlas, ids[2]).uncheck();
  await atlas.expectParam('compare', [...ids.slice(0, 2), ...ids.slice(3, 5)].join(','));
  await expect(compareCheck(atlas, ids[5])).toBeEnabled();
});

test('"Add to comparison" in a model\'s panel adds it, and then opens the comparison', async ({ page }) => {
  const [a, b] = [models[3], models[7]];
  const atlas = new Atlas(page);
  await atlas.open(`?view=models&model=${a.id}`);
  await expect(atlas.provenance).toBeVisible();
  const add = atlas.provenance.getByTestId('add-to-comparison');
  await expect(add).toHaveText('Add to comparison');
  await add.click();
  await atlas.expectParam('compare', a.id);
  await expect(add).toHaveText('In the comparison · open it');
  await expect(compareCheck(atlas, a.id)).toBeChecked();

  // The panel covers the table: close it, then open the next model's.
  await page.keyboard.press('Escape');
  await expect(atlas.provenance).toHaveCount(0);
  await atlas.openButton(b.id).click();
  await atlas.expectParam('model', b.id);
  await atlas.provenance.getByTestId('add-to-comparison').click();
  await atlas.expectParam('compare', `${a.id},${b.id}`);
  await expect(page.getByTestId('compare-link')).toHaveText('Compare 2 models');

  // Once in, the button opens the comparison.
  await atlas.provenance.getByTestId('add-to-comparison').click();
  await atlas.expectParam('view', 'compare');
  await atlas.expectParam('model', null);
  await expectCompared(page, [a.id, b.id]);
});

test('with one model gathered the link reads "Compare 1 model"', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open(`?view=models&compare=${models[0].id}`);
  await expect(page.getByTestId('compare-link')).toHaveText('Compare 1 model');
});

test('"Download these models (CSV)" in the comparison gives exactly the compared rows, in order', async ({ page }) => {
  const ids = [models[10], models[2], models[6]].map((m) => m.id);
  const atlas = new Atlas(page);
  await atlas.open(`?view=compare&compare=${ids.join(',')}&kind=hospital`);
  await expectCompared(page, ids);
  const file = await atlas.download(atlas.downloadModelsButton);
  expect(file.name).toContain('compare');
  const text = file.body.toString('utf8');
  expect(parseCsvRows(text)[0].at(-1)).toBe('data_version');
  const rows = parseCsv(text);
  // The filters do not hide a compared model: the download is of what was chosen.
  expect(rows.map((r) => r.id)).toEqual(ids);
  for (const r of rows) {
    expect(r.source_url).toBe(byId.get(r.id).source_url);
    expect(r.data_version).toBe(currentVersion());
  }
});

test('embed=1: the comparison embedded, with its footer', async ({ page }) => {
  const ids = models.slice(0, 2).map((m) => m.id);
  const atlas = new Atlas(page);
  await page.goto(`./?view=compare&compare=${ids.join(',')}&embed=1`);
  await expect(atlas.main).toHaveAttribute('data-view', 'compare');
  await expect(atlas.embedFooter).toBeVisible();
  await expect(atlas.embedFooter.getByTestId('embed-version')).not.toBeEmpty();
  await expect(atlas.tabs).toHaveCount(0);
  await expect(atlas.toolbar).toHaveCount(0);
  await expectCompared(page, ids);
  const open = new URL(await atlas.embedFooter.getByTestId('open-in-atlas').evaluate((a) => a.href));
  expect(open.searchParams.get('compare')).toBe(ids.join(','));
  expect(open.searchParams.has('embed')).toBe(false);
});
