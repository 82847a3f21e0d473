// The bundled data as the specs see it: data/*.csv read with node's fs and a small RFC 4180 parser,
// plus the rules the UI states (filters, search, sort, stories, timeline) written out independently
// of the Rust code, so expected numbers always come from the CSV files and never from constants.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data');

/**
 * Parses CSV text into an array of rows (arrays of strings). Handles quoted fields containing
 * commas, line breaks (LF or CRLF) and doubled quotes (""), CRLF line ends and a leading BOM.
 */
export function parseCsvRows(text) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i += 1; continue;
      }
      field += c; i += 1; continue;
    }
    if (c === '"' && field === '') { quoted = true; i += 1; continue; }
    if (c === ',') { row.push(field); field = ''; i += 1; continue; }
    if (c === '\r' || c === '\n') {
      row.push(field); field = '';
      rows.push(row); row = [];
      i += (c === '\r' && text[i + 1] === '\n') ? 2 : 1;
      continue;
    }
    field += c; i += 1;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  // Blank lines are not records.
  return rows.filter((r) => !(r.length === 1 && r[0].trim() === ''));
}

/** Parses CSV text with a header line into objects keyed by (trimmed) column name. */
export function parseCsv(text) {
  const [header, ...records] = parseCsvRows(text);
  const names = header.map((h) => h.trim());
  return records.map((r, n) => {
    if (r.length !== names.length) throw new Error(`record ${n + 2}: ${r.length} fields, header has ${names.length}`);
    return Object.fromEntries(names.map((name, j) => [name, r[j].trim()]));
  });
}

export function readCsv(file) {
  return parseCsv(readFileSync(path.join(DATA_DIR, file), 'utf8'));
}

/** A `;`-separated list: items trimmed, empty ones dropped. */
export const list = (v) => v.split(';').map((s) => s.trim()).filter(Boolean);

/** A `released` value as [year, month|null, day|null], or null when empty. */
export function parseDate(v) {
  if (!v) return null;
  const [y, m, d] = v.split('-').map(Number);
  return [y, m ?? null, d ?? null];
}

export const loadSources = () => readCsv('sources.csv');
export const loadCategories = () => readCsv('categories.csv');
export const loadQuotes = () => readCsv('quotes.csv');
export const loadSpecialties = () => readCsv('specialties.csv');
/** A number of data/survey_figures.csv by its `metric`. */
export function surveyFigure(metric) {
  const f = readCsv('survey_figures.csv').find((x) => x.metric === metric);
  if (!f) throw new Error(`survey_figures.csv has no metric ${metric}`);
  return Number(f.value);
}
/** The survey's headline: models surveyed, functions counted, application categories. */
export const surveyHeadline = () => ({
  models: surveyFigure('models_surveyed'),
  functions: surveyFigure('functionalities_total'),
  categories: surveyFigure('application_categories'),
});
/** data/functions.csv: one row per function phrase of a model, with its category id. */
export const loadFunctions = () => readCsv('functions.csv');
/** data/base_families.csv, each family with its `match` substrings as a lowercase list. */
export const loadBaseFamilies = () => readCsv('base_families.csv').map((f) => ({ ...f, matches: list(f.match).map((s) => s.toLowerCase()) }));
export const loadChanges = () => readCsv('changes.csv');
export const loadProvinces = () => readCsv('provinces.csv');
export const loadLocations = () => readCsv('locations.csv');
/** The province value of a model whose developer has no row in locations.csv. */
export const NOT_LOCATED = 'not-located';
const LOCATION_BY_DEVELOPER = new Map(loadLocations().map((l) => [l.developer, l]));

/** The built-on values that are not families of base_families.csv. */
export const BASE_OTHER = 'other';
export const BASE_NOT_STATED = 'not-stated';

/**
 * The base families of a `base_model` text (data/README.md): every family one of whose `match`
 * substrings occurs in the lowercased text; `not-stated` when the text is empty, `other` when it
 * names none of them. In base_families.csv order.
 */
