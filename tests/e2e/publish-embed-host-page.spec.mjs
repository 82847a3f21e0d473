// Embedded in a real article: a host page on the same server with an <iframe> of the atlas in embed
// mode and the host script exactly as the embed dialog shows it. The frame's height follows its
// content (more rows, fewer rows, a narrower page) and the frame never needs a scrollbar of its own.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, select, TABLE_PAGE } from './support/data.mjs';
import { shotPath } from './support/files.mjs';

const models = loadModels();
// The table lists its first page of rows.
const hospitalRows = Math.min(select(models, { kinds: ['hospital'] }).length, TABLE_PAGE);

const parentHtml = (hostScript, src) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>An article that embeds the atlas</title>
<link rel="icon" href="data:,">
<style>
  body { font: 17px/1.6 Georgia, serif; max-width: 880px; margin: 24px auto; padding: 0 16px; color: #222; }
  iframe { display: block; border: 1px solid #999; }
</style>
</head>
<body>
<h1>Medical AI models in China</h1>
<p>The article's text before the figure.</p>
<iframe id="atlas" src="${src}" title="MedLLM Atlas — Models" width="100%" height="600" style="border:0"></iframe>
<p>The article's text after the figure.</p>
${hostScript}
</body>
</html>`;

/** The frame as the host sees it, and the content's own sizes inside the frame. */
async function measure(frameEl, frame) {
  const outer = await frameEl.evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => {
    const d = document.documentElement;
    return {
      content: Math.ceil(document.body.getBoundingClientRect().height),
      scrollHeight: d.scrollHeight, clientHeight: d.clientHeight,
      scrollWidth: d.scrollWidth, clientWidth: d.clientWidth,
      rows: document.querySelectorAll('[data-testid=models-table] tbody tr').length,
    };
  });
  return { outer, ...inner };
}

/** Waits until the frame is as tall as its content, then checks it has nothing to scroll. */
async function expectFitted(frameEl, frame, rows) {
  await expect.poll(async () => (await measure(frameEl, frame)).rows, { message: 'rows in the frame' }).toBe(rows);
  await expect.poll(async () => {
    const m = await measure(frameEl, frame);
    return Math.abs(m.outer - m.content);
  }, { message: 'frame height equals its content height' }).toBeLessThanOrEqual(1);
  const m = await measure(frameEl, frame);
  expect(m.scrollHeight, 'no vertical scrollbar inside the frame').toBeLessThanOrEqual(m.clientHeight + 1);
  expect(m.scrollWidth, 'no horizontal scrollbar inside the frame').toBeLessThanOrEqual(m.clientWidth + 1);
  return m.outer;
}

test('the host script keeps the frame as tall as its content', async ({ page, browser, baseURL, watched }) => {
  // The script exactly as the dialog offers it, read in another context: the atlas page registers
  // its service worker, which would then fetch the host page past page.route.
  const reader = await browser.newContext({ baseURL });
  const readerPage = await reader.newPage();
  readerPage.on('pageerror', (e) => watched.errors.push(`dialog page: ${e.message}`));
  const atlas = new Atlas(readerPage);
  await atlas.open();
  await atlas.embedButton.click();
  const hostScript = await readerPage.locator('#embed-script-text').inputValue();
  await reader.close();
  expect(hostScript).toMatch(/^<script>[\s\S]*<\/script>$/);

  const parentUrl = new URL('__parent.html', baseURL).href;
  await page.route(parentUrl, (route) => route.fulfill({
    status: 200, contentType: 'text/html; charset=utf-8', body: parentHtml(hostScript, './?embed=1&view=models'),
  }));
  await page.goto(parentUrl);
  const frameEl = page.locator('iframe#atlas');
  const frame = await (await frameEl.elementHandle()).contentFrame();
  await frame.waitForSelector('[data-testid=embed-footer]');

  // Every row of the first page: far taller than the 600 px the snippet starts with.
  const all = await expectFitted(frameEl, frame, Math.min(models.length, TABLE_PAGE));
  expect(all).toBeGreaterThan(600);

  // A filter in the frame's address: fewer rows, a shorter frame.
  await frame.goto(new URL('./?embed=1&view=models&kind=hospital', baseURL).href);
  await frame.waitForSelector('[data-testid=embed-footer]');
  const fewer = await expectFitted(frameEl, frame, hospitalRows);
  expect(fewer, 'the frame shrank with the rows').toBeLessThan(all);
  await page.screenshot({ path: shotPath('embed-in-parent.png'), fullPage: true });

  // A narrower article: the content wraps, the frame grows to match.
  await page.setViewportSize({ width: 560, height: 900 });
  const narrow = await expectFitted(frameEl, frame, hospitalRows);
  expect(narrow, 'the frame grew as its content wrapped').toBeGreaterThan(fewer);
});
