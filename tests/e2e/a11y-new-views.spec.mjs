// Accessibility audit of the newer views: axe-core (the WCAG 2.x A/AA rules of a11y-axe.spec)
// finds no violation on What changed, the comparison of two models, About the data and the
// lineage story, nor with a model's provenance panel open and both its disclosures (cite this
// model, report a correction) expanded — in either language and either theme.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, dataVersions } from './support/data.mjs';

const models = loadModels();
// Two models that differ in their optional fields, so "not stated" cells are in the table.
const compared = [models.find((m) => !m.base_model), models.find((m) => m.base_model && m.partners)].map((m) => m.id);

/** Per view: the query and something it shows once it has rendered its content. */
const VIEWS = {
  changes: { query: `view=changes&since=${dataVersions().at(-1)}`, ready: (page) => page.locator('section.release tbody tr').first() },
  compare: { query: `view=compare&compare=${compared.join(',')}`, ready: (page) => page.getByTestId('compare-table').locator('tbody tr').first() },
  about: { query: 'view=about', ready: (page) => page.getByTestId('about-view').locator('section').first() },
  'story-lineage': { query: 'view=story-lineage', ready: (page) => page.getByTestId('lineage-chart').locator('.hit').first() },
};

/** Fails with axe's own description of each violation, so the report says what to fix. */
function expectNoViolations(violations) {
  const text = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).join('\n    ')}`).join('\n');
  expect(violations.length, `axe violations:\n${text}`).toBe(0);
}

async function openChecked(atlas, query, lang, theme) {
  await atlas.open(`?${query}&lang=${lang}&theme=${theme}`);
  await expect(atlas.page.locator('html')).toHaveAttribute('data-theme', theme);
  await expect(atlas.page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
}

for (const [view, { query, ready }] of Object.entries(VIEWS)) {
  for (const lang of ['en', 'zh']) {
    for (const theme of ['light', 'dark']) {
      test(`axe: ${view} · ${lang} · ${theme}`, async ({ page }) => {
        const atlas = new Atlas(page);
        await openChecked(atlas, query, lang, theme);
        await expect(atlas.main).toHaveAttribute('data-view', view);
        await expect(ready(page)).toBeAttached();
        if (view === 'compare') await page.getByTestId('hide-agreeing').check();
        expectNoViolations(await atlas.axeViolations());
      });
    }
  }
}

for (const lang of ['en', 'zh']) {
  for (const theme of ['light', 'dark']) {
    test(`axe: the provenance panel with both disclosures open · ${lang} · ${theme}`, async ({ page }) => {
      const atlas = new Atlas(page);
      const model = models.find((m) => m.partnersList.length > 0 && m.base_model && m.released) ?? models[0];
      await openChecked(atlas, `view=models&model=${model.id}`, lang, theme);
      await expect(atlas.provenance).toBeVisible();
      for (const id of ['cite-model-box', 'correction-box']) {
        const box = atlas.provenance.getByTestId(id);
        await box.locator('summary').click();
        await expect(box).toHaveAttribute('open', '');
      }
      await atlas.provenance.getByTestId('correction-wrong').fill('x');
      await expect(atlas.provenance.getByTestId('cite-model-bibtex').locator('textarea')).toBeVisible();
      expectNoViolations(await atlas.axeViolations());
    });
  }
}