export function baseFamiliesOf(baseModel, families = loadBaseFamilies()) {
  const text = baseModel.trim().toLowerCase();
  if (text === '') return [BASE_NOT_STATED];
  const ids = families.filter((f) => f.matches.some((s) => text.includes(s))).map((f) => f.id);
  return ids.length > 0 ? ids : [BASE_OTHER];
}

/**
 * One row of the models.csv schema as the specs use it: lists parsed, release date, the categories
 * of its functions (from `fcatsById`: model id → Set of category ids; distinct, in categories.csv
 * order) and its base families.
 */
export function modelFromRow(r, fcatsById = new Map(), families = loadBaseFamilies(), categoryOrder = loadCategories().map((c) => c.id)) {
  return {
    ...r,
    partnersList: list(r.partners),
    functionsList: list(r.functions),
    specialties: list(r.specialty),
    date: parseDate(r.released),
    functionCategories: categoryOrder.filter((c) => fcatsById.get(r.id)?.has(c)),
    baseFamilies: baseFamiliesOf(r.base_model ?? '', families),
    // Where its lead developer is based (locations.csv), or null.
    location: LOCATION_BY_DEVELOPER.get(r.developer) ?? null,
    province: LOCATION_BY_DEVELOPER.get(r.developer)?.province ?? NOT_LOCATED,
  };
}


/** A province's name (provinces.csv), or the UI's name of not-located. */
export function provinceLabel(id, lang = 'en') {
  if (id === NOT_LOCATED) return lang === 'zh' ? '未定位' : 'Not located';
  const p = loadProvinces().find((x) => x.id === id);
  if (!p) throw new Error(`province ${id} is not in data/provinces.csv`);
  return lang === 'zh' ? p.name_zh : p.name_en;
}

/** The models of data/models.csv (see `modelFromRow`), function categories from data/functions.csv. */
export function loadModels() {
  const families = loadBaseFamilies();
  const categoryOrder = loadCategories().map((c) => c.id);
  const fcats = new Map();
  for (const f of loadFunctions()) {
    if (!fcats.has(f.model_id)) fcats.set(f.model_id, new Set());
    fcats.get(f.model_id).add(f.category);
  }
  return readCsv('models.csv').map((r) => modelFromRow(r, fcats, families, categoryOrder));
}

// ---- vocabularies and English labels, as the UI shows them --------------------------------------

export const KINDS = ['company', 'hospital', 'university', 'institute', 'consortium'];
export const KIND_LABEL = { company: 'Company', hospital: 'Hospital', university: 'University', institute: 'Institute', consortium: 'Consortium' };
export const MODALITIES = ['text', 'image', 'multimodal', 'omics'];
export const MODALITY_LABEL = { text: 'Text', image: 'Image', multimodal: 'Multimodal', omics: 'Omics' };
export const OPEN = ['yes', 'no', 'unknown'];
export const SOURCE_KINDS = ['primary', 'news', 'secondary'];

const SPECIALTIES = new Map(loadSpecialties().map((r) => [r.id, r]));
/** A specialty's name as the UI shows it: specialties.csv's `name_en` or, for `zh`, `name_zh`. */
export function specialtyLabel(id, lang = 'en') {
  const r = SPECIALTIES.get(id);
  if (!r) throw new Error(`specialty ${id} is not in data/specialties.csv`);
  return lang === 'zh' ? r.name_zh : r.name_en;
}

/** The URL parameter of each facet and its key in the filters of `select` / `facetCounts`. */
export const FACET_KEYS = {
  category: 'categories', kind: 'kinds', specialty: 'specialties', modality: 'modalities',
  open: 'open', source: 'sources', fcat: 'fcats', base: 'bases', province: 'provinces',
};

/** A category's name (categories.csv), for the category and function-category facets. */
export function categoryLabel(id, lang = 'en') {
  const c = loadCategories().find((x) => x.id === id);
  if (!c) throw new Error(`category ${id} is not in data/categories.csv`);
  return lang === 'zh' ? c.name_zh : c.name_en;
}

