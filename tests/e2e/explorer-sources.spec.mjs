// Sources: every document of data/sources.csv is listed with its link; the sites the selected rows
// were read from are listed, most rows first, up to a limit, and the rest summed in one line; and
// "Keep only primary sources" filters the rows to primary pages (`source=primary`).
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadSources, select, cmpText, SITES_SHOWN, formatInt } from './support/data.mjs';

const models = loadModels();
const sources = loadSources();
const TOTAL = models.length;

test('every listed document is shown with its link', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=sources');
  await atlas.expectView('sources');
  const docs = page.getByTestId('sources-view').locator('li.source-doc');
  await expect(docs).toHaveCount(sources.length);
  expect(await docs.evaluateAll((ls) => ls.map((l) => l.dataset.source))).toEqual(sources.map((s) => s.id));
  for (const [i, s] of sources.entries()) {
    const link = docs.nth(i).locator('.citation a');
    await expect(link).toHaveAttribute('href', s.url);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toHaveText(`“${s.title}”`);
    await expect(docs.nth(i).locator('.citation')).toContainText(s.publisher);
    const rows = models.filter((m) => m.source_id === s.id).length;
    await expect(docs.nth(i)).toContainText(`supports ${formatInt(rows)} model rows`);
  }
});

test('Keep only primary sources sets source=primary and counts the primary rows', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=sources');
  const only = page.getByTestId('only-primary');
  await expect(only).not.toBeChecked();
  const primary = select(models, { sources: ['primary'] }).length;
  expect(primary, 'the data has primary rows').toBeGreaterThan(0);
  expect(primary).toBeLessThan(TOTAL);
  const kinds = page.getByTestId('source-kinds');
  await expect(kinds.locator('li[data-kind=primary] .count')).toHaveText(new RegExp(`^${formatInt(primary)} · `));

  await only.check();
  await atlas.expectParam('source', 'primary');
  await atlas.expectCount(primary, TOTAL);
  await expect(atlas.checkbox('source', 'primary')).toBeChecked();
  await expect(kinds.locator('li[data-kind=primary] .count')).toHaveText(`${formatInt(primary)} · 100.0%`);
  await expect(kinds.locator('li[data-kind=news] .count')).toHaveText('0 · 0.0%');
  // The documents stay listed under any filter.
  await expect(page.getByTestId('sources-view').locator('li.source-doc')).toHaveCount(sources.length);

  await only.uncheck();
  await atlas.expectParam('source', null);
  await atlas.expectCount(TOTAL, TOTAL);
});

/** The host of an address without a leading `www.`, as the list names sites. */
const host = (url) => new URL(url).host.replace(/^www\./, '');

/** The sites list for `rows`: [site, count text] lines, the first SITES_SHOWN sites and the rest summed. */
function siteLines(rows, lang) {
  const counts = new Map();
  for (const m of rows) counts.set(host(m.source_url), (counts.get(host(m.source_url)) ?? 0) + 1);
  const sites = [...counts].sort(([a, n], [b, k]) => k - n || cmpText(a, b));
  const lines = sites.slice(0, SITES_SHOWN).map(([h, n]) => [h, lang === 'zh' ? `${formatInt(n)}条` : `${formatInt(n)} rows`]);
  const rest = sites.slice(SITES_SHOWN);
  const sum = rest.reduce((a, [, n]) => a + n, 0);
  if (rest.length > 0) {
    lines.push(['', lang === 'zh' ? `其余${formatInt(rest.length)}个网站合计：${formatInt(sum)}条` : `${formatInt(rest.length)} other sites together: ${formatInt(sum)} rows`]);
  }
  return { lines, sites: sites.length };
}

for (const [label, lang, query, f] of [
  ['every row', 'en', '', {}],
  ['every row, in 中文', 'zh', '&lang=zh', {}],
  ['the university rows', 'en', '&kind=university', { kinds: ['university'] }],
]) {
  test(`the sites list names the top sites and sums the rest: ${label}`, async ({ page }) => {
    const rows = select(models, f);
    const { lines, sites } = siteLines(rows, lang);
    if (Object.keys(f).length === 0) expect(sites, 'more sites than the list names').toBeGreaterThan(SITES_SHOWN);
    const atlas = new Atlas(page);
    await atlas.open(`?view=sources${query}`);
    await atlas.expectView('sources');
    const items = page.getByTestId('sources-view').locator('ul.sites:not([data-testid]) > li');
    await expect.poll(() => items.evaluateAll((ls) => ls.map((l) => [l.querySelector('.site')?.textContent ?? '', l.querySelector('.count')?.textContent ?? ''])))
      .toEqual(lines);
    // Every row is counted once: the listed sites and the summed rest add up to the rows.
    const listed = lines.slice(0, SITES_SHOWN).reduce((a, [, t]) => a + Number(t.match(/^([\d,]+)/)[1].replaceAll(',', '')), 0);
    const rest = lines.length > SITES_SHOWN ? Number(lines.at(-1)[1].match(/([\d,]+)\D*$/)[1].replaceAll(',', '')) : 0;
    expect(listed + rest).toBe(rows.length);
  });
}
