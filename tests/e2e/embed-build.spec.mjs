// The one-chart embed build (dist/embed/<chart>.html, the `embed` feature): the page editors paste.
// Every chart has its page; unfiltered it shows its chart drawn at build time at once and the app
// then takes its place without moving it; filtered it draws the chart with its filter in words;
// it links back to the atlas; and it downloads far less than the atlas.
import { test, expect } from './support/fixtures.mjs';
import { holdWasm, box } from './support/boot.mjs';
import { loadModels, select, chartIds, formatInt, dataSummary } from './support/data.mjs';

const models = loadModels();
const TOTAL = models.length;
const ids = chartIds();

test('every chart has its page, which shows that chart alone and links to the atlas', async ({ page }) => {
  for (const id of ids) {
    await page.goto(`./embed/${id}.html?lang=zh`);
    const card = page.locator('main#main figure.card');
    await expect(card, id).toHaveCount(1);
    await expect(card).toHaveAttribute('data-chart', id);
    await expect(card.locator('canvas')).toBeVisible();
    await expect(page.getByTestId('embed-version')).toHaveText(dataSummary('zh'));
    const open = new URL(await page.getByTestId('open-in-atlas').getAttribute('href'), page.url());
    expect(open.pathname, id).toBe(new URL('../', page.url()).pathname);
    expect(open.searchParams.get('lang')).toBe('zh');
    expect(open.searchParams.get('chart')).toBeNull();
    expect(open.searchParams.get('embed')).toBeNull();
  }
});

for (const width of [640, 390]) {
  test(`${width} px: an unfiltered chart page shows its chart at once, then the app draws it in the same place`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const release = await holdWasm(page);
    await page.goto('./embed/province.html');
    const pre = page.locator('.prerender[lang="en"]');
    await expect(pre).toBeVisible();
    await expect(page.locator('#boot')).toBeHidden();
    const svg = pre.locator('[data-chart="province"] svg:visible');
    await expect(svg).toHaveCount(1);
    const before = await box(svg);
    release();
    await page.locator('main#main').waitFor();
    await expect(page.locator('.prerender')).toHaveCount(0);
    await expect.poll(() => box(page.getByTestId('province-chart').locator('canvas'))).toEqual(before);
  });
}

test('a filtered chart page shows the loading line, then the chart with its filter in words', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('./embed/kind.html?category=pathology');
  await expect(page.locator('#boot')).toBeVisible();
  for (const lang of ['en', 'zh-CN']) await expect(page.locator(`.prerender[lang="${lang}"]`)).toBeHidden();
  release();
  const n = select(models, { categories: ['pathology'] }).length;
  await expect(page.getByTestId('filter-statement')).toHaveText(`Category (atlas): Pathology · ${formatInt(n)} of ${formatInt(TOTAL)} models`);
  // Clicking a bar filters the embed too.
  await page.getByTestId('kind-chart').locator('.hit[data-key="hospital"]').click();
  const m = select(models, { categories: ['pathology'], kinds: ['hospital'] }).length;
  await expect(page.getByTestId('filter-statement')).toHaveText(`Category (atlas): Pathology · Developer kind: Hospital · ${formatInt(m)} of ${formatInt(TOTAL)} models`);
});

test('the embed downloads less than half of what the atlas downloads', async ({ browser, baseURL }) => {
  const bytes = async (path) => {
    const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
    const page = await context.newPage();
    // The served length of every response (python's server sends Content-Length), read before
    // the context closes: a header read still pending then would count nothing.
    const lengths = [];
    page.on('response', (r) => lengths.push(r.headerValue('content-length')));
    await page.goto(path);
    await page.locator('main#main canvas').first().waitFor();
    await page.waitForLoadState('networkidle');
    const total = (await Promise.all(lengths)).reduce((sum, n) => sum + Number(n ?? 0), 0);
    await context.close();
    return total;
  };
  const [embed, atlas] = [await bytes('./embed/kind.html?kind=hospital'), await bytes('./?embed=1&chart=kind&kind=hospital')];
  expect(embed * 2, `embed ${embed} bytes, atlas ${atlas} bytes`).toBeLessThan(atlas);
});