/** The UI's names of the two built-on values that are not families. */
export const BASE_EXTRA_LABEL = {
  en: { other: 'Other base (no family)', 'not-stated': 'Not stated' },
  zh: { other: '其他基座（不属任何系列）', 'not-stated': '未说明' },
};

/** A built-on value's name: the family's name_en / name_zh, or the UI's name of other / not-stated. */
export function baseLabel(id, lang = 'en') {
  if (id === BASE_OTHER || id === BASE_NOT_STATED) return BASE_EXTRA_LABEL[lang][id];
  const f = loadBaseFamilies().find((x) => x.id === id);
  if (!f) throw new Error(`base family ${id} is not in data/base_families.csv`);
  return lang === 'zh' ? f.name_zh : f.name_en;
}

/** The built-on values (families of base_families.csv, then other and not-stated). */
export const BASE_VALUES = [...loadBaseFamilies().map((f) => f.id), BASE_OTHER, BASE_NOT_STATED];

/**
 * What the panel's ranked groups show before "Show all": the most frequent values first (ties by
 * id). These are the panel's design (src/core/facet.rs), not data.
 */
export const RANKED_SHOWN = { specialty: 10, base: 8, province: 8 };

/** How many rows the models table lists before "Show N more" (its design). */
export const TABLE_PAGE = 50;

/** How many sites the Sources view lists before it sums the rest in one line (its design). */
export const SITES_SHOWN = 25;

// ---- search -------------------------------------------------------------------------------------

/** Case- and width-insensitive normal form: fullwidth ASCII → ASCII, lowercase, one space. */
export function normalize(s) {
  const folded = Array.from(s, (ch) => {
    const cp = ch.codePointAt(0);
    if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCodePoint(cp - 0xfee0);
    if (cp === 0x3000) return ' ';
    return ch;
  }).join('');
  return folded.toLowerCase().split(/\s+/u).filter(Boolean).join(' ');
}

const CATEGORY_BY_ID = new Map(loadCategories().map((c) => [c.id, c]));
const FAMILY_BY_ID = new Map(loadBaseFamilies().map((f) => [f.id, f]));
const bothNames = (r) => (r ? [r.name_en, r.name_zh] : []);
const PROVINCE_BY_ID = new Map(loadProvinces().map((p) => [p.id, p]));

/**
 * The text search looks in, by group: `text` the names (Latin and Chinese), developer, partners
 * and functions; `base` the published base_model; `family` the English and Chinese names of the
 * model's base families (base_families.csv; `other` and `not-stated` are no family and add
 * nothing); `category` its category's and `fcat` its function categories' names (categories.csv);
 * `specialty` its specialties' names (specialties.csv). One entry per field, so a term never
 * matches across two of them.
 */
export function searchFieldGroups(m) {
  return {
    text: [m.name, m.name_zh, m.developer, ...m.partnersList, ...m.functionsList],
    base: [m.base_model],
    family: m.baseFamilies.flatMap((id) => bothNames(FAMILY_BY_ID.get(id))),
    category: bothNames(CATEGORY_BY_ID.get(m.category)),
    fcat: m.functionCategories.flatMap((id) => bothNames(CATEGORY_BY_ID.get(id))),
    specialty: m.specialties.flatMap((id) => bothNames(SPECIALTIES.get(id))),
    // Where the developer is based: the city as written, the province in both languages.
    place: m.location ? [m.location.city, ...bothNames(PROVINCE_BY_ID.get(m.location.province))] : [],
  };
}

/** Every field the search looks in (see `searchFieldGroups`). */
export const searchFields = (m) => Object.values(searchFieldGroups(m)).flat().filter(Boolean);

/** Whether every term of `q` occurs (case- and width-insensitively) in one of the model's search fields. */
export function matchesQuery(m, q) {
  const terms = normalize(q).split(' ').filter(Boolean);
  if (terms.length === 0) return true;
  const fields = searchFields(m).map(normalize);
  return terms.every((t) => fields.some((f) => f.includes(t)));
}

