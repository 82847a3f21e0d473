#!/usr/bin/env node
// Trunk post-build step (see Trunk.toml), run on the staging folder before it becomes dist/:
//  D. data/: every data file byte for byte and datapackage.json, the Frictionless Data Package
//     describing them (`cargo run --bin datapackage`, core::package), made first so that the
//     service worker lists them;
//  0. the build-time first screen (src/core/first_screen.rs, printed by `cargo run --bin
//     first-screen`) in place of <div id="first-screen"> in index.html;
//  0b. the wasm-bindgen JS glue minified (terser), with its preload's integrity hash updated;
//  1. a Content-Security-Policy <meta> allowing only the page's own files, with the hashes of the
//     inline scripts (Trunk's loader and index.html's first-screen chooser) and
//     'wasm-unsafe-eval' for the WASM;
//  2. sw.js, the service worker (from scripts/sw.template.js), with the build's file list (data/
//     included, so an offline reader can download the data too) and a
//     version derived from the files' contents, so every new build replaces the old cache;
//  3. medllm-atlas-offline.html: the whole app in one file (CSS, JS glue and the WASM as base64
//     inlined) that opens from disk (file://), with its own CSP, marked `data-offline-copy` (it
//     has no data/ beside it: the app links the data at ATLAS_PUBLIC_URL, or says where it is).
// For the one-chart embed's build (`embed.html`, built into dist/embed/ with the `embed` feature)
// it writes, instead of 0, 2 and 3: one page per chart card, <chart>.html, with that chart's
// build-time first screen (`first-screen --embed`) and <html data-chart="<chart>">; every page
// gets its CSP. The embed registers no service worker and has no offline copy: it lives in
// other sites' articles, and the atlas it links to has both (and the data files).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) { console.error('postbuild: TRUNK_STAGING_DIR not set'); process.exit(2); }
const root = fileURLToPath(new URL('..', import.meta.url));
const embedBuild = /(^|\/)embed\.html$/.test(process.env.TRUNK_HTML_FILE || '');

// D. The data beside the page (the atlas's build), made first so the service worker below lists
// it. A native debug build, like the first screen's: it shares its artifacts with `cargo test`.
const DATA = 'data';
if (!embedBuild) {
  execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'datapackage', '--', join(dir, DATA)],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}
const dataFiles = embedBuild ? [] : readdirSync(join(dir, DATA)).sort().map((f) => `${DATA}/${f}`);
if (!embedBuild && !dataFiles.includes(`${DATA}/datapackage.json`)) throw new Error('postbuild: no data/datapackage.json');

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const files = readdirSync(dir)
  .filter((f) => !['sw.js', 'medllm-atlas-offline.html'].includes(f) && statSync(join(dir, f)).isFile())
  .sort()
  .concat(dataFiles);
const find = (re) => { const f = files.find((x) => re.test(x)); if (!f) throw new Error(`postbuild: no file matches ${re}`); return f; };

