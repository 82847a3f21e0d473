#!/usr/bin/env node
// Size budget of the release builds, gzip -9 (brotli 11 beside it, for the record: what most
// static hosts serve), for the atlas (dist/) and the one-chart embed (dist/embed/), each in parts:
//  - data: the bundled data, the binary table build.rs writes from data/*.csv (core::bundle),
//    found in the build's output and located inside the shipped WASM;
//  - code: everything else a reader downloads: the WASM without the data's bytes, the JS glue
//    and the CSS.
// The atlas's data grows with every curated release and is reported, never failed; its code is
// held by a ratchet at the measured size plus a small margin, which stops the code from growing
// unnoticed (lower it whenever the code shrinks). The embed is held to what an article may
// download for one chart, its page and data included (issue 21's budget).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CODE_LIMIT_BYTES = 455.5 * 1024; // measured 2026-12-07: 455.3 KB (417.3 KB before this session; README, Performance: what each issue added and what was won back)
const EMBED_LIMIT_BYTES = 300 * 1024; // issue 21: what a one-chart embed downloads, data and page included
// index.html carries the build-time first screen (both languages, three widths per chart). It
// is loaded on every visit, also when it is not shown, so it has its own budget.
const HTML_LIMIT_BYTES = 12 * 1024; // measured 2026-11-25: 8.6 KB gzipped (82.6 KB raw)
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = process.argv[2] || join(root, 'dist');
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
const fail = (message) => { console.error(`size: ${message}`); process.exit(1); };

// The bundles of the release builds of the WASM: build.rs writes one per feature set into its
// OUT_DIR; a build's own is the one found inside its WASM.
const buildDir = join(root, 'target/wasm32-unknown-unknown/release/build');
const bundles = readdirSync(buildDir)
  .filter((d) => d.startsWith('medllm-atlas-'))
  .map((d) => join(buildDir, d, 'out/bundle.bin'))
  .filter((p) => { try { return statSync(p).isFile(); } catch { return false; } });
if (bundles.length === 0) fail(`no bundle.bin under ${buildDir}`);

// Where the bundle's bytes sit in the WASM, as [start, end) ranges. wasm-opt's memory packing
// drops runs of zero bytes from data segments and splits the segment around them, so the bundle
// arrives in pieces, each a few bytes (the next segment's header) after the last; the dropped
// zeros are a real saving and are not counted anywhere.
function locate(wasm, bundle) {
  const probe = Math.min(64, bundle.length);
  let w = wasm.indexOf(bundle.subarray(0, probe));
  if (w < 0) return null;
  const found = [];
  let b = 0;
  let start = w;
  while (b < bundle.length) {
    if (w < wasm.length && wasm[w] === bundle[b]) { w += 1; b += 1; continue; }
    if (bundle[b] !== 0) return null;
    found.push([start, w]);
    while (b < bundle.length && bundle[b] === 0) b += 1;
    if (b === bundle.length) break;
    const next = bundle.subarray(b, Math.min(bundle.length, b + 16));
    const at = wasm.subarray(w, w + 64 + next.length).indexOf(next);
    if (at < 0) return null;
    w += at;
    start = w;
  }
  if (start < w) found.push([start, w]);
  return found;
}