// ---- stories ------------------------------------------------------------------------------------

export const inPathologyStory = (m) => m.category === 'pathology' || m.specialties.includes('pathology');

export const isHospitalName = (p) => p.toLowerCase().includes('hospital') || p.includes('医院');

export const inHospitalsStory = (m) =>
  (m.developer_kind === 'hospital' || m.partnersList.some(isHospitalName)) && m.specialties.some((s) => s !== 'general');

// ---- filtering and faceted counts ---------------------------------------------------------------

/**
 * Filters: { categories, kinds, specialties, modalities, open, sources, fcats (function
 * categories), bases (built on): arrays of ids; from, to:
 * years or undefined; q: text; story: 'pathology' | 'hospitals' | undefined }. Values in a facet
 * are OR-ed, facets AND-ed; an empty facet does not constrain.
 */
const FACET_TESTS = {
  categories: (m, v) => v.includes(m.category),
  kinds: (m, v) => v.includes(m.developer_kind),
  specialties: (m, v) => m.specialties.some((s) => v.includes(s)),
  modalities: (m, v) => v.includes(m.modality),
  open: (m, v) => v.includes(m.open_weights),
  sources: (m, v) => v.includes(m.source_kind),
  fcats: (m, v) => m.functionCategories.some((c) => v.includes(c)),
  bases: (m, v) => m.baseFamilies.some((b) => v.includes(b)),
  provinces: (m, v) => v.includes(m.province),
};

function passes(m, f, except) {
  if (f.story === 'pathology' && !inPathologyStory(m)) return false;
  if (f.story === 'hospitals' && !inHospitalsStory(m)) return false;
  if (f.q && !matchesQuery(m, f.q)) return false;
  for (const [facet, test] of Object.entries(FACET_TESTS)) {
    if (facet === except) continue;
    const v = f[facet] ?? [];
    if (v.length > 0 && !test(m, v)) return false;
  }
  if (except !== 'years' && (f.from != null || f.to != null)) {
    if (!m.date) return false;
    if (f.from != null && m.date[0] < f.from) return false;
    if (f.to != null && m.date[0] > f.to) return false;
  }
  return true;
}

export const select = (models, f = {}) => models.filter((m) => passes(m, f));

/**
 * Counts per value of `facet` among rows matching every *other* filter; a row with several values
 * of the facet counts once in each.
 */
export function facetCounts(models, f, facet) {
  const valuesOf = {
    categories: (m) => [m.category],
    kinds: (m) => [m.developer_kind],
    specialties: (m) => m.specialties,
    modalities: (m) => (m.modality ? [m.modality] : []),
    open: (m) => [m.open_weights],
    sources: (m) => [m.source_kind],
    fcats: (m) => m.functionCategories,
    bases: (m) => m.baseFamilies,
    provinces: (m) => [m.province],
  }[facet];
  if (!valuesOf) throw new Error(`unknown facet ${facet}`);
  const counts = {};
  for (const m of models) {
    if (!passes(m, f, facet)) continue;
    for (const v of new Set(valuesOf(m))) counts[v] = (counts[v] ?? 0) + 1;
  }
  return counts;
}

// ---- sort ---------------------------------------------------------------------------------------

/** Code-point order, as Rust compares strings (UTF-8 byte order). */
export const cmpText = (a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

export const dateKey = (m) => (m.date ? m.date[0] * 10000 + (m.date[1] ?? 0) * 100 + (m.date[2] ?? 0) : null);

/**
 * The models table order for `name` or `released`, ascending or descending: rows without a value
 * last in both directions, ties by normalised name then id.
 */
export function sortModels(models, field, descending = false) {
  // Provinces in provinces.csv order, the not-located last; dates by their precision's key.
  const provinceRank = new Map(loadProvinces().map((p, i) => [p.id, i]));
  const key = { name: (m) => normalize(m.name), released: dateKey, province: (m) => provinceRank.get(m.province) ?? null }[field];
  if (!key) throw new Error(`sortModels does not know ${field}`);
  const cmpKey = field === 'name' ? cmpText : (a, b) => a - b;
  return [...models].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    let primary = 0;
    if (ka == null && kb == null) primary = 0;
    else if (ka == null) return 1;
    else if (kb == null) return -1;
    else primary = cmpKey(ka, kb);
    if (descending) primary = -primary;
    return primary || cmpText(normalize(a.name), normalize(b.name)) || cmpText(a.id, b.id);
  });
}

