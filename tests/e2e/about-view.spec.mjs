// About the data (`view=about`): what the survey published (its numbers from survey_figures.csv),
// what a row is, how rows are sourced, the atlas's own classifications, the data now (the numbers of
// models.csv: models by source kind, undated rows, rows without a base), the audits and the notice
// that no model is endorsed for clinical use, and last the data as files (data-package-links.spec.mjs
// follows that link) — in English and in 中文. It has no tab: the page
// footer links to it (beside the data version line) and so does every chart's download line.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadCategories, surveyHeadline, surveyFigure, dataSummary, formatInt } from './support/data.mjs';

const models = loadModels();
const survey = surveyHeadline();
const part = surveyFigure('functionalities_medical_services');
const surveyCategory = loadCategories().find((c) => c.functions_count !== '');
const undated = models.filter((m) => !m.date).length;
const noBase = models.filter((m) => m.base_model.trim() === '').length;
const located = models.filter((m) => m.location).length;

const TEXT = {
  en: {
    title: 'About the data',
    counts: `${dataSummary('en')}. ${formatInt(undated)} have no release date because no source states one; ${formatInt(noBase)} state no base model.`,
    survey: `VCBeat's article states in its text: ${formatInt(survey.models)} models, ${formatInt(survey.functions)} functions and ${formatInt(survey.categories)} application-scenario categories, ${formatInt(part)} of the functions in “${surveyCategory.name_en}”. The names and counts of the other ${survey.categories - 1} categories were published only inside a figure image`,
    sections: ['What the survey published', 'What a row is', 'How rows are sourced', 'The atlas\'s classifications', 'The data now', 'Where the models come from', 'Audits', 'Not for clinical use', 'The data (CSV files and datapackage.json)'],
    locations: `${formatInt(located)} of the ${formatInt(models.length)} models are placed this way; ${formatInt(models.length - located)} are not, because no page read states where their developer is based`,
  },
  zh: {
    title: '关于数据',
    counts: `${dataSummary('zh')}。其中${formatInt(undated)}个没有发布时间（没有来源说明），${formatInt(noBase)}个未说明基座模型。`,
    survey: `动脉网的文章在正文中给出：${formatInt(survey.models)}个模型、${formatInt(survey.functions)}项功能、${formatInt(survey.categories)}类应用场景，其中“${surveyCategory.name_zh}”有${formatInt(part)}项功能。其余${survey.categories - 1}类的名称与数量只在一张图片中公布`,
    sections: ['调研公布了什么', '每一行是什么', '记录如何取得', '本图鉴的分类', '数据现状', '模型来自哪里', '核查', '不用于临床', '数据（CSV 文件与 datapackage.json）'],
    locations: `${formatInt(models.length)}个模型中有${formatInt(located)}个如此定位；另有${formatInt(models.length - located)}个没有，因为所读网页均未说明其开发方所在地`,
  },
};

/** The about view's sections as { title: text }. */
const sections = (page) => page.getByTestId('about-view').locator('section').evaluateAll((ss) => Object.fromEntries(ss.map((s) => [s.querySelector('h2').textContent, s.querySelector('p').textContent])));

for (const lang of ['en', 'zh']) {
  test(`view=about · ${lang}: the sections, the counts of models.csv and the survey's numbers`, async ({ page }) => {
    const t = TEXT[lang];
    // Some rows are undated and some name no base, so both numbers are checked.
    expect(undated).toBeGreaterThan(0);
    expect(noBase).toBeGreaterThan(0);
    const atlas = new Atlas(page);
    await atlas.open(`?view=about&lang=${lang}`);
    await expect(atlas.main).toHaveAttribute('data-view', 'about');
    await expect(page.getByTestId('about-view')).toBeVisible();
    await expect(page.locator('main h2.view-title')).toHaveText(t.title);
    // Not a tab: no tab is the current one.
    await expect(page.locator('nav.tabs a[aria-current=page]')).toHaveCount(0);
    await expect(atlas.tab('about')).toHaveCount(0);

    const s = await sections(page);
    expect(Object.keys(s)).toEqual(t.sections);
    expect(s[t.sections[4]]).toBe(t.counts);
    expect(s[t.sections[0]].startsWith(t.survey), s[t.sections[0]]).toBe(true);
    // Where the models come from: how many are located, from locations.csv.
    expect(located).toBeGreaterThan(0);
    expect(located).toBeLessThan(models.length);
    expect(s[t.sections[5]]).toContain(t.locations);
    await expect(page.getByTestId('data-version')).toHaveText(dataSummary(lang));
  });

  test(`the page footer links to About the data · ${lang}`, async ({ page }) => {
    const t = TEXT[lang];
    const atlas = new Atlas(page);
    await atlas.open(`?view=models&lang=${lang}&kind=hospital`);
    const footer = page.getByTestId('site-footer');
    await expect(footer.getByTestId('data-version')).toHaveText(dataSummary(lang));
    const link = footer.getByRole('link', { name: t.title });
    const href = new URL(await link.evaluate((a) => a.href));
    expect(href.searchParams.get('view')).toBe('about');
    expect(href.searchParams.get('kind'), 'the link keeps the filters').toBe('hospital');
    const before = await atlas.historyLength();
    await link.click();
    await expect(atlas.main).toHaveAttribute('data-view', 'about');
    await atlas.expectParam('view', 'about');
    await expect(page.getByTestId('about-view')).toBeVisible();
    // Switching view adds a history entry: Back returns to the models.
    expect(await atlas.historyLength()).toBe(before + 1);
    await page.goBack();
    await atlas.expectView('models');
  });
}

for (const view of ['overview', 'timeline', 'story-pathology', 'story-lineage']) {
  test(`${view}: every chart's download line links to About the data`, async ({ page }) => {
    const atlas = new Atlas(page);
    await atlas.open(`?view=${view}`);
    await atlas.expectView(view);
    const charts = page.locator('div.chart[data-testid]');
    await expect(charts.first()).toBeAttached();
    // The overview builds its lower cards after the first frame: wait for their charts.
    if (view === 'overview') await expect(page.getByTestId('lineage-chart')).toBeAttached();
    const n = await charts.count();
    expect(n).toBeGreaterThan(0);
    const lines = page.locator('.chart-downloads');
    await expect(lines).toHaveCount(n);
    for (let i = 0; i < n; i++) {
      const about = lines.nth(i).locator('a.about-link');
      await expect(about).toHaveText('About the data');
      expect(new URL(await about.evaluate((a) => a.href)).searchParams.get('view')).toBe('about');
    }
    await lines.last().locator('a.about-link').click();
    await expect(atlas.main).toHaveAttribute('data-view', 'about');
    await expect(page.getByTestId('about-view')).toBeVisible();
  });
}
