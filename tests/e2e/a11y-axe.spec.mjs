// Accessibility audit: axe-core (WCAG 2.0/2.1/2.2 A and AA rules) finds no violation on any view,
// in either language and either theme, nor with the provenance panel or the embed dialog open.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels } from './support/data.mjs';

const models = loadModels();

/** Something each view shows once it has rendered its content. */
const READY = {
  overview: (page) => page.getByTestId('category-chart').locator('.hit').first(),
  models: (page) => page.getByTestId('models-table').locator('tbody tr').first(),
  timeline: (page) => page.getByTestId('timeline-chart').locator('.hit').first(),
  sources: (page) => page.getByTestId('sources-view').locator('.documents li').first(),
  'story-pathology': (page) => page.getByTestId('story-kind-chart').locator('.hit').first(),
  'story-hospitals': (page) => page.getByTestId('story-kind-chart').locator('.hit').first(),
};

/** Fails with axe's own description of each violation, so the report says what to fix. */
function expectNoViolations(violations) {
  const text = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).join('\n    ')}`).join('\n');
  expect(violations.length, `axe violations:\n${text}`).toBe(0);
}

for (const view of Object.keys(READY)) {
  for (const lang of ['en', 'zh']) {
    for (const theme of ['light', 'dark']) {
      test(`axe: ${view} · ${lang} · ${theme}`, async ({ page }) => {
        const atlas = new Atlas(page);
        await atlas.open(`?view=${view}&lang=${lang}&theme=${theme}`);
        await atlas.expectView(view);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
        await expect(READY[view](page)).toBeAttached();
        expectNoViolations(await atlas.axeViolations());
      });
    }
  }
}

for (const theme of ['light', 'dark']) {
  test(`axe: models view with the provenance panel open · ${theme}`, async ({ page }) => {
    const atlas = new Atlas(page);
    const model = models.find((m) => m.partnersList.length > 0 && m.released) ?? models[0];
    await atlas.open(`?view=models&theme=${theme}`);
    await atlas.openButton(model.id).click();
    await expect(atlas.provenance).toBeVisible();
    await expect(atlas.provenance).toBeFocused();
    expectNoViolations(await atlas.axeViolations());
  });

  test(`axe: models view with the embed dialog open · ${theme}`, async ({ page }) => {
    const atlas = new Atlas(page);
    await atlas.open(`?view=models&theme=${theme}`);
    await expect(atlas.tableRows.first()).toBeAttached();
    await page.getByTestId('open-embed').click();
    await expect(atlas.embedDialog).toBeVisible();
    await expect(atlas.embedDialog.locator('#embed-frame-text')).toHaveValue(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?view=models/);
    expectNoViolations(await atlas.axeViolations());
  });
}

// The models table as cards (a phone): the same rows, restyled; still a labelled table to axe.
for (const lang of ['en', 'zh']) {
  test(`axe: models view as cards at 390 px · ${lang}`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const atlas = new Atlas(page);
    await atlas.open(`?view=models&lang=${lang}`);
    await expect(READY.models(page)).toBeAttached();
    await expect(page.locator('.fn-count').first()).toBeVisible();
    expectNoViolations(await atlas.axeViolations());
  });
}

test('the audit can fail: a planted image without alt text and an unlabelled input are reported', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=overview');
  await expect(READY.overview(page)).toBeAttached();
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const input = document.createElement('input');
    input.type = 'text';
    document.querySelector('main').append(img, input);
  });
  const ids = (await atlas.axeViolations()).map((v) => v.id);
  expect(ids).toContain('image-alt');
  expect(ids).toContain('label');
});
