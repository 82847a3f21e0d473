// The cite dialog: the survey's citation (publisher, title, date, address) and a citation of this
// view of the atlas, naming the view and its filters, with the address that reproduces it and the
// day it was accessed.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadCategories, loadSources, readCsv, KIND_LABEL } from './support/data.mjs';
import { pageToday } from './support/files.mjs';

const surveySourceId = readCsv('survey_figures.csv').find((f) => f.metric === 'models_surveyed').source_id;
const survey = loadSources().find((s) => s.id === surveySourceId);
const pathology = loadCategories().find((c) => c.id === 'pathology');

test('Cite shows the survey citation and this view\'s citation with its address', async ({ page }) => {
  const atlas = new Atlas(page);
  // The canonical form of the address, so the page keeps it as it is.
  await atlas.open('?view=models&category=pathology&kind=hospital');
  await atlas.expectView('models');
  const dialog = page.getByTestId('cite-dialog');
  await expect(dialog).toBeHidden();
  await atlas.citeButton.click();
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((d) => d.tagName === 'DIALOG' && d.matches(':modal'))).toBe(true);

  const surveyText = page.getByTestId('cite-survey');
  await expect(surveyText).toContainText(survey.publisher);
  await expect(surveyText).toContainText(`“${survey.title}”`);
  await expect(surveyText).toContainText(survey.published);
  await expect(surveyText).toContainText(survey.url);

  const viewName = (await atlas.tab('models').textContent()).trim();
  const url = page.url();
  const today = await pageToday(page);
  const text = (await page.getByTestId('cite-atlas').textContent()).trim();
  const m = text.match(/^MedLLM Atlas, “(.+?)” \((.+)\)\. (\S+) \(accessed (\d{4}-\d\d-\d\d)\)\.$/);
  expect(m, text).not.toBeNull();
  const [, view, filters, address, accessed] = m;
  expect(view).toBe(viewName);
  expect(filters).toContain(pathology.name_en);
  expect(filters).toContain(KIND_LABEL.hospital);
  expect(address, 'the address that reproduces this view').toBe(url);
  expect(new URL(address).searchParams.has('embed')).toBe(false);
  expect(accessed).toBe(today);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
