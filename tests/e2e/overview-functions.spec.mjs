// The overview's function card: the functions of the documented models by application scenario
// (each function's category is the atlas's reading, data/functions.csv), held against the one
// share the survey published (survey_figures.csv). It counts the functions of the models matching
// every filter but its own (`fcat`); its bars' numbers — the hidden data table and the hit areas'
// names — and the comparison line are those of the CSV files, with no filter and under one.
// Clicking a bar, or Enter on a focused one, toggles `fcat=` (cross-filter) and the panel's
// checkbox follows. (That the survey's own category is drawn in the survey chart's colour is a
// matter of pixels and not checked here.)
import { test, expect, expectPainted } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import {
  loadModels, loadCategories, select, without, functionCounts, functionBars, kindSplit, surveyFigure,
  formatInt, formatPercent,
} from './support/data.mjs';

const models = loadModels();
const TOTAL = models.length;
const categories = loadCategories();
// The survey's own category: the one categories.csv gives the survey's count for.
const surveyCategory = categories.find((c) => c.functions_count !== '');
const survey = {
  part: surveyFigure('functionalities_medical_services'),
  total: surveyFigure('functionalities_total'),
  models: surveyFigure('models_surveyed'),
};

/** What the card should show for filters `f`, in `lang`. */
function expected(f, lang = 'en') {
  const rows = select(models, without(f, 'fcats'));
  const counts = functionCounts(rows);
  const bars = functionBars(counts);
  const name = (b) => (lang === 'zh' ? b.name_zh : b.name_en);
  const [n, m, k] = [counts.per[surveyCategory.id], counts.total, counts.models].map(formatInt);
  const dshare = formatPercent(counts.total ? counts.per[surveyCategory.id] / counts.total : 0);
  const [part, total, surveyed] = [survey.part, survey.total, survey.models].map(formatInt);
  const share = formatPercent(survey.part / survey.total);
  const cat = lang === 'zh' ? surveyCategory.name_zh : surveyCategory.name_en;
  return {
    counts,
    table: bars.map((b) => [name(b), `${formatInt(b.n)} · ${formatPercent(b.share)}`]),
    keys: bars.map((b) => b.id),
    labels: bars.map((b) => (lang === 'zh'
      ? `${name(b)}：${formatInt(counts.total)}项功能中的${formatInt(b.n)}项（${formatPercent(b.share)}）`
      : `${name(b)}: ${formatInt(b.n)} of ${formatInt(counts.total)} functions (${formatPercent(b.share)})`)),
    comparison: lang === 'zh'
      ? `调研：“${cat}”占${surveyed}个模型的${total}项功能中的${part}项（${share}）。本图鉴：${k}个已记录模型的${m}项功能中有${n}项（${dshare}）。`
      : `Survey: “${cat}” ${part} of ${total} functions in ${surveyed} models (${share}). Documented here: ${n} of ${m} functions in ${k} documented models (${dshare}).`,
    caveat: lang === 'zh'
      ? `两个比例并不可比：这${k}个已记录模型并非调研的那一批，其开发方构成也各不相同（${kindSplit(rows, 'zh')}）。二者的差距并不说明市场情况。`
      : `The two shares are not like for like: these ${k} documented models are not the survey's list, and their mix of developers is their own (${kindSplit(rows)}). The gap is no finding about the market.`,
  };
}

/** The chart's hidden data table as [name, value] rows. */
const tableRows = (chart) => chart.locator('table tbody tr').evaluateAll((rs) => rs.map((r) => [r.querySelector('th').textContent, r.querySelector('td').textContent]));

async function expectCard(atlas, f, lang = 'en') {
  const want = expected(f, lang);
  const card = atlas.page.getByTestId('function-card');
  const chart = atlas.page.getByTestId('function-chart');
  await expect.poll(() => tableRows(chart), { message: 'the data table' }).toEqual(want.table);
  await expect.poll(() => atlas.barKeys(chart), { message: 'bars in visual order' }).toEqual(want.keys);
  await expect.poll(() => atlas.barLabels(chart), { message: 'the bars\' names' }).toEqual(want.labels);
  await expect(card.getByTestId('function-comparison')).toHaveText(want.comparison);
  await expect(card.getByTestId('function-caveat')).toHaveText(want.caveat);
  return want;
}

