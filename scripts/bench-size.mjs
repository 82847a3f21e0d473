#!/usr/bin/env node
// Where the bytes of the release build go (`./scripts/bench size`, or run it directly on an
// existing build): gzip -9 sizes of what a reader downloads from dist/, then twiggy on the
// pre-wasm-bindgen binary (the only one that still has function names) summed by section, by
// crate, by what generic code was instantiated for, and the largest functions. Meant to be run
// before and after each size change, so the tables stay in the same shape from run to run.
//   node scripts/bench-size.mjs [dist-dir] [pre-bindgen.wasm]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = process.argv[2] || fileURLToPath(new URL('../dist', import.meta.url));
const wasm = process.argv[3] || fileURLToPath(new URL('../target/wasm32-unknown-unknown/release/medllm-atlas.wasm', import.meta.url));
const twiggy = process.env.TWIGGY || 'twiggy';

const num = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
const pct = (n, of) => (of ? ((100 * n) / of).toFixed(1) : '0.0') + ' %';
const cut = (s, w) => (s.length > w ? s.slice(0, w - 1) + '…' : s);
const heading = (s) => console.log(`\n== ${s}`);
// One table row: a label, then right-aligned columns.
const row = (label, cols, w = 44) => console.log(`  ${cut(label, w).padEnd(w)}${cols.map((c) => String(c).padStart(12)).join('')}`);
const when = (f) => statSync(f).mtime.toISOString().replace(/\.\d+Z$/, 'Z');

// ---- 1. What a reader downloads -------------------------------------------------------------

// Files only: while Trunk builds, dist/ also holds its .stage/ folder.
const names = readdirSync(dist).filter((f) => !f.startsWith('.') && statSync(join(dist, f)).isFile()).sort();
const newest = names.map((f) => join(dist, f)).reduce((a, b) => (statSync(b).mtimeMs > statSync(a).mtimeMs ? b : a));
heading(`dist/: what a reader downloads, gzip -9 (built ${when(newest)})`);
// The page's own files, as scripts/size-budget.mjs counts them: sw.js is the service worker,
// not the page, and the offline copy is downloaded only on request.
const shipped = names.filter((f) => /\.(wasm|js|css)$/.test(f) && f !== 'sw.js');
let total = 0;
let wasmGz = 0;
let wasmRaw = 0;
row('file', ['raw', 'gzip -9'], 52);
for (const f of [...shipped, 'index.html']) {
  const raw = readFileSync(join(dist, f));
  const gz = gzipSync(raw, { level: 9 }).length;
  if (f !== 'index.html') total += gz;
  if (f.endsWith('.wasm')) { wasmGz = gz; wasmRaw = raw.length; }
  row(f, [num(raw.length), num(gz)], 52);
}
row('wasm + js + css', ['', `${num(total)} (${kb(total)})`], 52);
const others = names.filter((f) => !shipped.includes(f) && f !== 'index.html');
if (others.length) console.log(`  also in dist/, not counted: ${others.map((f) => `${f} (${num(statSync(join(dist, f)).size)} raw)`).join(', ')}`);

// ---- 2. twiggy on the binary with names -----------------------------------------------------

