// The overview's lineage card: what the documented models are built on, by the families of
// data/base_families.csv (a model is in every family one of whose lowercase `match` substrings
// occurs in its lowercased base_model; an empty base_model is "not stated", one naming no family
// "other"). It counts the models matching every filter but its own (`base`): families with no
// model are left out, `other` and `not-stated` are always there. The finding names the four
// largest families and the share of the models that state a base in any of them; a hovered or
// focused bar names the family's maker. `base=` links give the rows of the rule, and clicking a
// bar toggles `base=`.
import { test, expect, expectPainted } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import {
  loadModels, loadCategories, loadBaseFamilies, select, without, lineageCounts, lineageBars, baseLabel,
  BASE_OTHER, BASE_NOT_STATED, formatInt, formatPercent,
} from './support/data.mjs';

const models = loadModels();
const TOTAL = models.length;
const families = loadBaseFamilies();
const familyById = new Map(families.map((f) => [f.id, f]));

/** The rule restated on the raw columns, independently of the data helpers. */
function ruleFamilies(baseModel) {
  const text = baseModel.trim().toLowerCase();
  if (!text) return [BASE_NOT_STATED];
  const ids = families.filter((f) => f.match.split(';').map((s) => s.trim().toLowerCase()).filter(Boolean).some((s) => text.includes(s))).map((f) => f.id);
  return ids.length ? ids : [BASE_OTHER];
}

/** A bar's accessible name (and tip) in `lang`. */
function barLabel(id, n, counts, lang) {
  const label = baseLabel(id, lang);
  if (id === BASE_NOT_STATED) {
    const all = formatInt(counts.stated + n);
    return lang === 'zh' ? `${label}：${all}个模型中有${formatInt(n)}个未说明基座` : `${label}: ${formatInt(n)} of ${all} models name no base`;
  }
  const share = formatPercent(counts.stated ? n / counts.stated : 0);
  const reading = lang === 'zh'
    ? `${label}：${formatInt(n)}个模型（占${formatInt(counts.stated)}个的${share}）`
    : `${label}: ${formatInt(n)} ${n === 1 ? 'model' : 'models'} (${share} of ${formatInt(counts.stated)})`;
  const maker = familyById.get(id)?.family_developer;
  if (!maker) return reading;
  return lang === 'zh' ? `${reading} · 系列研发方：${maker}` : `${reading} · family by ${maker}`;
}

/** What the card should show for filters `f`, in `lang`. */
function expected(f, lang = 'en') {
  const rows = select(models, without(f, 'bases'));
  const counts = lineageCounts(rows);
  const bars = lineageBars(counts, f.bases ?? []);
  const names = counts.top.map((id) => baseLabel(id, lang)).join(lang === 'zh' ? '、' : ', ');
  const [n, total, share, unstated, all] = [formatInt(counts.inTop), formatInt(counts.stated),
    formatPercent(counts.stated ? counts.inTop / counts.stated : 0), formatInt(counts.notStated), formatInt(rows.length)];
  return {
    counts,
    keys: bars.map((b) => b.id),
    table: bars.map((b) => [baseLabel(b.id, lang), formatInt(b.n)]),
    labels: bars.map((b) => barLabel(b.id, b.n, counts, lang)),
    finding: lang === 'zh'
      ? `最大的${counts.top.length}个系列（${names}）占说明了基座的${total}个模型中的${n}个（${share}）；${all}个模型中有${unstated}个未说明。`
      : `The ${counts.top.length} largest families (${names}) account for ${n} of the ${total} models that state a base (${share}); ${unstated} of ${all} state none.`,
    unstated: lang === 'zh'
      ? `此处${all}个模型中有${unstated}个未说明基座：它们的基座是未知，而非没有。`
      : `${unstated} of ${all} models here name no base: what they are built on is unknown, not absent.`,
  };
}

const tableRows = (chart) => chart.locator('table tbody tr').evaluateAll((rs) => rs.map((r) => [r.querySelector('th').textContent, r.querySelector('td').textContent]));

async function expectCard(atlas, f, lang = 'en') {
  const want = expected(f, lang);
  const card = atlas.page.getByTestId('lineage-card');
  const chart = atlas.page.getByTestId('lineage-chart');
  await expect.poll(() => tableRows(chart), { message: 'the data table' }).toEqual(want.table);
  await expect.poll(() => atlas.barKeys(chart), { message: 'bars in visual order' }).toEqual(want.keys);
  await expect.poll(() => atlas.barLabels(chart), { message: 'the bars\' names' }).toEqual(want.labels);
  await expect(card.getByTestId('lineage-finding')).toHaveText(want.finding);
  await expect(card.getByTestId('lineage-unstated')).toHaveText(want.unstated);
  return want;
}

test('with no filter each family counts the models the substring rule places in it', async ({ page }) => {
  // The helpers' rule and the rule restated here agree on every model.
  for (const m of models) expect(m.baseFamilies, m.id).toEqual(ruleFamilies(m.base_model));
  const want = expected({});
  expect(want.counts.top).toHaveLength(4);
  expect(want.counts.notStated).toBe(models.filter((m) => m.base_model.trim() === '').length);

  const atlas = new Atlas(page);
  await atlas.open();
  const card = page.getByTestId('lineage-card');
  await card.scrollIntoViewIfNeeded();
  await expectPainted(page.getByTestId('lineage-chart'));
  await expect(card.locator('h2')).toHaveText('What the documented models are built on');
  await expectCard(atlas, {});
});

