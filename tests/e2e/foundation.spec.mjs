// The foundation: the page loads, shows the survey's headline from the bundled data, paints both
// charts crisply, cites its sources, and makes no error and no outside request.
import { test, expect, expectPainted } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadCategories, facetCounts, surveyHeadline, surveyFigure, formatInt, formatPercent } from './support/data.mjs';

const models = loadModels();
const categories = loadCategories();
const survey = surveyHeadline();

test('headline figures come from the bundled survey data', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MedLLM Atlas');
  await expect(atlas.figure('models-surveyed')).toHaveText(formatInt(survey.models));
  await expect(atlas.figure('functions-total')).toHaveText(formatInt(survey.functions));
  await expect(atlas.figure('categories-total')).toHaveText(formatInt(survey.categories));
});

test('survey chart shows the published split and says the rest was an image', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open();
  await expectPainted(atlas.surveyChart);
  const services = surveyFigure('functionalities_medical_services');
  await expect(atlas.surveyCard).toContainText(`${formatInt(services)} of ${formatInt(survey.functions)} functions (${formatPercent(services / survey.functions)})`);
  await expect(atlas.surveyCard.getByTestId('image-only-note')).toContainText('only as an image');
  const link = atlas.surveyCard.locator('.citation a');
  await expect(link).toHaveAttribute('href', 'https://www.vcbeathealth.com/article/32221');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(atlas.surveyCard.locator('.citation')).toContainText('VCBeat (vcbeathealth.com)');
  await expect(atlas.surveyCard.locator('.citation')).toContainText('2025-06-20');
  // The two bars are the only two hit areas: nothing the survey did not publish is drawn.
  await expect(atlas.surveyChart.locator('.hit')).toHaveCount(2);
});

test('category chart paints a labelled bar per category and states the sample size', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open();
  await expectPainted(atlas.categoryChart);
  await expect(atlas.categoryChart.locator('.hit')).toHaveCount(categories.length);
  // The first bar in visual order is the largest category (ties in categories.csv order).
  const counts = facetCounts(models, {}, 'categories');
  const top = categories.reduce((best, c) => ((counts[c.id] ?? 0) > (counts[best.id] ?? 0) ? c : best));
  const [first] = await atlas.hits(atlas.categoryChart);
  expect(first.key).toBe(top.id);
  expect(first.label).toMatch(new RegExp(`^${top.name_en}: ${formatInt(counts[top.id])} models`));
  await expect(atlas.categoryCard).toContainText(`${formatInt(models.length)} models documented in this atlas; the survey counted ${formatInt(survey.models)}, not the same list`);
});

test('canvas backing store follows devicePixelRatio', async ({ browser }) => {
  const context = await browser.newContext({ deviceScaleFactor: 2, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const atlas = new Atlas(page);
  await atlas.open();
  await expectPainted(atlas.categoryChart);
  const dims = await atlas.categoryChart.locator('canvas').evaluate((c) => ({
    w: c.width, h: c.height, cssW: c.getBoundingClientRect().width, cssH: c.getBoundingClientRect().height }));
  expect(dims.w).toBe(Math.round(dims.cssW * 2));
  expect(dims.h).toBe(Math.round(dims.cssH * 2));
  await context.close();
});

test('charts redraw to the new width when the window is resized', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open();
  await expectPainted(atlas.categoryChart);
  const before = await atlas.categoryChart.locator('canvas').evaluate((c) => c.getBoundingClientRect().width);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => atlas.categoryChart.locator('canvas').evaluate((c) => c.getBoundingClientRect().width)).toBeLessThan(before);
  // The canvas shrinks with CSS at once; its hit areas follow the next size observation.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    { message: 'no horizontal scroll at 390 px' }).toBe(true);
});
