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

export function loadModels() {
  return readCsv('models.csv').map((r) => ({
    ...r,
    partnersList: list(r.partners),
    functionsList: list(r.functions),
    specialties: list(r.specialty),
    date: parseDate(r.released),
  }));
}

export const loadSources = () => readCsv('sources.csv');
export const loadCategories = () => readCsv('categories.csv');
export const loadQuotes = () => readCsv('quotes.csv');

// ---- vocabularies and English labels, as the UI shows them --------------------------------------

export const KINDS = ['company', 'hospital', 'university', 'institute', 'consortium'];
export const KIND_LABEL = { company: 'Company', hospital: 'Hospital', university: 'University', institute: 'Institute', consortium: 'Consortium' };
export const MODALITIES = ['text', 'image', 'multimodal', 'omics'];
export const OPEN = ['yes', 'no', 'unknown'];
export const SOURCE_KINDS = ['primary', 'news', 'secondary'];
export const specialtyLabel = (id) => id.replaceAll('-', ' ');

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

/** Whether every term of `q` occurs in the model's name, Chinese name, developer, partners or functions. */
export function matchesQuery(m, q) {
  const terms = normalize(q).split(' ').filter(Boolean);
  if (terms.length === 0) return true;
  const hay = normalize([m.name, m.name_zh, m.developer, m.partnersList.join(' '), m.functionsList.join(' ')].join(' \u001f '));
  return terms.every((t) => hay.includes(t));
}

// ---- stories ------------------------------------------------------------------------------------

export const inPathologyStory = (m) => m.category === 'pathology' || m.specialties.includes('pathology');

export const isHospitalName = (p) => p.toLowerCase().includes('hospital') || p.includes('医院');

export const inHospitalsStory = (m) =>
  (m.developer_kind === 'hospital' || m.partnersList.some(isHospitalName)) && m.specialties.some((s) => s !== 'general');

// ---- filtering and faceted counts ---------------------------------------------------------------

/**
 * Filters: { categories, kinds, specialties, modalities, open, sources: arrays of ids; from, to:
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
 * Counts per value of `facet` among rows matching every *other* filter. `valueOf(m)` gives the
 * row's values for the facet (one or several).
 */
export function facetCounts(models, f, facet) {
  const valuesOf = {
    categories: (m) => [m.category],
    kinds: (m) => [m.developer_kind],
    specialties: (m) => m.specialties,
    modalities: (m) => (m.modality ? [m.modality] : []),
    open: (m) => [m.open_weights],
    sources: (m) => [m.source_kind],
  }[facet];
  const counts = {};
  for (const m of models) {
    if (!passes(m, f, facet)) continue;
    for (const v of valuesOf(m)) counts[v] = (counts[v] ?? 0) + 1;
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
  const key = field === 'name' ? (m) => normalize(m.name) : dateKey;
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

/** A share 0..1 as "5.2%". */
export const formatPercent = (share) => `${(share * 100).toFixed(1)}%`;
