// "Open your CSV": a reader's file in the schema of models.csv is read in the browser. Problems are
// listed with line and column, the valid rows load on request, a banner names the file and the
// way back, every view works on the reader's rows while the survey's figures stay the survey's;
// dropping a file on the page does the same. No request is made while a file is read.
import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures.mjs';
import { Atlas, hostilePath } from './support/atlas.mjs';
import { loadModels, loadCategories, parseCsv, modelFromRow, facetCounts, surveyHeadline, formatInt, TABLE_PAGE } from './support/data.mjs';

const bundled = loadModels();
const categories = loadCategories();

/** Rows of a corpus file as the data helpers' model objects. */
const corpusModels = (name) => parseCsv(readFileSync(hostilePath(name), 'utf8')).map((r) => modelFromRow(r));
const survey = surveyHeadline();

// What tests/hostile_files.rs (valid_rows_load_and_invalid_ones_are_listed_with_line_and_column) expects.
const MIXED_PROBLEMS = [
  "line 3, column developer_kind: 'startup' is not one of company, hospital, university, institute, consortium",
  "line 3, column released: '2024-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
  "line 5, column category: 'surgery' is not a known category id of categories.csv",
  "line 5, column source_url: 'ftp://example.org/bianque' is not an http(s) address",
];
const MIXED_VALID = ['aiergpt', 'ant-medical-llm', 'chatzoc'];
const mixed = corpusModels('mixed.csv').filter((m) => MIXED_VALID.includes(m.id));

/** Records every request the browser context makes (page and service worker) from now on. */
function recordRequests(page) {
  const seen = [];
  const onRequest = (r) => seen.push(`${r.method()} ${r.url()}`);
  page.context().on('request', onRequest);
  return { seen, stop: () => page.context().off('request', onRequest) };
}

/** Opens the atlas and waits until the page and its service worker have finished loading. */
async function openSettled(atlas, query = '') {
  await atlas.open(query);
  await atlas.page.evaluate(() => navigator.serviceWorker?.ready);
  await atlas.page.waitForLoadState('networkidle');
}

