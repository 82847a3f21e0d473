// The newer labels in 中文: the facets "功能类别（本图鉴）" (fcat) and "基座" (base) with their
// options named from categories.csv's name_zh and base_families.csv's name_zh (other and
// not-stated by the UI's names), the ranked group's "显示全部N个", the function and lineage charts'
// titles and data tables, and the "changed since" facet; in English the same places read English.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import {
  loadModels, loadCategories, loadBaseFamilies, facetCounts, select, baseLabel, categoryLabel, cmpText, dataVersions,
  BASE_VALUES, RANKED_SHOWN, formatInt,
} from './support/data.mjs';

const models = loadModels();
const TOTAL = models.length;
const categories = loadCategories();
const families = loadBaseFamilies();

const TEXT = {
  zh: {
    fcat: '功能类别（本图鉴）', base: '基座', showAll: (n) => `显示全部${n}个`, fewer: '收起',
    functionTitle: '各应用场景的功能数（已记录模型，本图鉴分类）', lineageTitle: '已记录模型建立在哪些基座之上',
    changed: (v) => `${v}之后的变更`, onlyChanged: '仅显示新增或更新的模型',
  },
  en: {
    fcat: 'Function category (atlas)', base: 'Built on', showAll: (n) => `Show all ${n}`, fewer: 'Show fewer',
    functionTitle: 'Functions by application scenario (documented, atlas classification)', lineageTitle: 'What the documented models are built on',
    changed: (v) => `Changed since ${v}`, onlyChanged: 'Only new or updated models',
  },
};

/** The base group's order: most models first, ties by id (the panel's design). */
const counts = facetCounts(models, {}, 'bases');
const ranked = [...BASE_VALUES].sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || cmpText(a, b));

for (const lang of ['zh', 'en']) {
  test(`lang=${lang}: the fcat and base facets, their options and the new charts speak the language`, async ({ page }) => {
    const t = TEXT[lang];
    if (lang === 'zh') {
      // The Chinese names differ from the English ones (where the data gives them differently),
      // so the checks cannot pass on English text.
      for (const c of categories) expect(c.name_zh, c.id).not.toBe(c.name_en);
      expect(families.filter((f) => f.name_zh !== f.name_en).length).toBeGreaterThan(families.length / 2);
    }
    const atlas = new Atlas(page);
    await atlas.open(`?lang=${lang}`);
    await expect(atlas.facet('fcat').locator('legend')).toHaveText(t.fcat);
    await expect(atlas.facet('base').locator('legend')).toHaveText(t.base);

    // Function categories: every category by its name, in categories.csv order.
    await expect.poll(() => atlas.facetOptions('fcat').then((os) => os.map((o) => [o.value, o.name])))
      .toEqual(categories.map((c) => [c.id, categoryLabel(c.id, lang)]));

    // Built on: the first few, then all, by base_families.csv's names and the UI's two others.
    await expect.poll(() => atlas.facetOptions('base').then((os) => os.map((o) => [o.value, o.name, o.count])))
      .toEqual(ranked.slice(0, RANKED_SHOWN.base).map((id) => [id, baseLabel(id, lang), counts[id] ?? 0]));
    await expect(atlas.showAllButton('base')).toHaveText(t.showAll(formatInt(BASE_VALUES.length)));
    await atlas.showAll('base');
    await expect(atlas.showAllButton('base')).toHaveText(t.fewer);
    await expect.poll(() => atlas.facetOptions('base').then((os) => os.map((o) => [o.value, o.name])))
      .toEqual(ranked.map((id) => [id, baseLabel(id, lang)]));
    for (const f of families) await expect(atlas.option('base', f.id).locator('.option-name')).toHaveText(lang === 'zh' ? f.name_zh : f.name_en);

    // The function chart: title, caption and the categories of its data table.
    const functionCard = page.getByTestId('function-card');
    await expect(functionCard.locator('h2')).toHaveText(t.functionTitle);
    await expect(functionCard.locator('table caption')).toHaveText(t.functionTitle);
    await expect.poll(() => functionCard.locator('table tbody th').allTextContents().then((xs) => [...xs].sort()))
      .toEqual(categories.map((c) => categoryLabel(c.id, lang)).sort());

    // The lineage chart: title and family names.
    const lineageCard = page.getByTestId('lineage-card');
    await lineageCard.scrollIntoViewIfNeeded();
    await expect(lineageCard.locator('h2')).toHaveText(t.lineageTitle);
    const present = BASE_VALUES.filter((id) => (counts[id] ?? 0) > 0);
    await expect.poll(() => lineageCard.locator('table tbody th').allTextContents().then((xs) => [...xs].sort()))
      .toEqual(present.map((id) => baseLabel(id, lang)).sort());

    // A checked option keeps its id in the URL.
    await atlas.checkbox('fcat', 'tcm').check();
    await atlas.expectParam('fcat', 'tcm');
    await atlas.expectCount(select(models, { fcats: ['tcm'] }).length, TOTAL, lang);
  });

  test(`lang=${lang}: the "changed since" facet is named in the language`, async ({ page }) => {
    const t = TEXT[lang];
    const oldest = dataVersions().at(-1);
    const atlas = new Atlas(page);
    await atlas.open(`?view=models&lang=${lang}&since=${oldest}`);
    const facet = atlas.facet('changed');
    await expect(facet.locator('legend')).toHaveText(t.changed(oldest));
    await expect(facet.locator('.option-name')).toHaveText(t.onlyChanged);
  });
}
