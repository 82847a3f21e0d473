// The Embed dialog offers "This view" or one chart of the view, by the chart's title; the snippet
// of a chart is its one-chart embed with the view's filters, and its height is the embed's own
// height measured at the width the editor gives, so a host page draws it at once without a resize.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';

function parseSnippet(snippet) {
  const decode = (v) => v.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const [m] = [...snippet.matchAll(/<iframe\b([^>]*)>/g)];
  return Object.fromEntries([...m[1].matchAll(/([a-zA-Z-]+)="([^"]*)"/g)].map(([, k, v]) => [k.toLowerCase(), decode(v)]));
}

const snippet = (page) => page.locator('#embed-frame-text').inputValue().then(parseSnippet);

test('the dialog lists the view and each of its charts by title; a chart gives its one-chart embed', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?kind=hospital');
  await page.getByTestId('lineage-card').waitFor();
  const titles = await page.locator('main figure.card').evaluateAll((fs) => fs.map((f) => [f.dataset.chart, f.querySelector('h2').textContent]));
  await atlas.embedButton.click();
  const choice = page.getByTestId('embed-choice');
  const labels = await choice.locator('label').allTextContents();
  expect(labels.map((l) => l.trim())).toEqual(['This view: Overview', ...titles.map(([, t]) => t)]);
  expect((await snippet(page)).src).not.toContain('chart=');

  const [id, title] = titles.find(([c]) => c === 'province');
  await choice.getByLabel(title).check();
  const frame = await snippet(page);
  const src = new URL(frame.src);
  // The chart's page of the one-chart embed build, beside the atlas, with the view's filters.
  expect(src.origin + src.pathname).toBe(new URL(`embed/${id}.html`, page.url()).href);
  expect(src.searchParams.get('kind')).toBe('hospital');
  expect(frame.title).toBe(`MedLLM Atlas — ${title}`);
});

test('the snippet\'s height is the embed\'s height at the chosen width: the host page needs no resize', async ({ page, browser, baseURL }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=timeline&kind=university');
  await atlas.embedButton.click();
  const title = await page.getByTestId('timeline-card').locator('h2').textContent();
  await page.getByTestId('embed-choice').getByLabel(title).check();
  for (const width of [640, 420]) {
    await page.locator('#embed-width').fill(String(width));
    await page.locator('#embed-width').dispatchEvent('change');
    await expect(page.getByTestId('embed-height')).toContainText(`At ${width} px wide the frame is `, { timeout: 15_000 });
    const said = Number((await page.getByTestId('embed-height').textContent()).match(/is (\d+) px tall/)[1]);
    const frame = await snippet(page);
    expect(Number(frame.height)).toBe(said);
    // The embed in a host page, at that width, without the host script: its content fits the
    // frame exactly as the snippet sized it.
    const host = await browser.newContext({ baseURL });
    const hostPage = await host.newPage();
    const url = new URL('__article.html', baseURL).href;
    await hostPage.route(url, (route) => route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><body style="margin:0"><iframe src="${frame.src.replace(/&/g, '&amp;')}" width="${width}" height="${frame.height}" style="border:0"></iframe>`,
    }));
    await hostPage.goto(url);
    const inner = hostPage.frameLocator('iframe');
    await inner.locator('main figure.card canvas').waitFor();
    const content = await inner.locator('body').evaluate(() => Math.ceil(document.querySelector('.embed-root').getBoundingClientRect().height));
    expect(Math.abs(content - said), `content ${content} px in a ${said} px frame at ${width} px`).toBeLessThanOrEqual(1);
    await host.close();
  }
});
