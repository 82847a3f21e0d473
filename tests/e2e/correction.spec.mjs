// "Report a correction" in the provenance panel: a disclosure (<details>) where the reader picks a
// field of models.csv, says what is wrong and gives a source; the text to send (a CopyBlock) is
// built as they type, naming the record id, the data version, the field, what they typed and the
// record's current source. This build has no ATLAS_CORRECTIONS_URL, so there is no pre-filled
// link, and the page sends nothing: no request at all while the form is used. English and 中文.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, parseCsvRows, currentVersion } from './support/data.mjs';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data');
const COLUMNS = parseCsvRows(readFileSync(path.join(DATA, 'models.csv'), 'utf8'))[0].map((h) => h.trim());
const models = loadModels();
const VERSION = currentVersion();

const TEXT = {
  en: {
    title: 'Report a correction',
    body: (m, field, wrong, source) => `Correction for MedLLM Atlas record ${m.id} (data version ${VERSION})\nField: ${field}\nWhat is wrong: ${wrong}\nSource: ${source}\nRecord's current source: ${m.source_url}`,
  },
  zh: {
    title: '报告更正',
    body: (m, field, wrong, source) => `MedLLM Atlas 记录 ${m.id} 的更正（数据版本 ${VERSION}）\n字段：${field}\n哪里有误：${wrong}\n来源：${source}\n记录目前的来源：${m.source_url}`,
  },
};

for (const lang of ['en', 'zh']) {
  test(`${lang}: the report names the record, the version, the field, the reader's text and the current source; nothing is sent`, async ({ page }) => {
    const t = TEXT[lang];
    const m = models.find((x) => x.released) ?? models[0];
    const atlas = new Atlas(page);
    await atlas.open(`?view=models&lang=${lang}&model=${m.id}`);
    await expect(atlas.provenance).toBeVisible();
    await page.waitForLoadState('networkidle');
    const requests = [];
    const onRequest = (r) => requests.push(`${r.method()} ${r.url()}`);
    page.context().on('request', onRequest);

    const box = atlas.provenance.getByTestId('correction-box');
    await expect(box).toHaveJSProperty('tagName', 'DETAILS');
    await expect(box).not.toHaveAttribute('open');
    await box.locator('summary').click();
    await expect(box).toHaveAttribute('open', '');
    await expect(box.locator('summary')).toHaveText(t.title);

    // Every column of models.csv but the id can be chosen.
    const field = box.getByTestId('correction-field');
    await expect.poll(() => field.locator('option').evaluateAll((os) => os.map((o) => o.value))).toEqual(COLUMNS.slice(1));
    const text = box.getByTestId('correction-text').locator('textarea');
    // Before anything is typed, the text already names the record and the default field.
    await expect(text).toHaveValue(t.body(m, COLUMNS[1], '', ''));

    const wrong = lang === 'zh' ? `发布时间应为 ${m.released.slice(0, 4)} 年，而非现值 & "x"` : `The release was a year later than ${m.released} & "not" <this>`;
    const source = `https://example.org/evidence/${m.id}?a=1&b=2`;
    await field.selectOption('released');
    await box.getByTestId('correction-wrong').fill(wrong);
    await box.getByTestId('correction-source').fill(source);
    await expect(text).toHaveValue(t.body(m, 'released', wrong, source));
    const value = await text.inputValue();
    for (const part of [m.id, VERSION, 'released', wrong, source, m.source_url]) expect(value).toContain(part);

    // Leading and trailing spaces of what is typed are left out.
    await box.getByTestId('correction-wrong').fill(`  ${wrong}  `);
    await expect(text).toHaveValue(t.body(m, 'released', wrong, source));

    // No destination in this build: no link, and no request while the form was used.
    await expect(page.getByTestId('correction-link')).toHaveCount(0);
    page.context().off('request', onRequest);
    expect(requests, 'requests while reporting').toEqual([]);
  });
}
