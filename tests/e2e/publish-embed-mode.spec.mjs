// Embed mode (`embed=1`): only the view's content, without the header, tabs, filter panel or
// toolbar, and a footer with the survey's citation, the data version line and a link that opens
// the same state in the full atlas (the same query without `embed`).
import { test, expect, expectPainted } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadSources, readCsv, select, dataSummary, TABLE_PAGE } from './support/data.mjs';

const models = loadModels();
const TOTAL = models.length;
const surveySourceId = readCsv('survey_figures.csv').find((f) => f.metric === 'models_surveyed').source_id;
const survey = loadSources().find((s) => s.id === surveySourceId);

/** The state a URL asks for: its query parameters as sorted [name, value] pairs, without `embed`. */
function stateOf(url) {
  // Values of a list parameter in any order mean the same state.
  const params = [...new URL(url).searchParams].filter(([k]) => k !== 'embed').map(([k, v]) => [k, v.split(',').sort().join(',')]);
  // The overview is the default view; a canonical link may leave it out.
  return params.filter(([k, v]) => !(k === 'view' && v === 'overview')).sort(([a], [b]) => a.localeCompare(b));
}

/** Checks the chrome is absent and the footer cites the survey and links back without `embed`. */
async function expectEmbedded(page, atlas) {
  await expect(atlas.embedFooter).toBeVisible();
  await expect(page.locator('header.site-header')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(atlas.tabs).toHaveCount(0);
  await expect(atlas.filterPanel).toHaveCount(0);
  await expect(atlas.filtersToggle).toHaveCount(0);
  await expect(atlas.toolbar).toHaveCount(0);

  const citation = atlas.embedFooter.locator('.citation');
  await expect(citation).toContainText(survey.publisher);
  await expect(citation).toContainText(survey.published);
  const source = citation.getByRole('link');
  await expect(source).toHaveText(`“${survey.title}”`);
  await expect(source).toHaveAttribute('href', survey.url);

  // The data version and its counts, from data/changes.csv and data/models.csv.
  await expect(atlas.embedFooter.getByTestId('embed-version')).toHaveText(dataSummary('en'));

  const open = atlas.embedFooter.getByRole('link', { name: /Open in MedLLM Atlas/ });
  await expect(open).toBeVisible();
  await expect(open).toHaveAttribute('target', '_blank');
  const href = await open.evaluate((a) => a.href);
  const here = new URL(page.url());
  const there = new URL(href);
  expect(there.origin + there.pathname, 'the link opens the same page').toBe(here.origin + here.pathname);
  expect(there.searchParams.has('embed'), 'the link leaves embed mode').toBe(false);
  expect(stateOf(href), 'the link keeps every other parameter').toEqual(stateOf(page.url()));
  return open;
}

test('embed=1&view=overview shows the charts without chrome and a citing footer', async ({ page }) => {
  const atlas = new Atlas(page);
  await page.goto('./?embed=1&view=overview');
  await expect(atlas.main).toHaveAttribute('data-view', 'overview');
  await expectPainted(atlas.surveyChart);
  await expectPainted(atlas.categoryChart);
  await expectEmbedded(page, atlas);
});

test('the footer link opens the same filtered state in the full atlas', async ({ page, watched }) => {
  const atlas = new Atlas(page);
  const filters = { categories: ['pathology', 'clinical-decision'], kinds: ['hospital'] };
  const expected = select(models, filters).length;
  expect(expected, 'the filter keeps some models').toBeGreaterThan(0);
  await page.goto('./?embed=1&view=models&category=pathology,clinical-decision&kind=hospital');
  await expect(atlas.main).toHaveAttribute('data-view', 'models');
  await expect(atlas.tableRows).toHaveCount(Math.min(expected, TABLE_PAGE));
  const open = await expectEmbedded(page, atlas);

  const [popup] = await Promise.all([page.waitForEvent('popup'), open.click()]);
  popup.on('pageerror', (e) => watched.errors.push(`popup: ${e.message}`));
  popup.on('console', (m) => { if (m.type() === 'error') watched.errors.push(`popup console: ${m.text()}`); });
  const full = new Atlas(popup);
  await popup.getByRole('heading', { level: 1 }).waitFor();
  await full.expectView('models');
  await full.expectCount(expected, TOTAL);
  await expect(full.checkbox('category', 'pathology')).toBeChecked();
  await expect(full.checkbox('category', 'clinical-decision')).toBeChecked();
  await expect(full.kindSelect).toHaveValue('hospital');
  await expect(full.embedFooter).toHaveCount(0);
  expect(new URL(popup.url()).searchParams.has('embed')).toBe(false);
  await popup.close();
});

test('in 中文 the embed footer gives the data version line in Chinese', async ({ page }) => {
  const atlas = new Atlas(page);
  await page.goto('./?embed=1&view=models&lang=zh');
  await expect(atlas.main).toHaveAttribute('data-view', 'models');
  await expect(atlas.embedFooter.getByTestId('embed-version')).toHaveText(dataSummary('zh'));
  await expect(atlas.embedFooter.getByTestId('open-in-atlas')).toContainText('在 MedLLM Atlas 中打开');
});
