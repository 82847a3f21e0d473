// The build-time first screen (src/core/first_screen.rs): while the WASM loads, the default
// overview's headline and charts are already on the page as static HTML, in the language and
// colours the app will use, exactly where the app then draws them; any other address shows the
// loading line instead; without JavaScript the English first screen stays.
import { test, expect } from './support/fixtures.mjs';
import { holdWasm, box } from './support/boot.mjs';
import { Atlas } from './support/atlas.mjs';
import { surveyHeadline, formatInt } from './support/data.mjs';

const survey = surveyHeadline();

for (const width of [1280, 390]) {
  test(`${width} px: the first screen shows the headline and charts, then the app takes its place without moving them`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const release = await holdWasm(page);
    await page.goto('./');
    const pre = page.locator('.prerender[lang="en"]');
    await expect(pre).toBeVisible();
    await expect(page.locator('.prerender[lang="zh-CN"]')).toBeHidden();
    await expect(page.locator('#boot')).toBeHidden();
    await expect(pre.locator('.figure')).toHaveText([survey.models, survey.functions, survey.categories].map(formatInt));
    await expect(pre.locator('.citation a').first()).toHaveAttribute('href', 'https://www.vcbeathealth.com/article/32221');
    // One drawing per chart is shown: the one made for about this width.
    const svg = pre.locator('[data-chart="category"] svg:visible');
    await expect(svg).toHaveCount(1);
    await expect(svg).toHaveClass(width > 800 ? 'w' : 'n');
    const before = await box(svg);
    const heading = await pre.locator('h1').textContent();

    release();
    await page.locator('main#main').waitFor();
    await expect(page.locator('.prerender')).toHaveCount(0);
    await expect(page.locator('#boot')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    const canvas = page.getByTestId('category-chart').locator('canvas');
    await expect.poll(() => box(canvas)).toEqual(before);
  });
}

test('any other address shows the loading line, not the default overview', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('./?view=models');
  await expect(page.locator('#boot')).toBeVisible();
  for (const lang of ['en', 'zh-CN']) await expect(page.locator(`.prerender[lang="${lang}"]`)).toBeHidden();
  release();
  await expect(page.getByTestId('models-table')).toBeVisible();
  await expect(page.locator('#boot')).toHaveCount(0);
});

test.describe('in a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });
  test('the first screen is the Chinese one, as the app will be', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('./');
    const zh = page.locator('.prerender[lang="zh-CN"]');
    await expect(zh).toBeVisible();
    await expect(page.locator('.prerender[lang="en"]')).toBeHidden();
    await expect(zh.locator('h1')).toHaveText('医疗大模型图鉴');
    release();
    await page.locator('main#main').waitFor();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('医疗大模型图鉴');
  });

  test('lang=en in the address wins over the browser', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('./?lang=en');
    await expect(page.locator('.prerender[lang="en"]')).toBeVisible();
    await expect(page.locator('.prerender[lang="zh-CN"]')).toBeHidden();
    release();
    await page.locator('main#main').waitFor();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('MedLLM Atlas');
  });
});

test.describe('on a dark page', () => {
  test.use({ colorScheme: 'dark' });
  test('the drawing takes the dark palette, like the canvas', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('./?lang=zh');
    const svg = page.locator('.prerender[lang="zh-CN"] [data-chart="category"] svg:visible');
    // The bars' colour (first bar rect after the background) and the text colour, as drawn.
    const colours = await svg.evaluate((s) => {
      const rect = [...s.querySelectorAll('rect')].find((r) => r.getAttribute('fill') === '#0072B2');
      return [getComputedStyle(rect).fill, getComputedStyle(s.querySelector('text')).fill];
    });
    expect(colours).toEqual(['rgb(86, 180, 233)', 'rgb(236, 238, 240)']);
    release();
    await page.locator('main#main').waitFor();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the English first screen stays, after the note that the rest needs JavaScript', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('.prerender[lang="en"]')).toBeVisible();
    await expect(page.locator('.prerender[lang="en"] .figure').first()).toHaveText(formatInt(survey.models));
    await expect(page.locator('#boot')).toBeHidden();
    // Playwright's switch turns scripts off without making <noscript> render, so check the
    // note's place and words in the document instead.
    const order = await page.evaluate(() => [...document.body.children].map((e) => e.localName + (e.className ? '.' + e.className : '')));
    expect(order.indexOf('noscript')).toBeLessThan(order.indexOf('div.prerender'));
    expect(await page.locator('noscript').evaluate((e) => e.textContent)).toContain('needs JavaScript and WebAssembly');
  });
});

for (const lang of ['en', 'zh']) {
  for (const scheme of ['light', 'dark']) {
    test.describe(`axe on the first screen · ${lang} · ${scheme}`, () => {
      test.use({ colorScheme: scheme });
      test('no WCAG A/AA violation before the app mounts', async ({ page }) => {
        const release = await holdWasm(page);
        await page.goto(`./?lang=${lang}`);
        await expect(page.locator(`.prerender[lang="${lang === 'zh' ? 'zh-CN' : 'en'}"]`)).toBeVisible();
        const violations = await new Atlas(page).axeViolations();
        const text = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).join('\n    ')}`).join('\n');
        expect(violations.length, `axe violations:\n${text}`).toBe(0);
        release();
        await page.locator('main#main').waitFor();
      });
    });
  }
}