// ---- timeline -----------------------------------------------------------------------------------

/** Month-dated, year-only and undated rows among `models`. */
export function datePrecision(models) {
  const out = { month: 0, year: 0, undated: 0 };
  for (const m of models) {
    if (!m.date) out.undated += 1;
    else if (m.date[1] == null) out.year += 1;
    else out.month += 1;
  }
  return out;
}

// ---- formatting ---------------------------------------------------------------------------------

/** An integer with thousands separators, as the UI writes counts. */
export const formatInt = (n) => n.toLocaleString('en-US');

/** The English note under a chart of the atlas's records: `shown` of `all` models against the survey's count. */
export function sampleNote(shown, all, surveyed) {
  const n = shown < all ? `${formatInt(shown)} of the ${formatInt(all)} models documented in this atlas (your filters)` : `${formatInt(shown)} models documented in this atlas`;
  return `${n}; the survey counted ${formatInt(surveyed)}, not the same list.`;
}

/** A share 0..1 as "5.2%". */
export const formatPercent = (share) => `${(share * 100).toFixed(1)}%`;

// ---- data versions (data/changes.csv) -----------------------------------------------------------

/** Every data version of changes.csv, newest first (ISO dates compare as text). */
export function dataVersions(changes = loadChanges()) {
  return [...new Set(changes.map((c) => c.version))].sort().reverse();
}

/** The current data version: the latest `version` of changes.csv. */
export const currentVersion = () => dataVersions()[0];

/**
 * Each model id's history over every version: when it was added and last changed (a removal
 * starts over), as the app replays changes.csv.
 */
export function histories(changes = loadChanges()) {
  const out = new Map();
  for (const c of changes) {
    const h = out.get(c.model_id) ?? { added: null, changed: null };
    if (c.change === 'added') h.added = c.version;
    else if (c.change === 'changed') h.changed = h.changed && h.changed > c.version ? h.changed : c.version;
    else if (c.change === 'removed') { h.added = null; h.changed = null; }
    out.set(c.model_id, h);
  }
  return out;
}

/** 'new' (added after `since`), 'updated' (there at `since`, changed after it) or null. */
export function sinceStatus(history, since) {
  if (!history) return null;
  if (history.added && history.added > since) return 'new';
  if (history.changed && history.changed > since) return 'updated';
  return null;
}

/** Rows per source kind: { primary, news, secondary }. */
export function sourceKindCounts(models) {
  const out = Object.fromEntries(SOURCE_KINDS.map((k) => [k, 0]));
  for (const m of models) out[m.source_kind] += 1;
  return out;
}

/**
 * The data line of the page footer, the embed footer, About the data and downloads:
 * "Data version V · N models (P primary, N2 news, S secondary sources)".
 */
export function dataSummary(lang = 'en', models = loadModels()) {
  const k = sourceKindCounts(models);
  const [n, p, nw, s] = [models.length, k.primary, k.news, k.secondary].map(formatInt);
  const v = currentVersion();
  return lang === 'zh'
    ? `数据版本 ${v} · ${n}个模型（一手来源${p}个、新闻${nw}个、二手${s}个）`
    : `Data version ${v} · ${n} models (${p} primary, ${nw} news, ${s} secondary sources)`;
}

// ---- the homogenization cards: functions by category, what the models are built on -------------

/** Filters `f` without one facet's values: the rows a card of that facet counts over. */
export const without = (f, facet) => ({ ...f, [facet]: [] });

