// Citing one record: in the provenance panel the disclosure "Cite this model" (a <details>) holds
// the citation in three forms — plain text naming the record id, the data version, the address
// the record was read from and the kind of that source; BibTeX (`@misc{medllm-atlas:ID:VERSION,`,
// `urldate`, balanced braces, TeX's special characters escaped); GB/T 7714-2015 (`[EB/OL]`, the
// version) — each with a Copy button that puts the text on the clipboard. In English and in 中文.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, currentVersion } from './support/data.mjs';
import { pageToday } from './support/files.mjs';

const models = loadModels();
const VERSION = currentVersion();
const SPECIAL = /[{}%&#_$~^\\]/;
// Records whose name or source address holds characters TeX treats specially: one with a Chinese
// name beside the English one, one without.
const SAMPLES = [
  models.find((m) => m.name_zh && m.name_zh !== m.name && SPECIAL.test(m.source_url)),
  models.find((m) => !m.name_zh && SPECIAL.test(m.source_url + m.name)),
];
const KIND = {
  en: { primary: 'Primary (developer\'s own page)', news: 'News outlet', secondary: 'Secondary (repost, aggregator)' },
  zh: { primary: '一手（开发方自己的页面）', news: '新闻媒体', secondary: '二手（转载、聚合）' },
};

/** Whether every `{` has its `}` (escaped `\{` `\}` and `\x` sequences left out). */
function bracesBalance(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') { i++; continue; }
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** TeX's special characters escaped as the BibTeX form must write them. */
const texEscape = (s) => s.replace(/[\\{}%&#_$~^]/g, (c) => ({ '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' }[c] ?? `\\${c}`));

async function openCiteBox(atlas, model, lang) {
  await atlas.open(`?view=models&lang=${lang}&model=${model.id}`);
  await expect(atlas.provenance).toBeVisible();
  const box = atlas.provenance.getByTestId('cite-model-box');
  await expect(box).toHaveJSProperty('tagName', 'DETAILS');
  await expect(box).not.toHaveAttribute('open');
  await expect(box.locator('summary')).toHaveText(lang === 'zh' ? '引用此模型' : 'Cite this model');
  await box.locator('summary').click();
  await expect(box).toHaveAttribute('open', '');
  await expect(box.getByTestId('cite-model')).toBeVisible();
  return box;
}

const text = (box, id) => box.getByTestId(id).locator('textarea').inputValue();

for (const lang of ['en', 'zh']) {
  for (const [i, model] of SAMPLES.entries()) {
    test(`${lang} · record ${i + 1}: plain text, BibTeX and GB/T name the record, the version and its source`, async ({ page }) => {
      expect(model, 'the data has such a record').toBeTruthy();
      const atlas = new Atlas(page);
      const box = await openCiteBox(atlas, model, lang);
      const today = await pageToday(page);
      // The address of the record's panel, without the reader's other state.
      const url = new URL(`./?model=${model.id}`, page.url()).href;
      const title = model.name_zh && model.name_zh !== model.name ? `${model.name} (${model.name_zh})` : model.name;

      const plain = await text(box, 'cite-model');
      expect(plain).toBe(lang === 'zh'
        ? `MedLLM Atlas，“${title}”（${model.developer}），数据版本 ${VERSION}，记录 ${model.id}，信息来源 ${model.source_url}（${KIND.zh[model.source_kind]}）。${url}（访问于${today}）。`
        : `MedLLM Atlas, “${title}” (${model.developer}), data version ${VERSION}, record ${model.id}, read from ${model.source_url} (${KIND.en[model.source_kind]}). ${url} (accessed ${today}).`);

      const bibtex = await text(box, 'cite-model-bibtex');
      expect(bibtex.startsWith(`@misc{medllm-atlas:${model.id}:${VERSION},\n`), bibtex).toBe(true);
      expect(bibtex).toContain(`urldate = {${today}}`);
      expect(bibtex).toContain(`url = {${url}}`);
      expect(bibtex).toContain(`title = {${texEscape(title)}: a record of MedLLM Atlas}`);
      expect(bibtex).toContain(`note = {Record ${model.id} (data version ${VERSION}), read from ${texEscape(model.source_url)} (${model.source_kind} source)}`);
      expect(bibtex.trimEnd().endsWith('}')).toBe(true);
      expect(bracesBalance(bibtex), bibtex).toBe(true);

      const gbt = await text(box, 'cite-model-gbt');
      const gbtTitle = model.name_zh || model.name;
      const record = lang === 'zh' ? `模型记录，数据版本 ${VERSION}` : `record, data version ${VERSION}`;
      expect(gbt).toBe(`MedLLM Atlas. ${gbtTitle}: ${record}[EB/OL]. (${VERSION})[${today}]. ${url}.`);
      expect(gbt).toContain('[EB/OL]');
    });
  }
}

test.describe('with clipboard permissions', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const lang of ['en', 'zh']) {
    test(`${lang}: each Copy button puts its form on the clipboard and says so`, async ({ page }) => {
      const atlas = new Atlas(page);
      const box = await openCiteBox(atlas, SAMPLES[0], lang);
      for (const id of ['cite-model', 'cite-model-bibtex', 'cite-model-gbt']) {
        const block = box.getByTestId(id);
        const copy = block.getByTestId(`${id}-copy`);
        await expect(copy).toHaveText(lang === 'zh' ? '复制' : 'Copy');
        await copy.click();
        await expect(block.locator('.copy-status')).toHaveText(lang === 'zh' ? '已复制。' : 'Copied.');
        const clipboard = await page.evaluate(() => navigator.clipboard.readText());
        expect(clipboard, `${id} on the clipboard`).toBe(await text(box, id));
      }
    });
  }
});
