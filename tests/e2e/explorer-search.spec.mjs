// Search: the text typed into #search filters by name, developer, partners and functions, the
// published base model, and the English and Chinese names of the model's base families, category,
// function categories and specialties, ignoring case and character width (ＧＰＴ finds GPT), for
// Latin and Chinese alike; every term must match. It is kept as `q=` in the URL (in place: typing
// adds no history entries).
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, select, matchesQuery, normalize, searchFieldGroups, TABLE_PAGE } from './support/data.mjs';

const models = loadModels();
const TOTAL = models.length;

/** Types `text` into the search box and checks the count, the URL and the rows against the CSV. */
async function searchAndCheck(atlas, text, { typeKeys = false } = {}) {
  const length = await atlas.historyLength();
  await atlas.search.fill('');
  if (typeKeys) await atlas.search.pressSequentially(text);
  else await atlas.search.fill(text);
  const expected = select(models, { q: text });
  await atlas.expectCount(expected.length, TOTAL);
  await atlas.expectParam('q', text.trim());
  await expect(atlas.search).toHaveValue(text);
  await expect.poll(() => atlas.rowIds()).toEqual(expected.slice(0, TABLE_PAGE).map((m) => m.id));
  expect(await atlas.historyLength(), 'typing replaces the history entry').toBe(length);
  return expected;
}

test('Latin search in mixed case matches names, developers and functions', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=models');
  await atlas.expectCount(TOTAL, TOTAL);

  // A developer name in odd case.
  const byDeveloper = await searchAndCheck(atlas, 'HuAwEi', { typeKeys: true });
  expect(byDeveloper.length, 'the data has Huawei rows').toBeGreaterThan(0);
  expect(byDeveloper.length).toBeLessThan(TOTAL);
  expect(byDeveloper.some((m) => normalize(m.developer).includes('huawei') || m.partnersList.some((p) => /huawei/i.test(p)))).toBe(true);

  // A word found only in some rows' functions, not their names or developers.
  const fnWord = 'Pathology';
  const found = await searchAndCheck(atlas, fnWord);
  expect(found.some((m) => !/pathology/i.test(m.name) && !/pathology/i.test(m.developer) && m.functionsList.some((f) => /pathology/i.test(f))),
    'some rows match through their functions only').toBe(true);

  // Two terms must both occur.
  const both = await searchAndCheck(atlas, 'pathology  HUAWEI');
  expect(both.length).toBeLessThan(found.length);
  expect(both.every((m) => matchesQuery(m, 'pathology') && matchesQuery(m, 'huawei'))).toBe(true);

  // Typed key by key, the space between terms survives (the box is not rewritten under the reader).
  await searchAndCheck(atlas, 'Pathology Huawei', { typeKeys: true });

  // Clearing the box brings every row back and removes q.
  await atlas.search.fill('');
  await atlas.expectParam('q', null);
  await atlas.expectCount(TOTAL, TOTAL);
});

test('Chinese search matches Chinese names and functions', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=models');
  const found = await searchAndCheck(atlas, '病理');
  expect(found.length, 'the data has rows mentioning 病理').toBeGreaterThan(0);
  expect(new URL(page.url()).search).toContain('q=%E7%97%85%E7%90%86');
});

test('fullwidth Latin finds the same rows as ASCII', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=models');
  const ascii = select(models, { q: 'gpt' });
  expect(ascii.length, 'the data has GPT rows').toBeGreaterThan(0);
  const wide = await searchAndCheck(atlas, 'ＧＰＴ');
  expect(wide.map((m) => m.id)).toEqual(ascii.map((m) => m.id));
  // The same text typed as ASCII in another case gives the same rows.
  const upper = await searchAndCheck(atlas, 'Gpt');
  expect(upper.map((m) => m.id)).toEqual(ascii.map((m) => m.id));
});

test('a q= link fills the search box and filters', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open(`?view=models&q=${encodeURIComponent('ＧＰＴ')}`);
  await expect(atlas.search).toHaveValue('ＧＰＴ');
  await atlas.expectCount(select(models, { q: 'gpt' }).length, TOTAL);
});

const GROUPS = ['text', 'base', 'family', 'category', 'fcat', 'specialty'];
const CJK = /\p{Script=Han}/u;
/** Whether a term occurs in the model's fields of `group`. */
const inGroup = (m, group, term) => searchFieldGroups(m)[group].some((f) => normalize(f).includes(term));

/** The words (Chinese, or Latin of 4+ letters, as `script` asks) of a model's `group` fields. */
function wordsOf(m, group, script) {
  return searchFieldGroups(m)[group].flatMap((f) => normalize(f).split(/[\s()（）/,;:'"、，·]+/u))
    .filter((w) => (script === 'zh' ? CJK.test(w) && [...w].length >= 2 : /^[a-z][a-z0-9-]{3,}$/.test(w)));
}

/**
 * A search word for `group`, taken from the data: of the group's words, the one that the most
 * models have in no other field the search looks in, so only that group can make them match.
 * Falls back to words at least not in the models' names, developer, partners or functions.
 */
function termOnlyIn(group, script) {
  const words = [...new Set(models.flatMap((m) => wordsOf(m, group, script)))];
  const best = (strict) => {
    const scored = words.map((w) => [w, models.filter((m) => inGroup(m, group, w)
      && GROUPS.filter((g) => g !== group && (strict || g === 'text')).every((g) => !inGroup(m, g, w))).length]);
    const [w, n] = scored.reduce((a, b) => (b[1] > a[1] ? b : a), [undefined, 0]);
    return n > 0 ? w : undefined;
  };
  return best(true) ?? best(false);
}

test('search also matches the base model, and base family, category, function category and specialty names in both languages', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=models');
  const cases = [['base', 'en'], ['family', 'en'], ['family', 'zh'], ['category', 'en'], ['category', 'zh'], ['fcat', 'en'], ['fcat', 'zh'], ['specialty', 'en'], ['specialty', 'zh']];
  for (const [group, script] of cases) {
    const term = termOnlyIn(group, script);
    expect(term, `a ${script} word found only in the ${group} fields of some model`).toBeTruthy();
    const found = await searchAndCheck(atlas, term);
    expect(found.some((m) => inGroup(m, group, term) && !inGroup(m, 'text', term)),
      `"${term}": some rows match through their ${group} fields, not their names, developers or functions`).toBe(true);
  }
  // Terms may match different fields, but each must match: a base family's and a specialty's
  // Chinese names, both of one model.
  const m = models.find((x) => wordsOf(x, 'family', 'zh').length > 0 && wordsOf(x, 'specialty', 'zh').length > 0);
  expect(m, 'a model with a base family and a specialty').toBeTruthy();
  const [family, specialty] = [wordsOf(m, 'family', 'zh')[0], wordsOf(m, 'specialty', 'zh')[0]];
  const both = await searchAndCheck(atlas, `${family} ${specialty}`);
  expect(both.map((x) => x.id)).toContain(m.id);
  expect(both.every((x) => matchesQuery(x, family) && matchesQuery(x, specialty))).toBe(true);
});