// twiggy's CSV quotes fields with commas or quotes and doubles inner quotes; names such as
// `HtmlElement<E,At,Ch>` need that, so a split on ',' is not enough.
function parseCsv(text) {
  const rows = [];
  let field = '';
  let fields = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { fields.push(field); field = ''; }
    else if (c === '\n') { fields.push(field); rows.push(fields); fields = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  if (field || fields.length) { fields.push(field); rows.push(fields); }
  return rows;
}

let csv;
try {
  csv = execFileSync(twiggy, ['top', '-n', '1000000', '-f', 'csv', wasm], { encoding: 'utf8', maxBuffer: 256 << 20 });
} catch (e) {
  console.error(`bench-size: could not run ${twiggy} on ${wasm}: ${e.message}`);
  console.error('bench-size: install it with `cargo install twiggy --locked` (./scripts/bench size does that)');
  process.exit(1);
}
const [header, ...body] = parseCsv(csv);
const nameCol = header.indexOf('Name');
const sizeCol = header.indexOf('ShallowSize');
if (nameCol < 0 || sizeCol < 0) { console.error(`bench-size: unexpected twiggy CSV header: ${header.join(',')}`); process.exit(1); }
const items = body.filter((r) => r.length > sizeCol).map((r) => ({ name: r[nameCol], size: Number(r[sizeCol]) }));
const fileSize = statSync(wasm).size;

// Demangled names carry noise that splits one function into many labels: v0 crate
// disambiguators (`core[c5930c85a12de822]`), legacy hashes (`::h0123456789abcdef`) and LLVM's
// de-duplication suffixes (`to_digit.727`).
const clean = (n) => n.replace(/\[[0-9a-f]{6,}\]/g, '').replace(/::h[0-9a-f]{16}$/, '').replace(/\.\d+$/, '');

// Index of the '>' closing the '<' at `open`; '->' in fn-pointer types is not a bracket.
function closing(s, open) {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '<') depth++;
    else if (s[i] === '>' && s[i - 1] !== '-' && --depth === 0) return i;
  }
  return -1;
}

// Split `X as Y` at its top-level ' as ' (not one inside X's or Y's own brackets).
function splitAs(inner) {
  let depth = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '<' || c === '(' || c === '[') depth++;
    else if ((c === '>' && inner[i - 1] !== '-') || c === ')' || c === ']') depth--;
    else if (depth === 0 && inner.startsWith(' as ', i)) return [inner.slice(0, i), inner.slice(i + 4)];
  }
  return [inner, null];
}

// The crate a path starts with; medllm_atlas is split into its two halves (the pure core and the
// browser app) because that is the line size work is planned along.
function crateOfPath(p) {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)::(?:([A-Za-z_][A-Za-z0-9_]*)::)?/.exec(p);
  if (!m) return null;
  if (m[1] === 'medllm_atlas') return m[2] === 'core' || m[2] === 'app' ? `medllm_atlas::${m[2]}` : 'medllm_atlas (other)';
  return m[1];
}

