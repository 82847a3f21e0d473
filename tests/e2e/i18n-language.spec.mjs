// Language: `lang=zh` turns the whole interface Chinese (document language, headings, tabs, facet
// labels, category names from categories.csv's name_zh in the panel and in the chart's data
// table); the switch link flips the language in place and keeps every filter; without `lang` the
// browser's preferred language decides. The page footer (its data line and links) follows too.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadCategories, facetCounts, select, formatInt, dataSummary } from './support/data.mjs';

const models = loadModels();
const categories = loadCategories();
const TOTAL = models.length;

// The tabs: every view but the comparison (reached from the models it compares) and About the
// data (reached from the footer and every chart).
const TABS_ZH = ['概览', '模型', '时间线', '来源', '病理大模型', '医院专科大模型', '建立在少数基座之上', '数据变更'];
const TABS_EN = ['Overview', 'Models', 'Timeline', 'Sources', 'Pathology models', 'Hospital specialty models', 'Built on a few foundations', 'What changed'];
/** The page footer's links (the last, to the data files, is data-package-links.spec.mjs's). */
const FOOTER_ZH = ['关于数据', '数据变更', '数据（CSV 文件与 datapackage.json）'];
const FOOTER_EN = ['About the data', 'What changed', 'The data (CSV files and datapackage.json)'];
const LEGENDS_ZH = ['类别（本图鉴）', '专科', '输入数据', '开放权重', '来源类型', '功能类别（本图鉴）', '基座', '开发方所在地', '发布时间'];
const LEGENDS_EN = ['Category (atlas)', 'Specialty', 'Input data', 'Open weights', 'Source kind', 'Function category (atlas)', 'Built on', 'Where the developer is based', 'Released'];

const tabTexts = (page) => page.locator('nav.tabs a').allTextContents();
const legendTexts = (page) => page.locator('#filter-panel fieldset > legend').allTextContents();
const footerLinks = (page) => page.getByTestId('site-footer').locator('a').allTextContents();

/** The category chart's accessible table as { name: count }. */
const chartTable = (atlas) => atlas.categoryChart.locator('table tbody tr').evaluateAll((rows) =>
  Object.fromEntries(rows.map((r) => [r.querySelector('th').textContent, Number(r.querySelector('td').textContent.replaceAll(',', ''))])));

async function expectChinese(page, atlas) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('医疗大模型图鉴');
  await expect(page).toHaveTitle('医疗大模型图鉴');
  await expect.poll(() => tabTexts(page)).toEqual(TABS_ZH);
  await expect.poll(() => legendTexts(page)).toEqual(LEGENDS_ZH);
  await expect(page.locator('label[for=search]')).toHaveText('搜索名称、开发方、功能');
  await expect(page.locator('label[for=developer-kind]')).toHaveText('开发方类型');
  await expect(atlas.kindSelect.locator('option').first()).toHaveText('全部');
  await expect(atlas.clearFilters).toHaveText('清除筛选');
  await expect(atlas.langSwitch).toHaveText('English');
  await expect.poll(() => footerLinks(page)).toEqual(FOOTER_ZH);
  await expect(page.getByTestId('data-version')).toHaveText(dataSummary('zh'));
}

async function expectEnglish(page, atlas) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MedLLM Atlas');
  await expect(page).toHaveTitle('MedLLM Atlas');
  await expect.poll(() => tabTexts(page)).toEqual(TABS_EN);
  await expect.poll(() => legendTexts(page)).toEqual(LEGENDS_EN);
  await expect(page.locator('label[for=developer-kind]')).toHaveText('Developer kind');
  await expect(atlas.kindSelect.locator('option').first()).toHaveText('All');
  await expect(atlas.langSwitch).toHaveText('中文');
  await expect.poll(() => footerLinks(page)).toEqual(FOOTER_EN);
  await expect(page.getByTestId('data-version')).toHaveText(dataSummary('en'));
}

