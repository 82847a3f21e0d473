// What changed (`view=changes`): every version of data/changes.csv, newest first, each with its
// counts ("A added · C updated · R removed") and one row per change in the file's order — the
// model, the change, and for an update the columns that changed. Under a filter only the changes
// of models within it are listed, plus the removed models (which have no record left to filter),
// and a note says how many are within the filters and how many removals are listed with them; a model's name opens its provenance panel (`model=` in the URL).
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadChanges, dataVersions, select, list, formatInt } from './support/data.mjs';

const models = loadModels();
const byId = new Map(models.map((m) => [m.id, m]));
const changes = loadChanges();
const VERSIONS = dataVersions();

const LABEL = {
  en: { added: 'added', changed: 'updated', removed: 'removed' },
  zh: { added: '新增', changed: '更新', removed: '移除' },
};

/** The model's name as the table shows it first (name_zh in 中文 when there is one). */
const shownName = (m, lang) => (lang === 'zh' && m.name_zh ? m.name_zh : m.name);

/** The note under a filter: the changes within it, apart from the removals listed anyway. */
function filteredNote(shown, lang) {
  const removed = shown.filter((c) => c.change === 'removed').length;
  const within = formatInt(shown.length - removed);
  if (lang === 'zh') {
    return removed === 0 ? `在你的筛选范围内：其中${within}项变更；仅列出这些。`
      : `在你的筛选范围内：其中${within}项变更；与本版的移除（${formatInt(removed)}项）一并列出，移除总会列出。`;
  }
  return removed === 0 ? `Within your filters: ${within} of these changes; only those are listed.`
    : `Within your filters: ${within} of these changes; they are listed with this version's removals (${formatInt(removed)}), which are always listed.`;
}

/** What the view should list for filters `f`: per version, its counts and its rows. */
function expected(f, lang = 'en') {
  const inFilter = new Set(select(models, f).map((m) => m.id));
  return VERSIONS.map((version) => {
    const all = changes.filter((c) => c.version === version);
    const n = (kind) => formatInt(all.filter((c) => c.change === kind).length);
    const shown = all.filter((c) => c.change === 'removed' || inFilter.has(c.model_id));
    return {
      version,
      title: lang === 'zh' ? `数据版本 ${version}` : `Data version ${version}`,
      counts: lang === 'zh' ? `新增${n('added')} · 更新${n('changed')} · 移除${n('removed')}` : `${n('added')} added · ${n('changed')} updated · ${n('removed')} removed`,
      note: shown.length < all.length ? filteredNote(shown, lang) : null,
      rows: shown.map((c) => ({
        id: c.model_id,
        change: c.change,
        name: byId.has(c.model_id) ? shownName(byId.get(c.model_id), lang) : (lang === 'zh' ? `${c.model_id}（已不在数据中）` : `${c.model_id} (no longer in the data)`),
        linked: byId.has(c.model_id),
        label: LABEL[lang][c.change],
        fields: list(c.fields).join(', '),
      })),
    };
  });
}

/** What the page lists: per section, its version, title, counts, note and rows. */
function listed(page) {
  return page.locator('section.release').evaluateAll((sections) => sections.map((s) => ({
    version: s.dataset.version,
    title: s.querySelector('h2').textContent,
    counts: s.querySelector('[data-testid=release-counts]').textContent,
    note: s.querySelector('p.note')?.textContent ?? null,
    rows: [...s.querySelectorAll('tbody tr[data-id][data-change]')].map((tr) => ({
      id: tr.dataset.id,
      change: tr.dataset.change,
      name: tr.querySelector('th').textContent,
      linked: !!tr.querySelector('th a'),
      label: tr.querySelectorAll('td')[0].textContent,
      fields: tr.querySelectorAll('td')[1].textContent,
    })),
  })));
}

test('every version of changes.csv, newest first, with its counts and every change', async ({ page }) => {
  expect(VERSIONS.length, 'more than one version').toBeGreaterThan(1);
  const want = expected({});
  // Each kind of change is in the data, so the counts and labels are all checked.
  for (const kind of ['added', 'changed', 'removed']) expect(changes.some((c) => c.change === kind), kind).toBe(true);

  const atlas = new Atlas(page);
  await atlas.open('?view=changes');
  await atlas.expectView('changes');
  await expect(atlas.tab('changes')).toHaveText('What changed');
  await expect.poll(() => listed(page)).toEqual(want);
  // Updated rows name their columns; the others none.
  const updated = want.flatMap((w) => w.rows).filter((r) => r.change === 'changed');
  expect(updated.every((r) => r.fields.length > 0)).toBe(true);
});

test('under a filter only the changes of models within it, and the removed ones, are listed, with a note', async ({ page }) => {
  const f = { kinds: ['hospital'] };
  const want = expected(f);
  // The filter leaves changes out, in every version.
  expect(want.every((w) => w.note !== null)).toBe(true);
  const atlas = new Atlas(page);
  await atlas.open('?view=changes&kind=hospital');
  await atlas.expectCount(select(models, f).length, models.length);
  await expect.poll(() => listed(page)).toEqual(want);
  // Every removed model stays listed.
  const removed = changes.filter((c) => c.change === 'removed').map((c) => c.model_id);
  for (const id of removed) await expect(page.locator(`tr[data-id="${id}"][data-change=removed]`)).toHaveCount(1);
});

test('rows brought on screen stay where they are (no estimated heights in the changes view)', async ({ page }) => {
  // Regression: the changes table shared the models table's off-screen row estimate (34 px for
  // rows of 24), so scrolling to a row re-laid the rows above it and moved it by hundreds of
  // pixels under the pointer; a click sent then missed.
  const atlas = new Atlas(page);
  await atlas.open('?view=changes');
  const rows = page.locator('section.release tbody tr th a');
  const row = rows.nth(Math.floor((await rows.count()) / 2));
  const moved = await row.evaluate(async (a) => {
    a.scrollIntoView({ block: 'center' });
    const y = a.getBoundingClientRect().y;
    for (let i = 0; i < 4; i++) await new Promise((r) => requestAnimationFrame(r));
    return a.getBoundingClientRect().y - y;
  });
  expect(Math.abs(moved), 'how far the row moved after it came on screen').toBeLessThan(1);
});

test('a model\'s name opens its provenance panel', async ({ page }) => {
  const change = changes.find((c) => c.change === 'changed' && byId.has(c.model_id));
  const m = byId.get(change.model_id);
  const atlas = new Atlas(page);
  await atlas.open('?view=changes');
  const row = page.locator(`section.release[data-version="${change.version}"] tr[data-id="${m.id}"][data-change=changed]`);
  const link = row.locator('th a');
  await expect(link).toHaveText(m.name);
  expect(new URL(await link.evaluate((a) => a.href)).searchParams.get('model'), 'a real link to the panel').toBe(m.id);
  await link.click();
  await expect(atlas.provenance).toBeVisible();
  await atlas.expectParam('model', m.id);
  await atlas.expectParam('view', 'changes');
  await expect(atlas.provenance.locator('#provenance-title')).toContainText(m.name);
  await page.keyboard.press('Escape');
  await expect(atlas.provenance).toHaveCount(0);
  await atlas.expectParam('model', null);
});

test('in 中文 the versions, counts, changes and names are Chinese', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=changes&lang=zh&kind=university');
  await expect(atlas.tab('changes')).toHaveText('数据变更');
  await expect.poll(() => listed(page)).toEqual(expected({ kinds: ['university'] }, 'zh'));
});