// The crate of a type: `&mut medllm_atlas::X` → medllm_atlas, `[tachys::Y]` → tachys; null for a
// primitive, a tuple or a generic parameter (`T`, `F`), whose crate the name does not say.
function crateOfType(t) {
  t = t.trim().replace(/^(?:&(?:'\w+ )?(?:mut )?|\*const |\*mut |dyn |impl )+/, '');
  if (t.startsWith('[')) return crateOfType(t.slice(1).replace(/[;\]].*$/, ''));
  if (t.startsWith('<')) return homeCrate(t);
  return crateOfPath(t);
}

// The crate a function is counted under. `<X as Y>::f` belongs to X's crate (the impl's type),
// or Y's when X is a primitive or a generic parameter; `<X>::f` to X's; other paths to their
// first segment. Inherent methods of primitives (`<char>::is_whitespace`) are in the standard
// library and their names do not say which of its crates: they are counted under core.
function homeCrate(n) {
  if (n.startsWith('<')) {
    const end = closing(n, 0);
    if (end > 0) {
      const [self, trait] = splitAs(n.slice(1, end));
      return crateOfType(self) || (trait && crateOfPath(trait.trim())) || 'core';
    }
  }
  return crateOfPath(n) || '(unmangled: builtins, shims)';
}

// The crates named inside generic arguments, with their nesting depth. Brackets that qualify a
// path rather than give arguments (`<X as Y>::`, `<impl Y for X>::`) do not add depth, so
// `<alloc::vec::Vec<medllm_atlas::Row> as core::ops::Drop>::drop` yields medllm_atlas at depth
// 1 and nothing for alloc or core.
function argCrates(n) {
  const found = [];
  const stack = []; // one entry per open '<': does it add depth?
  let depth = 0;
  for (let i = 0; i < n.length; i++) {
    const c = n[i];
    if (c === '<') {
      const end = closing(n, i);
      const inner = end > 0 ? n.slice(i + 1, end) : '';
      const qualifier = inner.startsWith('impl ') || splitAs(inner)[1] !== null;
      stack.push(!qualifier);
      if (!qualifier) depth++;
    } else if (c === '>' && n[i - 1] !== '-') {
      if (stack.pop()) depth--;
    } else if (depth > 0 && /[A-Za-z_]/.test(c) && !/[A-Za-z0-9_:]/.test(n[i - 1] || '')) {
      const crate = crateOfPath(n.slice(i));
      if (crate) found.push({ crate, depth });
      while (i + 1 < n.length && /[A-Za-z0-9_]/.test(n[i + 1])) i++;
    }
  }
  return found;
}

// Crates whose generics are instantiated for everyone: naming one of them in the arguments
// (`Vec<u8>`, `dyn core::ops::FnMut<()>`) says nothing about who the code was made for.
const STD = new Set(['core', 'alloc', 'std']);
// Whom an instantiation was made for: the innermost crate outside the standard library named in
// its generic arguments (`Option<medllm_atlas::Model<String>>` → medllm_atlas), and the
// outermost one too, which differs when the crate's type only holds another's (`tachys`'s
// ElementState<(web_sys::Element, &str)>: innermost web_sys, outermost tachys).
function madeFor(n) {
  const found = argCrates(n).filter((f) => !STD.has(f.crate));
  if (!found.length) return null;
  const inner = found.reduce((a, b) => (b.depth >= a.depth ? b : a)).crate;
  const outer = found.reduce((a, b) => (b.depth < a.depth ? b : a)).crate;
  return { inner, outer };
}

// Everything that is not a function body. wasm-bindgen reads the `__wbindgen_describe_*`
// exports (and the WasmDescribe helpers only they call) and deletes them, together with its
// `__wasm_bindgen_unstable` section; running wasm-bindgen 0.2.130 on this binary and twiggy on
// its output showed all of them gone. The name section does not reach dist/ either; the small
// custom sections 'producers', 'target_features' and '__wasm_split_unstable' do (twiggy on
// dist/*.wasm still lists them).
function kind(name) {
  if (/^".*" subsection$/.test(name) || name === "custom section 'name' headers") return 'name section';
  if (/^custom section '/.test(name)) return 'custom section';
  if (/^data segment /.test(name)) return 'data';
  if (/^(export ")?__wbindgen_describe_/.test(name)) return 'describe';
  if (/WasmDescribe|wasm_bindgen::describe::|wbg_cast::breaks_if_inlined/.test(name)) return 'describe helper';
  if (/^import /.test(name)) return 'import';
  if (/^export /.test(name)) return 'export';
  if (/^(type|table|memory|global|elem)\[\d+\]| section headers$|^wasm magic bytes$/.test(name)) return 'structure';
  return 'code';
}

const groups = new Map();
const add = (map, key, size) => { const g = map.get(key) || { size: 0, count: 0 }; g.size += size; g.count++; map.set(key, g); return g; };
for (const it of items) {
  it.kind = kind(it.name);
  add(groups, it.kind === 'custom section' ? it.name.replace(/ headers$/, '') : it.kind, it.size);
}
const code = items.filter((it) => it.kind === 'code');
const codeTotal = code.reduce((s, it) => s + it.size, 0);
const dataTotal = groups.get('data')?.size || 0;

heading(`twiggy: ${relative(root, wasm)} (built ${when(wasm)}), ${num(fileSize)} bytes`);
console.log('  Raw bytes of the binary before wasm-bindgen, wasm-opt and gzip: proportions, not shipped bytes.');
console.log(`  For scale: code + data here ${kb(codeTotal + dataTotal)}; the shipped wasm in dist/ is ${kb(wasmRaw)} raw, ${kb(wasmGz)} gzipped.`);
const counted = items.reduce((s, it) => s + it.size, 0);
if (counted !== fileSize) console.log(`  (twiggy's items add up to ${num(counted)} bytes, not the file's ${num(fileSize)})`);

heading('sections');
row('', ['bytes', 'of file', 'items']);
const show = (label, key) => { const g = groups.get(key); if (g) row(label, [num(g.size), pct(g.size, fileSize), num(g.count)]); };
show('code (function bodies)', 'code');
show('data segments (.rodata, .data)', 'data');
show('imports (JS functions the wasm calls)', 'import');
show('exports', 'export');
show('types, table, globals, headers', 'structure');
const customs = [...groups].filter(([k]) => k.startsWith('custom section')).sort((a, b) => b[1].size - a[1].size).map(([k]) => k);
const bindgenSection = "custom section '__wasm_bindgen_unstable'";
for (const key of customs.filter((k) => k !== bindgenSection)) show(key, key);
console.log('  not shipped:');
show('  name section ("function names" etc.)', 'name section');
console.log('  removed by wasm-bindgen:');
show(`  ${bindgenSection}`, bindgenSection);
show('  __wbindgen_describe_* (exports + bodies)', 'describe');
show('  WasmDescribe, wbg_cast helpers they call', 'describe helper');

heading('code by crate (shallow bytes of function bodies; describe code excluded)');
const byCrate = new Map();
const moved = new Map(); // made-for crate → { size, count, from: Map(home → size), via: Map(outer → size) }
let namedArgs = 0;
const tally = (map, key, size) => map.set(key, (map.get(key) || 0) + size);
for (const it of code) {
  const n = clean(it.name);
  it.clean = n;
  it.crate = homeCrate(n);
  add(byCrate, it.crate, it.size);
  const f = madeFor(n);
  if (f) namedArgs += it.size;
  if (f && f.inner !== it.crate) {
    const g = add(moved, f.inner, it.size);
    g.from = g.from || new Map();
    g.via = g.via || new Map();
    tally(g.from, it.crate, it.size);
    if (f.outer !== f.inner && f.outer !== it.crate) tally(g.via, f.outer, it.size);
  }
}
row('crate', ['bytes', 'of code', 'functions']);
for (const [c, g] of [...byCrate].sort((a, b) => b[1].size - a[1].size)) row(c, [num(g.size), pct(g.size, codeTotal), num(g.count)]);
row('total', [num(codeTotal), '', num(code.length)]);

heading('monomorphized for: generic code of one crate instantiated for another\'s types');
console.log('  Each instantiation goes to the innermost crate outside core/alloc/std named in its type');
console.log('  arguments; "via" is the outermost such crate when it is another one. Only names that spell');
console.log(`  out their type arguments can count (drop glue, standard-library generics: ${pct(namedArgs, codeTotal)} of code);`);
console.log('  legacy names such as `<impl tachys::view::Render for F>::build::{{closure}}` hide them.');
console.log(`  ${'made for'.padEnd(24)}${['bytes', 'of code', 'functions'].map((x) => x.padStart(10)).join('')}   from (home crate); via`);
const top3 = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([h, s]) => `${h} ${num(s)}`).join(', ');
for (const [c, g] of [...moved].sort((a, b) => b[1].size - a[1].size)) {
  const via = g.via.size ? `; via ${top3(g.via)}` : '';
  console.log(`  ${cut(c, 24).padEnd(24)}${[num(g.size), pct(g.size, codeTotal), num(g.count)].map((x) => String(x).padStart(10)).join('')}   ${top3(g.from)}${via}`);
}

heading('top 30 functions by shallow size');
row('', ['bytes', 'of code'], 110);
for (const it of [...code].sort((a, b) => b.size - a.size).slice(0, 30)) row(it.clean, [num(it.size), pct(it.size, codeTotal)], 110);

// One generic function instantiated many times is invisible in the list above; summed over its
// instantiations (same name once the hash is dropped) it may be the largest item of all.
heading('top 15 functions summed over their instantiations (same name, 2 or more copies)');
const byName = new Map();
for (const it of code) add(byName, it.clean, it.size);
row('', ['bytes', 'copies'], 110);
for (const [n, g] of [...byName].filter(([, g]) => g.count > 1).sort((a, b) => b[1].size - a[1].size).slice(0, 15)) row(n, [num(g.size), num(g.count)], 110);