test('under a filter families without a model are left out, other and not-stated stay', async ({ page }) => {
  // A category whose models leave some families empty and name no "other" base.
  const c = loadCategories().find((x) => {
    const counts = lineageCounts(select(models, { categories: [x.id] }));
    return counts.stated > 0 && counts.per[BASE_OTHER] === 0 && families.some((fam) => counts.per[fam.id] === 0);
  });
  expect(c, 'the data has such a category').toBeTruthy();
  const f = { categories: [c.id] };
  const want = expected(f);
  expect(want.keys.length).toBeLessThan(families.length + 2);
  expect(want.keys.slice(-2)).toEqual([BASE_OTHER, BASE_NOT_STATED]);

  const atlas = new Atlas(page);
  await atlas.open(`?category=${c.id}`);
  await atlas.expectCount(select(models, f).length, TOTAL);
  await page.getByTestId('lineage-card').scrollIntoViewIfNeeded();
  await expectCard(atlas, f);
  const chart = page.getByTestId('lineage-chart');
  for (const fam of families.filter((x) => want.counts.per[x.id] === 0)) await expect(atlas.bar(chart, fam.id)).toHaveCount(0);
  await expect(atlas.bar(chart, BASE_OTHER)).toHaveAttribute('aria-label', new RegExp(`^${baseLabel(BASE_OTHER).replace(/[()]/g, '\\$&')}: 0 models`));
});

test('hovering or focusing a bar shows the family\'s maker', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open();
  const card = page.getByTestId('lineage-card');
  await card.scrollIntoViewIfNeeded();
  const chart = page.getByTestId('lineage-chart');
  await expectPainted(chart);
  const want = expected({});
  const [first, second] = want.keys;
  const bar = atlas.bar(chart, first);
  await bar.hover();
  await expect(bar.locator('.tip')).toBeVisible();
  await expect(bar.locator('.tip')).toHaveText(want.labels[0]);
  await expect(bar.locator('.tip')).toContainText(`· family by ${familyById.get(first).family_developer}`);

  await page.mouse.move(0, 0);
  await bar.focus();
  await page.keyboard.press('ArrowDown');
  const next = atlas.bar(chart, second);
  await expect(next).toBeFocused();
  await expect(next.locator('.tip')).toBeVisible();
  await expect(next.locator('.tip')).toContainText(`· family by ${familyById.get(second).family_developer}`);
});

for (const id of ['qwen', BASE_NOT_STATED]) {
  test(`?base=${id} gives the rule's result count and the card keeps counting every base`, async ({ page }) => {
    const f = { bases: [id] };
    const raw = models.filter((m) => ruleFamilies(m.base_model).includes(id));
    expect(select(models, f).map((m) => m.id)).toEqual(raw.map((m) => m.id));
    expect(raw.length).toBeGreaterThan(0);
    const atlas = new Atlas(page);
    await atlas.open(`?base=${id}`);
    await atlas.expectCount(raw.length, TOTAL);
    await expect(atlas.notice).toHaveCount(0);
    await page.getByTestId('lineage-card').scrollIntoViewIfNeeded();
    await expectCard(atlas, f);
    await expect(atlas.bar(page.getByTestId('lineage-chart'), id)).toHaveAttribute('aria-pressed', 'true');
  });
}

test('clicking a bar toggles base= and the panel\'s checkbox follows', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open();
  await page.getByTestId('lineage-card').scrollIntoViewIfNeeded();
  const chart = page.getByTestId('lineage-chart');
  await expectPainted(chart);
  const id = expected({}).keys[1];
  await atlas.bar(chart, id).click();
  await atlas.expectParam('base', id);
  await atlas.expectCount(select(models, { bases: [id] }).length, TOTAL);
  await expect(atlas.checkbox('base', id)).toBeChecked();
  await expect(atlas.bar(chart, id)).toHaveAttribute('aria-pressed', 'true');
  await atlas.bar(chart, BASE_NOT_STATED).click();
  await atlas.expectParam('base', [id, BASE_NOT_STATED].sort().join(','));
  await atlas.expectCount(select(models, { bases: [id, BASE_NOT_STATED] }).length, TOTAL);
  await atlas.bar(chart, id).click();
  await atlas.bar(chart, BASE_NOT_STATED).click();
  await atlas.expectParam('base', null);
  await atlas.expectCount(TOTAL, TOTAL);
});

test('in 中文 the card names the families by name_zh with the same numbers', async ({ page }) => {
  const f = { kinds: ['university'] };
  const atlas = new Atlas(page);
  await atlas.open('?lang=zh&kind=university');
  await atlas.expectCount(select(models, f).length, TOTAL, 'zh');
  await page.getByTestId('lineage-card').scrollIntoViewIfNeeded();
  await expectCard(atlas, f, 'zh');
  await expect(page.getByTestId('lineage-card').locator('h2')).toHaveText('已记录模型建立在哪些基座之上');
});
