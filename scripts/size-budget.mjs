#!/usr/bin/env node
// Size budget of the release build, gzip -9, printed in two parts:
//  - data: the bundled data, the binary table build.rs writes from data/*.csv (core::bundle),
//    found in the build's output and located inside the shipped WASM;
//  - code: everything else a reader downloads: the WASM without the data's bytes, the JS glue
//    and the CSS.
// The data grows with every curated release and is reported, never failed. The code is held by
// a ratchet at the measured size plus a small margin: it stops the code from growing unnoticed.
// Lower it whenever the code shrinks.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CODE_LIMIT_BYTES = 440 * 1024; // measured 2026-12-07: 439.1 KB with the province map (417.3 KB before it; README, Performance)
const GOAL_BYTES = 300 * 1024; // issue 15: wasm + js + css all-in, data included
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = process.argv[2] || join(root, 'dist');
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1) + ' KB';

const files = readdirSync(dist).filter((f) => /\.(wasm|js|css)$/.test(f) && f !== 'sw.js');
const wasmName = files.find((f) => f.endsWith('.wasm'));
if (!wasmName) { console.error('size: no .wasm in dist/'); process.exit(1); }

// The bundle of the newest release build of the WASM (build.rs writes it into its OUT_DIR).
const buildDir = join(root, 'target/wasm32-unknown-unknown/release/build');
const bundles = readdirSync(buildDir)
  .filter((d) => d.startsWith('medllm-atlas-'))
  .map((d) => join(buildDir, d, 'out/bundle.bin'))
  .filter((p) => { try { return statSync(p).isFile(); } catch { return false; } })
  .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
if (bundles.length === 0) { console.error(`size: no bundle.bin under ${buildDir}`); process.exit(1); }
const bundle = readFileSync(bundles[0]);
const wasm = readFileSync(join(dist, wasmName));
const pieces = locate(wasm, bundle);
if (!pieces) { console.error(`size: ${bundles[0]} is not inside ${wasmName}: not this build's data`); process.exit(1); }
const outside = [];
let from = 0;
for (const [start, end] of pieces) { outside.push(wasm.subarray(from, start)); from = end; }
outside.push(wasm.subarray(from));
const codeWasm = Buffer.concat(outside);

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

// The bundled data travels as the decoded table, never as CSV text the app would parse at
// start-up: neither the header nor a data line of any data file may be in the WASM.
for (const f of readdirSync(join(root, 'data')).filter((n) => n.endsWith('.csv'))) {
  const lines = readFileSync(join(root, 'data', f), 'utf8').split(/\r?\n/).filter(Boolean);
  for (const line of [lines[0], lines[1], lines[lines.length - 1]]) {
    if (line && line.length > 20 && wasm.includes(Buffer.from(line))) {
      console.error(`size: the WASM holds a line of data/${f} as CSV text: ${line.slice(0, 60)}…`);
      process.exit(1);
    }
  }
}

let code = 0;
for (const f of files) {
  const raw = f === wasmName ? codeWasm : readFileSync(join(dist, f));
  const size = gz(raw);
  code += size;
  const what = f === wasmName ? `${f} (without the data)` : f;
  console.log(`size: code ${what.padEnd(62)} raw ${String(raw.length).padStart(9)}  gzip ${String(size).padStart(8)}`);
}
const data = gz(bundle);
const allIn = files.reduce((n, f) => n + gz(readFileSync(join(dist, f))), 0);
console.log(`size: data bundle (data/*.csv compiled by build.rs, ${pieces.length} piece${pieces.length === 1 ? "" : "s"} in the WASM)${" ".repeat(pieces.length === 1 ? 7 : 6)} raw ${String(bundle.length).padStart(9)}  gzip ${String(data).padStart(8)}`);
console.log(`size: code ${code} bytes (${kb(code)}), ratchet ${kb(CODE_LIMIT_BYTES)}; data ${data} bytes (${kb(data)}), reported only`);
console.log(`size: all-in wasm + js + css gzipped ${allIn} bytes (${kb(allIn)}); issue budget ${kb(GOAL_BYTES)} ${allIn <= GOAL_BYTES ? 'met' : 'NOT met'}`);
if (code > CODE_LIMIT_BYTES) { console.error(`size: code ${kb(code)} is above the ratchet ${kb(CODE_LIMIT_BYTES)}`); process.exit(1); }

// index.html carries the build-time first screen (both languages, three widths per chart). It
// is loaded on every visit, also when it is not shown, so it has its own budget.
const HTML_LIMIT_BYTES = 12 * 1024; // measured 2026-11-25: 8.6 KB gzipped (82.6 KB raw)
const html = readFileSync(join(dist, 'index.html'));
const htmlGz = gz(html);
console.log(`size: index.html (with the first screen) raw ${html.length}, gzipped ${htmlGz} bytes (${kb(htmlGz)}); limit ${kb(HTML_LIMIT_BYTES)}`);
if (htmlGz > HTML_LIMIT_BYTES) { console.error(`size: index.html is ${kb(htmlGz)} gzipped, above ${kb(HTML_LIMIT_BYTES)}`); process.exit(1); }
