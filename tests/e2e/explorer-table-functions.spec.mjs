// Issue 22: the functions column is a short cell, "Medical Q&A · triage · +3": the first two of a
// model's functions and how many more (in 中文 with 、 and "等N项", N all of them); the full
// list is in the provenance panel. Every listed row, both languages, from data/models.csv.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, TABLE_PAGE } from './support/data.mjs';

const models = loadModels();
const byId = new Map(models.map((m) => [m.id, m]));
const SHOWN = 2;

/** The short cell as [named, rest] for a model's functions. */
function short(fs, lang) {
  if (fs.length === 0) return ['—', ''];
  const head = fs.slice(0, SHOWN);
  const more = fs.length - head.length;
  return lang === 'zh'
    ? [head.join('、'), more > 0 ? `等${fs.length}项` : '']
    : [head.join(' · '), more > 0 ? ` · +${more}` : ''];
}

for (const lang of ['en', 'zh']) {
  test(`${lang}: each row's functions cell names the first two and counts the rest`, async ({ page }) => {
    const atlas = new Atlas(page);
    await atlas.open(`?view=models&lang=${lang}`);
    await expect(atlas.tableRows).toHaveCount(Math.min(models.length, TABLE_PAGE));
    const cells = await atlas.tableRows.evaluateAll((rows) => rows.map((r) => ({
      id: r.dataset.id,
      head: r.querySelector('.fn-head').textContent,
      rest: r.querySelector('.fn-rest').textContent,
    })));
    expect(cells.some((c) => c.rest !== ''), 'some model has more than two functions').toBe(true);
    for (const c of cells) expect([c.head, c.rest], c.id).toEqual(short(byId.get(c.id).functionsList, lang));
  });
}

test('the count stays in view when the names are cut', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 900 });
  const atlas = new Atlas(page);
  await atlas.open('?view=models');
  const m = models.slice(0, TABLE_PAGE).find((x) => x.functionsList.length > SHOWN);
  const cell = atlas.row(m.id).locator('td[data-col=functions]');
  const [box, rest] = await Promise.all([cell.boundingBox(), cell.locator('.fn-rest').boundingBox()]);
  expect(rest.width).toBeGreaterThan(0);
  expect(rest.x + rest.width, 'the count ends inside its cell').toBeLessThanOrEqual(box.x + box.width + 0.5);
  expect(rest.y + rest.height).toBeLessThanOrEqual(box.y + box.height + 0.5);
});
