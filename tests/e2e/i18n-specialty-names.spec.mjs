// Specialty names come from data/specialties.csv — `name_zh` in 中文 (`lang=zh`), `name_en` in
// English — in the filter panel, the specialty chart's data table, the models table and the
// provenance panel, while the URL keeps the ids.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadSpecialties, select, facetCounts, specialtyLabel, cmpText, RANKED_SHOWN, formatInt } from './support/data.mjs';

const models = loadModels();
const TOTAL = models.length;
const present = [...new Set(models.flatMap((m) => m.specialties))];
const counts = facetCounts(models, {}, 'specialties');
/** The panel's and the chart's order: most models first, ties by id. */
const ranked = [...present].sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || cmpText(a, b));
// A model with several specialties, for the table and the provenance panel.
const several = models.find((m) => m.specialties.length > 1);

for (const lang of ['zh', 'en']) {
  test(`lang=${lang}: the panel, the chart, the table and the provenance panel name specialties from specialties.csv`, async ({ page }) => {
    expect(present.length, 'more specialties than the panel shows at first').toBeGreaterThan(RANKED_SHOWN.specialty);
    expect(several, 'some model has several specialties').toBeTruthy();
    const name = (id) => specialtyLabel(id, lang);
    if (lang === 'zh') {
      // Every present specialty has a Chinese name that differs from its English one, so the
      // checks below cannot pass on English text (or on ids).
      for (const id of present) expect(name(id), id).not.toBe(specialtyLabel(id, 'en'));
    }
    for (const id of present) expect(name(id), `${id} in specialties.csv`).not.toBe(id);

    const atlas = new Atlas(page);
    await atlas.open(`?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');

    // Panel: the first few, then every one after "show all", by name, ids as values.
    await expect.poll(() => atlas.facetOptions('specialty').then((os) => os.map((o) => [o.value, o.name, o.count])))
      .toEqual(ranked.slice(0, RANKED_SHOWN.specialty).map((id) => [id, name(id), counts[id]]));
    await atlas.showAll('specialty');
    await expect.poll(() => atlas.facetOptions('specialty').then((os) => os.map((o) => [o.value, o.name, o.count])))
      .toEqual(ranked.map((id) => [id, name(id), counts[id]]));

    // The overview's specialty chart: its data table names the largest specialties.
    const chart = page.getByTestId('specialty-chart');
    await expect(chart.locator('.hit').first()).toBeAttached();
    const title = await page.getByTestId('specialty-chart-card').locator('h2').textContent();
    const top = Number(title.match(/(\d+)/)[1]);
    await expect.poll(() => chart.locator('table tbody tr').evaluateAll((rows) => rows.map((r) => [r.querySelector('th').textContent, r.querySelector('td').textContent])))
      .toEqual(ranked.slice(0, top).map((id) => [name(id), formatInt(counts[id])]));
    expect(await atlas.barKeys(chart)).toEqual(ranked.slice(0, top));

    // Checking one keeps its id in the URL.
    const id = ranked[0];
    await atlas.checkbox('specialty', id).check();
    await atlas.expectParam('specialty', id);
    await atlas.expectCount(select(models, { specialties: [id] }).length, TOTAL, lang);
    await atlas.checkbox('specialty', id).uncheck();
    await atlas.expectParam('specialty', null);

    // The models table's specialty column and the provenance panel.
    await atlas.open(`?view=models&lang=${lang}&model=${several.id}`);
    const column = await atlas.sortHeader('specialty').evaluate((th) => [...th.parentElement.children].indexOf(th));
    const joined = several.specialties.map(name).join(lang === 'zh' ? '、' : ', ');
    await expect(atlas.row(several.id).locator(`> :nth-child(${column + 1})`)).toHaveText(joined);
    await expect(atlas.provenance).toBeVisible();
    const label = lang === 'zh' ? '专科' : 'Specialty';
    await expect(atlas.provenance.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('+ dd')).toHaveText(joined);
  });
}
