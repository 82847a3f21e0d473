// The one-file offline copy (dist/medllm-atlas-offline.html) opened straight from disk: the atlas
// runs under the file's own strict CSP with nothing else to load — heading and painted charts,
// the Models view and a filter work, no console error and no CSP violation.
import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { test, expect, expectPainted } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, select, TABLE_PAGE } from './support/data.mjs';
import { DIST } from './support/files.mjs';

const FILE = path.join(DIST, 'medllm-atlas-offline.html');
const models = loadModels();
const TOTAL = models.length;

test('the offline copy works from file:// under its CSP', async ({ page }, testInfo) => {
  const size = statSync(FILE).size;
  testInfo.annotations.push({ type: 'one-file size', description: `${size} bytes (${(size / 1048576).toFixed(2)} MiB)` });

  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));

  const url = pathToFileURL(FILE).href;
  await page.goto(url);
  const atlas = new Atlas(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MedLLM Atlas');
  await expect(page.locator('#boot')).toHaveCount(0);
  await expectPainted(atlas.surveyChart);
  await expectPainted(atlas.categoryChart);

  await atlas.tab('models').click();
  await atlas.expectView('models');
  await atlas.expectCount(TOTAL, TOTAL);
  await atlas.checkbox('category', 'pathology').check();
  const expected = select(models, { categories: ['pathology'] });
  await atlas.expectCount(expected.length, TOTAL);
  await expect(atlas.tableRows).toHaveCount(Math.min(expected.length, TABLE_PAGE));
  expect((await atlas.allRowIds()).sort()).toEqual(expected.map((m) => m.id).sort());

  expect(await page.evaluate(() => window.__cspViolations), 'CSP violations').toEqual([]);
  // Nothing but the file itself (and inline data: URLs) was requested.
  expect(requests.filter((r) => !r.startsWith('data:') && r.split('?')[0] !== url)).toEqual([]);
});