test('with no filter the bars count every function of data/functions.csv, and the line compares the survey\'s share', async ({ page }) => {
  const want = expected({});
  // Every model and every classified function is counted.
  expect(want.counts.models).toBe(TOTAL);
  expect(want.counts.total).toBe(models.reduce((s, m) => s + m.functionsList.length, 0));
  expect(want.counts.total).toBeGreaterThan(0);

  const atlas = new Atlas(page);
  await atlas.open();
  const chart = page.getByTestId('function-chart');
  await expectPainted(chart);
  await expect(chart.locator('.hit')).toHaveCount(categories.length);
  await expectCard(atlas, {});
  const card = page.getByTestId('function-card');
  await expect(card.locator('h2')).toHaveText('Functions by application scenario (documented, atlas classification)');
  await expect(chart.locator('table caption')).toHaveText('Functions by application scenario (documented, atlas classification)');
  await expect(card.locator('figcaption')).toContainText(`Only “${surveyCategory.name_en}” is a category of the survey`);
});

test('under a filter the card counts the functions of the models matching every filter but fcat', async ({ page }) => {
  const f = { kinds: ['hospital'] };
  const want = expected(f);
  // The filter changes the numbers, so the card cannot pass on all-rows counts.
  expect(want.table).not.toEqual(expected({}).table);
  expect(want.counts.models).toBeLessThan(TOTAL);

  const atlas = new Atlas(page);
  await atlas.open('?kind=hospital');
  await atlas.expectCount(select(models, f).length, TOTAL);
  await expectCard(atlas, f);

  // Its own facet does not narrow it: with fcat= the result narrows but the card stays.
  const g = { ...f, fcats: ['pathology'] };
  expect(select(models, g).length).toBeLessThan(select(models, f).length);
  await atlas.checkbox('fcat', 'pathology').check();
  await atlas.expectParam('fcat', 'pathology');
  await atlas.expectCount(select(models, g).length, TOTAL);
  await expectCard(atlas, g);
  await expect(atlas.bar(page.getByTestId('function-chart'), 'pathology')).toHaveAttribute('aria-pressed', 'true');
});

test('clicking a bar toggles fcat= and the panel\'s checkbox follows', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open();
  const chart = page.getByTestId('function-chart');
  await expectPainted(chart);
  const id = 'mental-health';
  const bar = atlas.bar(chart, id);
  await expect(bar).toHaveAttribute('aria-pressed', 'false');

  await bar.click();
  await atlas.expectParam('fcat', id);
  await atlas.expectCount(select(models, { fcats: [id] }).length, TOTAL);
  await expect(atlas.checkbox('fcat', id)).toBeChecked();
  await expect(atlas.bar(chart, id)).toHaveAttribute('aria-pressed', 'true');
  // The category facet is untouched: the two are different classifications.
  await atlas.expectParam('category', null);

  await atlas.bar(chart, id).click();
  await atlas.expectParam('fcat', null);
  await atlas.expectCount(TOTAL, TOTAL);
  await expect(atlas.checkbox('fcat', id)).not.toBeChecked();
  await expect(atlas.bar(chart, id)).toHaveAttribute('aria-pressed', 'false');
});

test('Enter on a focused bar toggles fcat= too', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open();
  const chart = page.getByTestId('function-chart');
  await expectPainted(chart);
  const keys = expected({}).keys;
  await atlas.bar(chart, keys[0]).focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => atlas.focusedKey()).toBe(keys[1]);
  await page.keyboard.press('Enter');
  await atlas.expectParam('fcat', keys[1]);
  await atlas.expectCount(select(models, { fcats: [keys[1]] }).length, TOTAL);
  await expect(atlas.checkbox('fcat', keys[1])).toBeChecked();
  await expect(atlas.bar(chart, keys[1])).toBeFocused();
  await page.keyboard.press('Enter');
  await atlas.expectParam('fcat', null);
  await expect(atlas.checkbox('fcat', keys[1])).not.toBeChecked();
});

test('in 中文 the card, its bars and the comparison are Chinese, with the same numbers', async ({ page }) => {
  const f = { kinds: ['university'] };
  const atlas = new Atlas(page);
  await atlas.open('?lang=zh&kind=university');
  await atlas.expectCount(select(models, f).length, TOTAL, 'zh');
  await expectCard(atlas, f, 'zh');
  await expect(page.getByTestId('function-card').locator('h2')).toHaveText('各应用场景的功能数（已记录模型，本图鉴分类）');
});
