// Dark mode: `theme=dark` sets data-theme="dark" on <html> and the charts paint on a dark
// background; a dark colour-scheme preference does the same without the parameter; and
// `theme=light` wins over a dark preference.
import { test, expect, expectPainted } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { shotPath } from './support/files.mjs';

/** Relative luminance (0 black … 1 white) of an [r, g, b] colour. */
function luminance([r, g, b]) {
  const ch = (v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
}

/** Luminance of the chart canvas's background (a pixel in its top-left padding). */
function canvasBackground(chart) {
  return chart.locator('canvas').evaluate((c) => Array.from(c.getContext('2d').getImageData(2, 2, 1, 1).data.slice(0, 3))).then(luminance);
}

/** Luminance of the page's background colour. */
function pageBackground(page) {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number)).then(luminance);
}

async function expectTheme(page, theme) {
  const atlas = new Atlas(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await expectPainted(atlas.categoryChart);
  const dark = (l) => (theme === 'dark' ? l < 0.05 : l > 0.8);
  await expect.poll(async () => dark(await canvasBackground(atlas.categoryChart)), { message: `${theme} chart background` }).toBe(true);
  await expect.poll(async () => dark(await canvasBackground(atlas.surveyChart)), { message: `${theme} survey chart background` }).toBe(true);
  expect(dark(await pageBackground(page)), `${theme} page background`).toBe(true);
}

test('theme=dark paints the page and the charts dark', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?theme=dark');
  await expectTheme(page, 'dark');
  await page.screenshot({ path: shotPath('overview-dark-1280.png'), fullPage: true });
});

test('without the parameter the light scheme is light', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const atlas = new Atlas(page);
  await atlas.open();
  await expectTheme(page, 'light');
});

test.describe('with a dark colour-scheme preference', () => {
  test.use({ colorScheme: 'dark' });

  test('the page follows it without a parameter', async ({ page }) => {
    const atlas = new Atlas(page);
    await atlas.open();
    await expectTheme(page, 'dark');
  });

  test('theme=light overrides it', async ({ page }) => {
    const atlas = new Atlas(page);
    await atlas.open('?theme=light');
    await expectTheme(page, 'light');
  });
});
