// Issue 22: on a 390 px phone the models table is a list of cards: name (and the other name),
// developer, then kind · category · released · "N functions", each card exactly as tall as what it
// shows (before, every row kept the height of its hidden columns: 100–200 px of blank a model),
// and nothing scrolls sideways. The name still opens the provenance panel.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, KIND_LABEL, categoryLabel, TABLE_PAGE, sortModels } from './support/data.mjs';

const models = loadModels();
const byId = new Map(models.map((m) => [m.id, m]));

test.use({ viewport: { width: 390, height: 844 } });

test('cards: no sideways scroll and every card as tall as its content', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=models');
  await expect(atlas.tableRows).toHaveCount(Math.min(models.length, TABLE_PAGE));
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'page scroll width within the window').toBe(true);
  const { wrap, rows } = await atlas.tableLayout();
  expect(wrap.scrollWidth).toBeLessThanOrEqual(wrap.clientWidth);
  for (const r of rows) expect(Math.abs(r.height - r.content), `${r.id}: height ${r.height} for content ${r.content}`).toBeLessThanOrEqual(2);
  // A card is a few lines, not a column's worth of blank.
  const tallest = Math.max(...rows.map((r) => r.height));
  expect(tallest).toBeLessThan(200);
});

test('a card shows name, developer, kind · category · released · functions count', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=models&sort=-released');
  // The newest model: dated, with several functions.
  const m = sortModels(models, 'released', true)[0];
  const card = atlas.row(m.id);
  await expect(card.locator('.primary-name')).toHaveText(m.name);
  await expect(card.locator('[data-col=developer]')).toHaveText(m.developer);
  await expect(card.locator('[data-col=kind]')).toHaveText(KIND_LABEL[m.developer_kind]);
  await expect(card.locator('[data-col=category]')).toHaveText(categoryLabel(m.category));
  await expect(card.locator('[data-col=released] time')).toHaveAttribute('datetime', m.released);
  const n = m.functionsList.length;
  await expect(card.locator('.fn-count')).toBeVisible();
  await expect(card.locator('.fn-count')).toHaveText(n === 1 ? '1 function' : `${n} functions`);
  // What a card leaves to the panel.
  for (const col of ['specialty', 'open']) await expect(card.locator(`[data-col=${col}]`)).toBeHidden();
  await expect(card.locator('.fn-head')).toBeHidden();
  // Kind, category, released and the count run as a line of text under the developer: each part
  // to the right of the one before it, or wrapped to a line below.
  const boxes = await Promise.all(['[data-col=developer]', '[data-col=kind]', '[data-col=category]', '[data-col=released]', '.fn-count']
    .map((sel) => card.locator(sel).boundingBox()));
  expect(boxes[1].y, 'the line starts under the developer').toBeGreaterThanOrEqual(boxes[0].y + boxes[0].height - 1);
  for (let i = 2; i < boxes.length; i++) {
    const [a, b] = [boxes[i - 1], boxes[i]];
    const sameLine = Math.abs(a.y - b.y) < 2 && b.x >= a.x + a.width - 1;
    expect(sameLine || b.y >= a.y + a.height - 1, `part ${i} follows part ${i - 1}`).toBe(true);
  }

  await atlas.openButton(m.id).click();
  await expect(atlas.provenance).toBeVisible();
  await atlas.expectParam('model', m.id);
  expect(byId.get(m.id)).toBeTruthy();
});