// 0. First screen. A native debug build of the core: it shares its artifacts with `cargo test`.
const firstScreenOf = (args) => execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'first-screen', '--', ...args],
  { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
const firstScreen = embedBuild ? '' : firstScreenOf([]);
if (!embedBuild && !firstScreen.includes('class="prerender"')) throw new Error('postbuild: the first screen is empty');
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const placeholder = /<div id=["']?first-screen["']?><\/div>/;
if (!placeholder.test(html)) throw new Error('postbuild: no <div id="first-screen"> in index.html');
// The embed's index.html (chart= in the address) has no first screen: it cannot know the chart;
// its placeholder stays for the chart pages below.
if (!embedBuild) html = html.replace(placeholder, () => firstScreen);

// 0b. The wasm-bindgen glue, minified (Trunk's own minifier fails on it and ships it as is). The
// one-file copy below is made from the original text, whose `export` lines it rewrites; the
// preload link's integrity hash must name the bytes now in dist/.
const glueName = find(/^medllm-atlas-[0-9a-f]+\.js$/);
const glueSource = readFileSync(join(dir, glueName), 'utf8');
const minified = (await minify(glueSource, { module: true, compress: { passes: 2 }, mangle: true })).code;
if (!minified || !minified.includes('initSync')) throw new Error('postbuild: the minified glue lost initSync');
writeFileSync(join(dir, glueName), minified);
const sri = `sha384-${createHash('sha384').update(minified, 'utf8').digest('base64')}`;
const integrity = new RegExp(`(<link[^>]*href=["']?\\.?/?${glueName.replace('.', '\\.')}["']?[^>]*integrity=["']?)sha384-[A-Za-z0-9+/=]+`);
if (!integrity.test(html)) throw new Error('postbuild: no integrity attribute on the glue preload');
html = html.replace(integrity, `$1${sri}`);

// 1. CSP for index.html.
const inline = [...html.matchAll(/<script(?: type=["']?module["']?)?>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length !== 2) throw new Error(`postbuild: expected two inline scripts (first-screen chooser, loader), found ${inline.length}`);
const chooser = inline.find((s) => s.includes('pre-none'));
if (!chooser) throw new Error('postbuild: the first-screen chooser script is missing');
const csp = (scriptHashes, styleSrc, self = "'self'") => [
  `default-src ${self}`,
  `script-src ${self} 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.replace(/\s+/g, ' ').trim(),
  `style-src ${styleSrc}`,
  `img-src ${self} data: blob:`,
  `font-src ${self}`,
  `connect-src ${self}`,
  `worker-src ${self}`,
  "object-src 'none'",
  `base-uri ${self}`,
  "form-action 'none'",
].join('; ');
const meta = (policy) => `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
html = html.replace(/<meta http-equiv="?Content-Security-Policy"?[^>]*>/i, '');
html = html.replace(/<head>/i, `<head>${meta(csp(inline.map(sha256), "'self'"))}`);
if (!html.includes('Content-Security-Policy')) {
  // Trunk's minifier drops the optional <head> tag: put the policy right after <meta charset>.
  html = html.replace(/(<meta charset=[^>]*>)/i, `$1${meta(csp(inline.map(sha256), "'self'"))}`);
}
if (!html.includes('Content-Security-Policy')) throw new Error('postbuild: could not place the CSP meta');
writeFileSync(indexPath, html);

if (embedBuild) {
  // One page per chart: the same page (same inline scripts, so the same CSP) with the chart named
  // on <html> and its first screen in place.
  const screens = firstScreenOf(['--embed']).split(/^<!--chart:([a-z-]+)-->$/m).slice(1);
  if (screens.length < 2) throw new Error('postbuild: no chart first screens');
  const written = [];
  for (let i = 0; i < screens.length; i += 2) {
    const [id, screen] = [screens[i], screens[i + 1].trim()];
    if (!screen.includes('class="prerender"')) throw new Error(`postbuild: the first screen of ${id} is empty`);
    const page = html
      .replace(/<html lang=["']?en["']?>/, `<html lang="en" data-chart="${id}">`)
      .replace(placeholder, () => screen);
    if (!page.includes(`data-chart="${id}"`) || !page.includes('class="prerender"')) throw new Error(`postbuild: could not write the page of ${id}`);
    writeFileSync(join(dir, `${id}.html`), page);
    written.push(id);
  }
  console.log(`postbuild (embed): CSP added, pages for ${written.length} charts: ${written.join(', ')}`);
  process.exit(0);
}

// 2. Service worker.
const version = createHash('sha256');
for (const f of files) version.update(f).update(readFileSync(join(dir, f)));
const precache = ['./', ...files.map((f) => `./${f}`)];
const template = readFileSync(join(root, 'scripts/sw.template.js'), 'utf8');
if (!template.includes('__VERSION__') || !template.includes('__FILES__')) throw new Error('postbuild: sw.template.js lacks __VERSION__ or __FILES__');
writeFileSync(join(dir, 'sw.js'), template
  .replace('__VERSION__', version.digest('hex').slice(0, 16))
  .replace('__FILES__', () => JSON.stringify(precache)));

// 3. One-file HTML.
const css = readFileSync(join(dir, find(/\.css$/)), 'utf8');
const glue = glueSource
  .replace(/^export (class|function|const|let) /gm, '$1 ')
  .replace(/^export \{[^}]*\};?\s*$/gm, '');
if (/^export /m.test(glue)) throw new Error('postbuild: the wasm-bindgen glue has exports this script does not know');
const wasm = readFileSync(join(dir, find(/_bg\.wasm$/))).toString('base64');
const favicon = readFileSync(join(dir, find(/^favicon.*\.svg$/))).toString('base64');
const script = `${glue}
const bytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
initSync({ module: bytes });
`;
const offline = `<!doctype html>
<html lang="en" data-offline-copy>
<head>
<meta charset="utf-8">
${meta([
  "default-src 'none'",
  `script-src 'wasm-unsafe-eval' ${sha256(script)} ${sha256(chooser)}`,
  `style-src ${sha256(css)}`,
  'img-src data: blob:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; '))}
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>MedLLM Atlas (offline copy)</title>
<link rel="icon" href="data:image/svg+xml;base64,${favicon}">
<style>${css}</style>
<script>${chooser}</script>
</head>
<body>
<p id="boot" class="boot">Loading MedLLM Atlas… · 正在加载医疗大模型图鉴…</p>
${firstScreen}
<script type="module">${script}</script>
</body>
</html>
`;
writeFileSync(join(dir, 'medllm-atlas-offline.html'), offline);
console.log(`postbuild: CSP added, sw.js lists ${precache.length} files (${dataFiles.length} in data/), offline copy ${offline.length} bytes`);