/**
 * The functions of `rows` (data/functions.csv rows of those models) per category:
 * { per: { categoryId: n }, total, models }. Every category of categories.csv has an entry.
 */
export function functionCounts(rows, functions = loadFunctions()) {
  const ids = new Set(rows.map((m) => m.id));
  const per = Object.fromEntries(loadCategories().map((c) => [c.id, 0]));
  let total = 0;
  for (const f of functions) {
    if (!ids.has(f.model_id)) continue;
    per[f.category] += 1;
    total += 1;
  }
  return { per, total, models: rows.length };
}

/** The function chart's bars: every category, most functions first, ties in categories.csv order. */
export function functionBars(counts) {
  return loadCategories().map((c, i) => ({ id: c.id, i, c, n: counts.per[c.id] }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map(({ id, c, n }) => ({ id, name_en: c.name_en, name_zh: c.name_zh, n, share: counts.total ? n / counts.total : 0 }));
}

/**
 * What `rows` are built on: `per` models per built-on value (BASE_VALUES), `stated` and
 * `notStated` models, the (at most) four largest families `top` (ties in base_families.csv order)
 * and `inTop`, the models in any of them.
 */
export function lineageCounts(rows) {
  const per = Object.fromEntries(BASE_VALUES.map((v) => [v, 0]));
  for (const m of rows) for (const b of new Set(m.baseFamilies)) per[b] += 1;
  const notStated = per[BASE_NOT_STATED];
  const families = loadBaseFamilies().map((f, i) => ({ id: f.id, i, n: per[f.id] }));
  const top = families.filter((f) => f.n > 0).sort((a, b) => b.n - a.n || a.i - b.i).slice(0, 4).map((f) => f.id);
  const inTop = rows.filter((m) => m.baseFamilies.some((b) => top.includes(b))).length;
  return { per, stated: rows.length - notStated, notStated, top, inTop };
}

/**
 * The lineage chart's bars, in order: the families with models (or chosen), most first, ties in
 * base_families.csv order; then `other` and `not-stated`, always.
 */
export function lineageBars(counts, chosen = []) {
  const families = loadBaseFamilies().map((f, i) => ({ id: f.id, i, n: counts.per[f.id] }))
    .filter((f) => f.n > 0 || chosen.includes(f.id))
    .sort((a, b) => b.n - a.n || a.i - b.i);
  return [...families.map((f) => ({ id: f.id, n: f.n })), { id: BASE_OTHER, n: counts.per[BASE_OTHER] }, { id: BASE_NOT_STATED, n: counts.per[BASE_NOT_STATED] }];
}

/** The developer kinds of `rows`, most first (ties in KINDS order), as "Hospital 24 · University 3". */
export function kindSplit(rows, lang = 'en') {
  const zh = { company: '企业', hospital: '医院', university: '高校', institute: '研究机构', consortium: '联合体' };
  const n = Object.fromEntries(KINDS.map((k) => [k, 0]));
  for (const m of rows) n[m.developer_kind] += 1;
  return KINDS.map((k, i) => ({ k, i, n: n[k] })).filter((x) => x.n > 0).sort((a, b) => b.n - a.n || a.i - b.i)
    .map((x) => `${lang === 'zh' ? zh[x.k] : KIND_LABEL[x.k]} ${formatInt(x.n)}`).join(' · ');
}

// ---- chart cards ---------------------------------------------------------------------------------

/**
 * The ids `chart=` takes, read from the README's parameter table (generated from the one table of
 * cards in src/core/cards.rs, and checked against it by tests/readme.rs).
 */
export function chartIds() {
  const readme = readFileSync(path.join(DATA_DIR, '../README.md'), 'utf8');
  const row = readme.split('\n').find((l) => l.startsWith('| `chart` |'));
  if (!row) throw new Error('README.md has no chart row in its parameter table');
  return [...row.split('|')[2].matchAll(/`([a-z-]+)`/g)].map((m) => m[1]);
}
