// CSV downloads: "Download these models (CSV)" gives exactly the filtered rows in the schema of
// data/models.csv, each with its http(s) source address, in a file named after the view and the
// day; "Download survey figures (CSV)" gives every metric of data/survey_figures.csv. Both end with
// a column `data_version` holding the current data version (the latest `version` of
// data/changes.csv), which the atlas's loader ignores when the file is opened again.
// (Formula neutralisation of cells is covered by the native tests in src/core/export.rs.)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, parseCsv, parseCsvRows, readCsv, select, list, currentVersion } from './support/data.mjs';
import { pageToday } from './support/files.mjs';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data');
const headerOf = (file) => parseCsvRows(readFileSync(path.join(DATA, file), 'utf8'))[0].map((h) => h.trim());

const models = loadModels();
const byId = new Map(readCsv('models.csv').map((r) => [r.id, r]));
const LIST_COLUMNS = new Set(['partners', 'functions', 'specialty']);
const VERSION = currentVersion();

test('Download these models (CSV) holds exactly the filtered rows, with sources', async ({ page }) => {
  const filters = { kinds: ['hospital'], categories: ['clinical-decision', 'medical-imaging'] };
  const expected = select(models, filters);
  expect(expected.length, 'the filter keeps some models').toBeGreaterThan(1);
  expect(expected.length).toBeLessThan(models.length);

  const atlas = new Atlas(page);
  await atlas.open('?view=timeline');
  await atlas.kindSelect.selectOption('hospital');
  await atlas.checkbox('category', 'clinical-decision').check();
  await atlas.checkbox('category', 'medical-imaging').check();
  await atlas.expectCount(expected.length, models.length);

  const file = await atlas.download(atlas.downloadModelsButton);
  const today = await pageToday(page);
  expect(file.name).toContain('timeline');
  expect(file.name).toContain(today);
  expect(file.name).toMatch(/\.csv$/);

  const text = file.body.toString('utf8');
  const [header] = parseCsvRows(text);
  expect(header, 'the header of data/models.csv, then data_version').toEqual([...headerOf('models.csv'), 'data_version']);
  const rows = parseCsv(text);
  const ids = rows.map((r) => r.id);
  expect(new Set(ids).size, 'no row twice').toBe(ids.length);
  expect([...ids].sort()).toEqual(expected.map((m) => m.id).sort());

  for (const row of rows) {
    expect(row.source_url, `${row.id}: source_url`).toMatch(/^https?:\/\/\S+$/);
    // Every cell as the bundled file has it (lists compared item by item).
    const original = byId.get(row.id);
    expect(row.data_version, `${row.id}: data_version`).toBe(VERSION);
    for (const col of headerOf('models.csv')) {
      if (LIST_COLUMNS.has(col)) expect(list(row[col]), `${row.id}.${col}`).toEqual(list(original[col]));
      else expect(row[col], `${row.id}.${col}`).toBe(original[col]);
    }
  }
});

test('Download survey figures (CSV) has every metric of data/survey_figures.csv', async ({ page }) => {
  const figures = readCsv('survey_figures.csv');
  const atlas = new Atlas(page);
  await atlas.open();
  const file = await atlas.download(atlas.downloadSurveyButton);
  expect(file.name).toContain('survey');
  expect(file.name).toContain(await pageToday(page));
  expect(file.name).toMatch(/\.csv$/);

  const text = file.body.toString('utf8');
  const [header] = parseCsvRows(text);
  expect(header.at(-1), 'the last column').toBe('data_version');
  const rows = parseCsv(text);
  expect(rows.map((r) => r.metric).sort()).toEqual(figures.map((f) => f.metric).sort());
  for (const row of rows) expect(row.data_version, `${row.metric}: data_version`).toBe(VERSION);
  const sources = new Map(readCsv('sources.csv').map((s) => [s.id, s]));
  for (const f of figures) {
    const row = rows.find((r) => r.metric === f.metric);
    for (const col of ['value', 'unit', 'scope', 'source_id', 'quote']) expect(row[col], `${f.metric}.${col}`).toBe(f[col]);
    expect(row.source_url, `${f.metric}: the source's address`).toBe(sources.get(f.source_id).url);
  }
});

test('the downloaded models CSV, data_version and all, opens again in the atlas as a clean file', async ({ page }) => {
  const filters = { kinds: ['hospital'] };
  const expected = select(models, filters);
  expect(expected.length).toBeGreaterThan(1);
  const atlas = new Atlas(page);
  await atlas.open('?view=models&kind=hospital');
  await atlas.expectCount(expected.length, models.length);
  const file = await atlas.download(atlas.downloadModelsButton);
  expect(parseCsvRows(file.body.toString('utf8'))[0].at(-1)).toBe('data_version');

  await atlas.chooseFile({ name: file.name, mimeType: 'text/csv', buffer: file.body });
  // The extra column is no problem: the file loads directly, without a review.
  await expect(atlas.userBanner).toContainText(`Viewing your file ${file.name} · ${expected.length} models`);
  await expect(atlas.fileReview).toBeHidden();
  await atlas.expectCount(expected.length, expected.length);
  expect((await atlas.allRowIds()).sort()).toEqual(expected.map((m) => m.id).sort());
});