/** One build's code and data, gzipped (and brotli), with a line per file. */
function measure(folder, name) {
  const files = readdirSync(folder).filter((f) => /\.(wasm|js|css)$/.test(f) && f !== 'sw.js');
  const wasmName = files.find((f) => f.endsWith('.wasm'));
  if (!wasmName) fail(`no .wasm in ${folder}`);
  const wasm = readFileSync(join(folder, wasmName));
  const own = bundles.map((p) => ({ bundle: readFileSync(p) })).map((c) => ({ ...c, pieces: locate(wasm, c.bundle) })).find((c) => c.pieces);
  if (!own) fail(`no build's bundle.bin is inside ${folder}/${wasmName}: not this build's data`);
  const outside = [];
  let from = 0;
  for (const [start, end] of own.pieces) { outside.push(wasm.subarray(from, start)); from = end; }
  outside.push(wasm.subarray(from));
  const codeWasm = Buffer.concat(outside);
  const out = { wasm, code: 0, codeBr: 0, allIn: 0, allInBr: 0, data: gz(own.bundle), dataBr: br(own.bundle) };
  for (const f of files) {
    const whole = readFileSync(join(folder, f));
    const raw = f === wasmName ? codeWasm : whole;
    const size = gz(raw);
    out.code += size;
    out.codeBr += br(raw);
    out.allIn += gz(whole);
    out.allInBr += br(whole);
    const what = f === wasmName ? `${f} (without the data)` : f;
    console.log(`size: ${name.padEnd(5)} code ${what.padEnd(56)} raw ${String(raw.length).padStart(9)}  gzip ${String(size).padStart(8)}`);
  }
  const pieces = own.pieces.length;
  console.log(`size: ${name.padEnd(5)} data bundle (${pieces} piece${pieces === 1 ? '' : 's'} in the WASM)${' '.repeat(30)} raw ${String(own.bundle.length).padStart(9)}  gzip ${String(out.data).padStart(8)}`);
  return out;
}

const atlas = measure(dist, 'atlas');

// The bundled data travels as the decoded table, never as CSV text the app would parse at
// start-up: neither the header nor a data line of any data file may be in the WASM.
for (const f of readdirSync(join(root, 'data')).filter((n) => n.endsWith('.csv'))) {
  const lines = readFileSync(join(root, 'data', f), 'utf8').split(/\r?\n/).filter(Boolean);
  for (const line of [lines[0], lines[1], lines[lines.length - 1]]) {
    if (line && line.length > 20 && atlas.wasm.includes(Buffer.from(line))) fail(`the WASM holds a line of data/${f} as CSV text: ${line.slice(0, 60)}…`);
  }
}

console.log(`size: atlas code ${atlas.code} bytes (${kb(atlas.code)}; brotli ${kb(atlas.codeBr)}), ratchet ${kb(CODE_LIMIT_BYTES)}; data ${kb(atlas.data)} (brotli ${kb(atlas.dataBr)}), reported only`);
console.log(`size: atlas all-in wasm + js + css ${kb(atlas.allIn)} gzipped, ${kb(atlas.allInBr)} brotli`);

const html = readFileSync(join(dist, 'index.html'));
const htmlGz = gz(html);
console.log(`size: atlas index.html (with the first screen) raw ${html.length}, gzipped ${htmlGz} bytes (${kb(htmlGz)}); limit ${kb(HTML_LIMIT_BYTES)}`);

// The one-chart embed: what an article downloads for one chart (its largest page included).
const embedDir = join(dist, 'embed');
const embed = measure(embedDir, 'embed');
const pages = readdirSync(embedDir).filter((f) => f.endsWith('.html') && f !== 'index.html');
if (pages.length === 0) fail('no chart pages in dist/embed/');
const page = (f) => ({ f, gz: gz(readFileSync(join(embedDir, f))), br: br(readFileSync(join(embedDir, f))) });
const largest = pages.map(page).sort((a, b) => b.gz - a.gz)[0];
const embedTotal = embed.allIn + largest.gz;
console.log(`size: embed code ${kb(embed.code)} (brotli ${kb(embed.codeBr)}); data ${kb(embed.data)} (brotli ${kb(embed.dataBr)}); largest chart page ${largest.f} ${kb(largest.gz)}`);
console.log(`size: embed all-in (that page + wasm + js + css) ${kb(embedTotal)} gzipped, ${kb(embed.allInBr + largest.br)} brotli; budget ${kb(EMBED_LIMIT_BYTES)} gzipped`);

if (atlas.code > CODE_LIMIT_BYTES) fail(`the atlas's code ${kb(atlas.code)} is above the ratchet ${kb(CODE_LIMIT_BYTES)}`);
if (htmlGz > HTML_LIMIT_BYTES) fail(`index.html is ${kb(htmlGz)} gzipped, above ${kb(HTML_LIMIT_BYTES)}`);
if (embedTotal > EMBED_LIMIT_BYTES) fail(`the one-chart embed downloads ${kb(embedTotal)} gzipped, above ${kb(EMBED_LIMIT_BYTES)}`);