test('mixed.csv: problems with line and column, the valid rows load, every view uses them, and back', async ({ page }) => {
  expect(mixed.map((m) => m.id)).toEqual(MIXED_VALID);
  const atlas = new Atlas(page);
  await openSettled(atlas);
  await atlas.expectCount(bundled.length, bundled.length);
  await expect(atlas.userBanner).toHaveCount(0);

  const requests = recordRequests(page);
  await atlas.chooseFile('mixed.csv');
  await expect(atlas.fileReview).toBeVisible();
  await expect(atlas.fileReview.locator('#review-title')).toHaveText('4 problems in mixed.csv');
  await expect(atlas.fileReview.getByTestId('valid-rows')).toHaveText('3 of 5 rows are valid.');
  expect(await atlas.problemTexts()).toEqual(MIXED_PROBLEMS);
  await expect(atlas.loadValid).toHaveText('Load the 3 valid rows');
  // Nothing is loaded until the reader asks.
  await atlas.expectCount(bundled.length, bundled.length);

  await atlas.loadValid.click();
  await expect(atlas.fileReview).toBeHidden();
  await expect(atlas.userBanner).toBeVisible();
  await expect(atlas.userBanner).toHaveAttribute('role', 'status');
  await expect(atlas.userBanner).toContainText('Viewing your file mixed.csv · 3 models');
  await expect(atlas.userBanner).toContainText("The survey's figures are VCBeat's, not from your file.");
  await atlas.expectCount(3, 3);
  requests.stop();
  expect(requests.seen, 'requests while reading and loading the file').toEqual([]);

  // Overview: the survey's figures are still there, cited to the survey; the atlas charts count the file.
  await expect(atlas.figure('models-surveyed')).toHaveText(formatInt(survey.models));
  await expect(atlas.figure('functions-total')).toHaveText(formatInt(survey.functions));
  await expect(atlas.surveyCard.locator('h2')).toHaveText('Functions by application scenario (survey)');
  await expect(atlas.surveyCard.locator('.citation')).toContainText('VCBeat (vcbeathealth.com)');
  await expect(page.getByTestId('sample-note')).toHaveText(`3 models documented here · the survey counted ${formatInt(survey.models)}`);
  const counts = facetCounts(mixed, {}, 'categories');
  await expect.poll(() => atlas.categoryChart.locator('table tbody tr').evaluateAll((rows) =>
    Object.fromEntries(rows.map((r) => [r.querySelector('th').textContent, r.querySelector('td').textContent]))))
    .toEqual(Object.fromEntries(categories.map((c) => [c.name_en, String(counts[c.id] ?? 0)])));
  await expect(atlas.categoryCard).toContainText(`3 models documented in this atlas; the survey counted ${formatInt(survey.models)}, not the same list`);

  // The filters work on the file's rows.
  await atlas.kindSelect.selectOption('hospital');
  await atlas.expectCount(mixed.filter((m) => m.developer_kind === 'hospital').length, 3);
  await atlas.kindSelect.selectOption('');
  await atlas.expectCount(3, 3);

  // Models: exactly the valid rows; a name opens its provenance.
  await atlas.tab('models').click();
  await atlas.expectView('models');
  await expect(atlas.tableRows).toHaveCount(3);
  expect((await atlas.rowIds()).sort()).toEqual([...MIXED_VALID].sort());
  await atlas.openButton('chatzoc').click();
  await expect(atlas.provenance.locator('dd a').first()).toHaveAttribute('href', mixed.find((m) => m.id === 'chatzoc').source_url);
  await page.keyboard.press('Escape');
  await expect(atlas.provenance).toHaveCount(0);

  // Timeline: the month bars add up to the file's month-dated rows.
  await atlas.tab('timeline').click();
  await atlas.expectView('timeline');
  const monthDated = mixed.filter((m) => m.date && m.date[1] != null).length;
  await expect(page.getByTestId('timeline-notes')).toContainText(`Per month: ${monthDated} models with a month-precise date.`);

  // Sources: the kinds of the file's rows.
  await atlas.tab('sources').click();
  await atlas.expectView('sources');
  for (const k of ['primary', 'news', 'secondary']) {
    const n = mixed.filter((m) => m.source_kind === k).length;
    await expect(page.getByTestId('source-kinds').locator(`li[data-kind=${k}] .count`)).toHaveText(new RegExp(`^${n} · `));
  }
  await expect(atlas.userBanner).toBeVisible();

  // Back to the bundled data.
  await atlas.backToAtlas.click();
  await expect(atlas.userBanner).toHaveCount(0);
  await atlas.expectCount(bundled.length, bundled.length);
  await atlas.tab('models').click();
  await expect(atlas.tableRows).toHaveCount(Math.min(bundled.length, TABLE_PAGE));
});

test('dropping a file on the page loads it, without any request', async ({ page }) => {
  const atlas = new Atlas(page);
  await openSettled(atlas);
  const bytes = [...readFileSync(hostilePath('bom_crlf_tab.tsv'))];

  const requests = recordRequests(page);
  await page.evaluate((data) => {
    const file = new File([new Uint8Array(data)], 'dropped.tsv', { type: 'text/tab-separated-values' });
    const dt = new DataTransfer();
    dt.items.add(file);
    const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt });
    document.querySelector('main').dispatchEvent(over);
    const drop = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt });
    document.querySelector('main').dispatchEvent(drop);
    // The page takes the drop (the browser would otherwise navigate to the file).
    if (!drop.defaultPrevented || !over.defaultPrevented) throw new Error('drop or dragover not handled');
  }, bytes);
  // A clean file loads directly, without a review.
  await expect(atlas.userBanner).toContainText('Viewing your file dropped.tsv · 5 models');
  await expect(atlas.fileReview).toBeHidden();
  await atlas.expectCount(5, 5);
  requests.stop();
  expect(requests.seen, 'requests while reading the dropped file').toEqual([]);

  await atlas.tab('models').click();
  await expect(atlas.tableRows).toHaveCount(5);
  expect((await atlas.rowIds()).sort()).toEqual(['aiergpt', 'ant-aq', 'ant-medical-llm', 'bianque', 'chatzoc']);
  await atlas.backToAtlas.click();
  await atlas.expectCount(bundled.length, bundled.length);
  await expect(page.getByTestId('result-count')).toHaveText(`${formatInt(bundled.length)} of ${formatInt(bundled.length)} models`);
});