test('lang=zh: document language, headings, tabs, facets and category names are Chinese', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?lang=zh');
  await expectChinese(page, atlas);
  await expect(page.locator('main h2.view-title')).toHaveText('概览');
  await expect(atlas.resultCount).toHaveText(`${formatInt(TOTAL)}个模型中的${formatInt(TOTAL)}个`);
  await expect(atlas.categoryCard.locator('h2')).toHaveText('按类别统计的已记录模型（本图鉴）');

  // Every category in the filter panel by its name_zh, in categories.csv order.
  await expect.poll(() => atlas.facetOptions('category').then((o) => o.map((x) => [x.value, x.name])))
    .toEqual(categories.map((c) => [c.id, c.name_zh]));
  // Every Chinese name differs from the English one, so this cannot pass on English text.
  for (const c of categories) expect(c.name_zh, c.id).not.toBe(c.name_en);

  // The chart's data table for screen readers names the categories in Chinese, with their counts.
  const counts = facetCounts(models, {}, 'categories');
  await expect.poll(() => chartTable(atlas))
    .toEqual(Object.fromEntries(categories.map((c) => [c.name_zh, counts[c.id] ?? 0])));
  await expect(atlas.categoryChart.locator('table caption')).toHaveText('按类别统计的已记录模型（本图鉴）');
  // The bars' accessible names too.
  const first = categories.find((c) => c.id === 'clinical-decision');
  await expect(atlas.bar(atlas.categoryChart, first.id)).toHaveAttribute('aria-label', new RegExp(`^${first.name_zh}：${counts[first.id]}个模型`));
});

test('the switch link toggles the language, keeps the filters and writes lang= into the URL', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?category=pathology,tcm&kind=hospital');
  await expectEnglish(page, atlas);
  const f = { categories: ['pathology', 'tcm'], kinds: ['hospital'] };
  const n = select(models, f).length;
  expect(n).toBeGreaterThan(0);
  await atlas.expectCount(n, TOTAL);
  // A real link (middle-click opens the Chinese page with the same filters).
  const href = new URLSearchParams(await atlas.langSwitch.getAttribute('href'));
  expect(Object.fromEntries(href)).toEqual({ category: 'pathology,tcm', kind: 'hospital', lang: 'zh' });

  await atlas.langSwitch.click();
  await expectChinese(page, atlas);
  await atlas.expectParam('lang', 'zh');
  await atlas.expectParam('category', 'pathology,tcm');
  await atlas.expectParam('kind', 'hospital');
  await expect(atlas.resultCount).toHaveText(`${formatInt(TOTAL)}个模型中的${formatInt(n)}个`);
  await expect(atlas.checkbox('category', 'pathology')).toBeChecked();
  await expect(atlas.checkbox('category', 'tcm')).toBeChecked();
  await expect(atlas.kindSelect).toHaveValue('hospital');
  await expect(atlas.option('category', 'pathology').locator('.option-name')).toHaveText(categories.find((c) => c.id === 'pathology').name_zh);
  // The select's option texts are Chinese too.
  await expect(atlas.kindSelect.locator('option[value=hospital]')).toHaveText(/^医院 \(\d+\)$/);

  await atlas.langSwitch.click();
  await expectEnglish(page, atlas);
  await atlas.expectParam('lang', 'en');
  await atlas.expectParam('category', 'pathology,tcm');
  await atlas.expectParam('kind', 'hospital');
  await atlas.expectCount(n, TOTAL);
  await expect(atlas.checkbox('category', 'pathology')).toBeChecked();
});

test.describe('with a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });
  test('the default language is Chinese', async ({ page }) => {
    const atlas = new Atlas(page);
    await atlas.open();
    expect(await page.evaluate(() => navigator.language)).toBe('zh-CN');
    await expectChinese(page, atlas);
    expect(atlas.params().get('lang'), 'the default is not written into the URL').toBeNull();
  });
});

test.describe('with an English browser', () => {
  test.use({ locale: 'en-US' });
  test('the default language is English', async ({ page }) => {
    const atlas = new Atlas(page);
    await atlas.open();
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await expectEnglish(page, atlas);
    // A link's lang= still wins over the browser.
    await atlas.open('?lang=zh');
    await expectChinese(page, atlas);
  });
});
