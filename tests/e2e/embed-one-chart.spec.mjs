// One chart per embed (`embed=1&chart=ID`): exactly one card — its title, the filters in words
// under it, its finding, the chart, its notes, source and data version, PNG/SVG and "Open in
// MedLLM Atlas" (the same state without embed and chart) — for every id of the README's table, in
// both languages. An unknown id is dropped with the notice and the embed shows its view. Without
// embed, `chart=` opens the card's view with the card in sight and focused.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, select, chartIds, dataSummary, formatInt } from './support/data.mjs';

const models = loadModels();
const TOTAL = models.length;
const ids = chartIds();

/** The canvas of the card has content (pixels other than its background). */
const painted = (page) => page.locator('main figure.card canvas').evaluate((c) => {
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let other = 0;
  for (let i = 0; i < d.length; i += 4) if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) other++;
  return c.width > 0 && other > 0;
});

test('the README names the charts: the overview\'s, the timeline and each story\'s', () => {
  for (const id of ['survey', 'functions', 'category', 'base', 'kind', 'specialty', 'modality', 'timeline', 'province']) expect(ids).toContain(id);
  expect(ids.filter((id) => /^(pathology|hospitals)-/.test(id)).length).toBeGreaterThanOrEqual(4);
});

for (const lang of ['en', 'zh']) {
  test(`embed=1&chart=… shows exactly one card for every id · ${lang}`, async ({ page }) => {
    const atlas = new Atlas(page);
    for (const id of ids) {
      await atlas.open(`?embed=1&chart=${id}&lang=${lang}`);
      const cards = page.locator('main figure.card');
      await expect(cards, id).toHaveCount(1);
      await expect(cards).toHaveAttribute('data-chart', id);
      await expect(cards.locator('h2')).not.toBeEmpty();
      await expect.poll(() => painted(page), { message: `${id} drawn` }).toBe(true);
      // No explorer around it: no tabs, filter panel, table or toolbar.
      await expect(page.locator('nav.tabs, #filter-panel, [data-testid=models-table], [data-testid=toolbar]')).toHaveCount(0);
      // The downloads, the source and data version, and the way back to the atlas.
      await expect(cards.locator('.chart-downloads button')).toHaveCount(2);
      await expect(page.getByTestId('embed-version')).toHaveText(dataSummary(lang));
      const open = new URL(await page.getByTestId('open-in-atlas').getAttribute('href'), page.url());
      expect(open.searchParams.get('embed'), id).toBeNull();
      expect(open.searchParams.get('chart'), id).toBeNull();
      expect(open.searchParams.get('lang')).toBe(lang);
      // Unfiltered: nothing to state.
      await expect(page.getByTestId('filter-statement')).toHaveCount(0);
    }
  });
}

test('a filtered one-chart embed says its filter in words under the title, and the caveat follows the selection', async ({ page }) => {
  const atlas = new Atlas(page);
  const n = select(models, { kinds: ['hospital'] }).length;
  await atlas.open('?embed=1&chart=functions&kind=hospital');
  const card = page.locator('main figure.card');
  await expect(card.getByTestId('filter-statement')).toHaveText(`Developer kind: Hospital · ${formatInt(n)} of ${formatInt(TOTAL)} models`);
  // Right under the title.
  expect(await card.evaluate((f) => f.querySelector('h2').nextElementSibling.dataset.testid)).toBe('filter-statement');
  // The caveat names this selection's developers, not the whole sample's lean.
  await expect(card.getByTestId('function-caveat')).toContainText(`these ${formatInt(n)} documented models`);
  await expect(card.getByTestId('function-caveat')).toContainText(`Hospital ${formatInt(n)}`);
  await expect(card.getByTestId('function-caveat')).not.toContainText('University');

  await atlas.open(`?embed=1&chart=province&kind=hospital,university&q=${encodeURIComponent('<b>x</b>')}&lang=zh`);
  const m = select(models, { kinds: ['hospital', 'university'], q: '<b>x</b>' }).length;
  await expect(page.getByTestId('filter-statement')).toHaveText(`开发方类型：医院、高校 · 搜索：“<b>x</b>” · ${formatInt(TOTAL)}个模型中的${formatInt(m)}个`);
});

test('an unknown chart id is dropped with the notice and the embed shows its view', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?embed=1&chart=no-such-chart&view=timeline');
  await expect(atlas.notice).toContainText('chart=no-such-chart');
  await expect(atlas.main).toHaveAttribute('data-view', 'timeline');
  await expect(page.getByTestId('timeline-chart')).toBeVisible();
});

test('without embed, chart= opens the chart\'s view with the card in sight and focused', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?chart=modality&view=models');
  await atlas.expectView('overview');
  const card = page.getByTestId('modality-chart-card');
  await expect(card).toBeFocused();
  await expect(card).toBeInViewport();
  await atlas.open('?chart=timeline');
  await atlas.expectView('timeline');
  await expect(page.getByTestId('timeline-card')).toBeFocused();
});

test('a filtered view says its filter in words beside the chips; the whole-view embed in their place', async ({ page }) => {
  const atlas = new Atlas(page);
  const n = select(models, { kinds: ['hospital'], categories: ['pathology'] }).length;
  const words = `Category (atlas): Pathology · Developer kind: Hospital · ${formatInt(n)} of ${formatInt(TOTAL)} models`;
  await atlas.open('?view=models&kind=hospital&category=pathology');
  await expect(page.locator('.result-bar').getByTestId('filter-statement')).toHaveText(words);
  await atlas.open('?view=models&kind=hospital&category=pathology&embed=1');
  await expect(page.getByTestId('filter-statement')).toHaveText(words);
  await expect(page.getByTestId('active-filters')).toHaveCount(0);
  await atlas.open('?view=models');
  await expect(page.getByTestId('filter-statement')).toHaveCount(0);
});
