// The provenance panel says where the model's lead developer is based, with the location's own
// page (a link) and its words (a quotation) from data/locations.csv; a developer no page places is
// said to be not located. The Sources view counts the pages that place the developers as sources.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadProvinces, select, formatInt } from './support/data.mjs';

const models = loadModels();
const provinces = loadProvinces();
const host = (u) => new URL(u).hostname.replace(/^www\./, '');

/** "Hangzhou, Zhejiang" / "Hangzhou（浙江）"; the city alone when it is the province. */
function place(l, lang) {
  const p = provinces.find((x) => x.id === l.province);
  if (p.name_en === l.city) return lang === 'zh' ? p.name_zh : p.name_en;
  return lang === 'zh' ? `${l.city}（${p.name_zh}）` : `${l.city}, ${p.name_en}`;
}

for (const lang of ['en', 'zh']) {
  test(`the panel names the developer's base with its page and quotation · ${lang}`, async ({ page }) => {
    const atlas = new Atlas(page);
    const m = models.find((x) => x.location && x.location.city !== provinces.find((p) => p.id === x.location.province).name_en);
    await atlas.open(`?view=models&model=${m.id}&lang=${lang}`);
    const dd = atlas.provenance.getByTestId('provenance-location');
    await expect(dd).toContainText(place(m.location, lang));
    await expect(dd.locator('a')).toHaveAttribute('href', m.location.source_url);
    await expect(dd.locator('a')).toHaveText(host(m.location.source_url));
    await expect(dd.locator('q')).toHaveText(m.location.evidence);
    await expect(dd.locator('xpath=preceding-sibling::dt[1]')).toHaveText(lang === 'zh' ? '所在地' : 'Based in');

    const unplaced = models.find((x) => !x.location);
    await atlas.open(`?view=models&model=${unplaced.id}&lang=${lang}`);
    await expect(atlas.provenance.getByTestId('provenance-location')).toHaveText(
      lang === 'zh' ? `未定位：所读网页均未说明${unplaced.developer}的所在地。` : `Not located: no page read says where ${unplaced.developer} is based.`,
    );
  });
}

test('the Sources view counts the pages that place the developers, under the filters', async ({ page }) => {
  const atlas = new Atlas(page);
  for (const [query, f] of [['', {}], ['&kind=hospital', { kinds: ['hospital'] }]]) {
    const rows = select(models, f);
    const located = rows.filter((m) => m.location);
    const pages = new Set(located.map((m) => m.location.source_url));
    const developers = new Set(located.map((m) => m.developer));
    const sites = new Set([...pages].map(host));
    await atlas.open(`?view=sources${query}`);
    await expect(page.getByTestId('location-pages')).toHaveText(
      `${formatInt(pages.size)} pages on ${formatInt(sites.size)} sites say where ${formatInt(developers.size)} developers are based (data/locations.csv, each with a quotation); they place ${formatInt(located.length)} of these ${formatInt(rows.length)} models.`,
    );
    const listed = await page.getByTestId('location-sites').locator('li .count').allTextContents();
    const total = listed.reduce((a, t) => a + Number(t.match(/([\d,]+) pages$/)[1].replaceAll(',', '')), 0);
    expect(total, 'every page counted once').toBe(pages.size);
  }
});
