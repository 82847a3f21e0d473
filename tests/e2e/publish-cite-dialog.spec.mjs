// The cite dialog: the survey's citation (publisher, title, date, address) and a citation of this
// view of the atlas in three forms, each in a box with its Copy button — plain text naming the
// view, its filters and the data version, with the address that reproduces it and the day it was
// accessed; BibTeX (`@misc`); GB/T 7714-2015 (`[EB/OL]`) — in English and in 中文.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadCategories, loadSources, readCsv, KIND_LABEL, currentVersion } from './support/data.mjs';
import { pageToday } from './support/files.mjs';

const surveySourceId = readCsv('survey_figures.csv').find((f) => f.metric === 'models_surveyed').source_id;
const survey = loadSources().find((s) => s.id === surveySourceId);
const pathology = loadCategories().find((c) => c.id === 'pathology');
const VERSION = currentVersion();
const FORMS = ['cite-atlas', 'cite-atlas-bibtex', 'cite-atlas-gbt'];

/** Whether every `{` has its `}` (escaped `\{` `\}` left out), as a reference manager needs. */
function bracesBalance(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') { i++; continue; }
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

async function openCite(page, atlas) {
  const dialog = page.getByTestId('cite-dialog');
  await expect(dialog).toBeHidden();
  await atlas.citeButton.click();
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((d) => d.tagName === 'DIALOG' && d.matches(':modal'))).toBe(true);
  return dialog;
}

/** The text of a CopyBlock (its read-only textarea). */
const blockText = (page, id) => page.getByTestId(id).locator('textarea').inputValue();

test('Cite shows the survey citation and this view\'s citation in three forms with its address', async ({ page }) => {
  const atlas = new Atlas(page);
  // The canonical form of the address, so the page keeps it as it is.
  await atlas.open('?view=models&category=pathology&kind=hospital');
  await atlas.expectView('models');
  const dialog = await openCite(page, atlas);

  const surveyText = page.getByTestId('cite-survey');
  await expect(surveyText).toContainText(survey.publisher);
  await expect(surveyText).toContainText(`“${survey.title}”`);
  await expect(surveyText).toContainText(survey.published);
  await expect(surveyText).toContainText(survey.url);

  // Each form is a read-only box with a Copy button.
  for (const id of FORMS) {
    const block = page.getByTestId(id);
    await expect(block.locator('textarea')).toHaveAttribute('readonly', '');
    await expect(block.getByTestId(`${id}-copy`)).toHaveText('Copy');
  }

  const viewName = (await atlas.tab('models').textContent()).trim();
  const url = page.url();
  const today = await pageToday(page);
  const text = (await blockText(page, 'cite-atlas')).trim();
  const m = text.match(/^MedLLM Atlas, “(.+?)” \((.+)\), data version (\S+)\. (\S+) \(accessed (\d{4}-\d\d-\d\d)\)\.$/);
  expect(m, text).not.toBeNull();
  const [, view, filters, version, address, accessed] = m;
  expect(view).toBe(viewName);
  expect(filters).toContain(pathology.name_en);
  expect(filters).toContain(KIND_LABEL.hospital);
  expect(version, 'the latest version of data/changes.csv').toBe(VERSION);
  expect(address, 'the address that reproduces this view').toBe(url);
  expect(new URL(address).searchParams.has('embed')).toBe(false);
  expect(accessed).toBe(today);

  const bibtex = await blockText(page, 'cite-atlas-bibtex');
  expect(bibtex.startsWith(`@misc{medllm-atlas:${VERSION},`), bibtex).toBe(true);
  expect(bibtex).toContain(`title = {${viewName} (`);
  expect(bibtex).toContain(`url = {${url}}`);
  expect(bibtex).toContain(`urldate = {${today}}`);
  expect(bibtex).toContain(`howpublished = {MedLLM Atlas, data version ${VERSION}}`);
  expect(bracesBalance(bibtex), bibtex).toBe(true);

  const gbt = await blockText(page, 'cite-atlas-gbt');
  expect(gbt.startsWith(`MedLLM Atlas. ${viewName} (`), gbt).toBe(true);
  expect(gbt).toContain(`[EB/OL]. (${VERSION})[${today}]. ${url}.`);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('in 中文 the view\'s citation is Chinese, with the data version', async ({ page }) => {
  const atlas = new Atlas(page);
  // The canonical form of the address (lang before the filters), so the page keeps it as it is.
  await atlas.open('?view=models&lang=zh&category=pathology');
  await atlas.expectView('models');
  await openCite(page, atlas);
  const viewName = (await atlas.tab('models').textContent()).trim();
  expect(viewName).toBe('模型');
  const url = page.url();
  const today = await pageToday(page);
  const text = (await blockText(page, 'cite-atlas')).trim();
  // The filters in full-width brackets.
  const m = text.match(/^MedLLM Atlas，“(.+?)”（(.+)），数据版本 (\S+)。(\S+)（访问于(\d{4}-\d\d-\d\d)）。$/);
  expect(m, text).not.toBeNull();
  const [, view, filters, version, address, accessed] = m;
  expect(view).toBe(viewName);
  expect(filters).toContain(pathology.name_zh);
  expect(version).toBe(VERSION);
  expect(address).toBe(url);
  expect(accessed).toBe(today);
  await expect(page.getByTestId('cite-atlas').getByTestId('cite-atlas-copy')).toHaveText('复制');
  expect(await blockText(page, 'cite-atlas-gbt')).toContain(`[EB/OL]. (${VERSION})[${today}]. ${url}.`);
});
