// The provenance panel (`?model=ID`) on what a model does and what it is built on: each function
// listed with the name of its category (data/functions.csv, the atlas's classification) as
// "phrase (Category)"; "Built on" gives the published base_model text and the families
// (base_families.csv, the atlas's reading) it maps to, or "not stated by the source" when the
// sources name no base. In English and in 中文.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadFunctions, baseLabel, categoryLabel, BASE_OTHER, BASE_NOT_STATED } from './support/data.mjs';

const models = loadModels();
const functions = loadFunctions();

// A model built on several families, one whose base is in no family, one with no base stated.
const SAMPLES = [
  ['several families', models.find((m) => m.baseFamilies.length > 1)],
  ['other base', models.find((m) => m.baseFamilies[0] === BASE_OTHER)],
  ['no base stated', models.find((m) => m.baseFamilies[0] === BASE_NOT_STATED && m.functionsList.length > 1)],
];

const NOT_STATED = { en: 'not stated by the source', zh: '来源未说明' };
const FAMILIES = { en: 'families (atlas)', zh: '系列（本图鉴）' };
/** An aside as the app writes it: " (text)" in English, "（text）" in 中文. */
const aside = (text, lang) => (lang === 'zh' ? `（${text}）` : ` (${text})`);

for (const lang of ['en', 'zh']) {
  for (const [what, model] of SAMPLES) {
    test(`${lang}: a model with ${what} — its functions with their categories, and what it is built on`, async ({ page }) => {
      expect(model, `the data has a model with ${what}`).toBeTruthy();
      const rows = functions.filter((f) => f.model_id === model.id);
      // functions.csv classifies exactly the model's phrases, in order.
      expect(rows.map((f) => f.function)).toEqual(model.functionsList);

      const atlas = new Atlas(page);
      await atlas.open(`?view=models&lang=${lang}&model=${model.id}`);
      await expect(atlas.provenance).toBeVisible();
      const items = atlas.provenance.getByTestId('provenance-functions').locator('li');
      await expect.poll(() => items.allTextContents())
        .toEqual(rows.map((f) => `${f.function}${aside(categoryLabel(f.category, lang), lang)}`));

      const builtOn = atlas.provenance.getByTestId('provenance-built-on');
      if (model.baseFamilies[0] === BASE_NOT_STATED) {
        await expect(builtOn).toHaveText(NOT_STATED[lang]);
      } else {
        // The published text as written, then the families it maps to, with the language's
        // punctuation (full-width colon and enumeration comma in 中文).
        const names = model.baseFamilies.map((id) => baseLabel(id, lang)).join(lang === 'zh' ? '、' : ', ');
        const label = lang === 'zh' ? `${FAMILIES.zh}：` : `${FAMILIES.en}: `;
        await expect(builtOn).toHaveText(`${model.base_model} · ${label}${names}`);
      }
    });
  }
}
