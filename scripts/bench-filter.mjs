#!/usr/bin/env node
// Filter change → repaint, for pages whose "chart" may be a table: the shared page-timing bench
// (../shared/bench/page-timing.mjs) measures from a select change to the first frame where a
// canvas or svg changed, which a view without a chart (the models table) never shows. This does
// the same for any page, interleaved on one browser (A B C A B C …, a fresh context each run):
// after the first painted chart (or table) and network idle, set the select's value, dispatch
// input and change, and time the first animation frame whose signature differs — the canvases'
// pixels and the svgs' markup as page-timing hashes them, plus the text of every table body.
//   node scripts/bench-filter.mjs URL [URL ...] [--runs N] [--select CSS] [--option VALUE]
// Prints one SUMMARY line per URL with the median [min-max] and the ratio to the first URL.
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : fallback; };
const runs = Number(opt('--runs', '9'));
const select = opt('--select', '#developer-kind');
const option = opt('--option', 'hospital');
const urls = args;
if (urls.length === 0) { console.error('usage: bench-filter.mjs URL [URL ...] [--runs N] [--select CSS] [--option VALUE]'); process.exit(2); }

// In the page: a signature of what a filter change repaints, and the timed change.
const PROBE = () => {
  const hash = (s) => { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619); return h >>> 0; };
  const scratch = document.createElement('canvas');
  window.__signature = () => {
    const parts = [];
    for (const c of document.querySelectorAll('canvas')) {
      if (c.width < 50 || c.height < 50) continue;
      scratch.width = c.width; scratch.height = c.height;
      const ctx = scratch.getContext('2d', { willReadFrequently: true });
      ctx.clearRect(0, 0, c.width, c.height);
      ctx.drawImage(c, 0, 0);
      const px = new Uint32Array(ctx.getImageData(0, 0, c.width, c.height).data.buffer);
      let h = 0x811c9dc5; for (let i = 0; i < px.length; i++) h = Math.imul(h ^ px[i], 16777619);
      parts.push('c' + (h >>> 0));
    }
    for (const s of document.querySelectorAll('svg')) {
      const r = s.getBoundingClientRect();
      if (r.width >= 50 && r.height >= 50) parts.push('s' + hash(s.outerHTML));
    }
    for (const t of document.querySelectorAll('tbody')) parts.push('t' + hash(t.textContent));
    return parts.join('|');
  };
  window.__ready = () => window.__signature() !== '' && document.querySelector('tbody tr, canvas') !== null;
  window.__change = (css, value, timeout) => new Promise((resolve) => {
    const sel = document.querySelector(css);
    if (!sel) return resolve({ error: `no element matches ${css}` });
    const before = window.__signature();
    const t0 = performance.now();
    sel.value = value;
    sel.dispatchEvent(new Event('input', { bubbles: true }));
    sel.dispatchEvent(new Event('change', { bubbles: true }));
    const frame = () => {
      const now = performance.now();
      if (window.__signature() !== before) return resolve({ ms: now - t0 });
      if (now - t0 > timeout) return resolve({ error: 'nothing changed' });
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const results = Object.fromEntries(urls.map((u) => [u, []]));
const errors = Object.fromEntries(urls.map((u) => [u, []]));
try {
  for (let i = 0; i < runs; i++) {
    for (const url of urls) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(PROBE);
      const page = await context.newPage();
      try {
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForFunction(() => window.__ready(), null, { timeout: 30_000, polling: 50 });
        await page.waitForSelector(select, { timeout: 30_000 });
        await page.waitForLoadState('networkidle').catch(() => {});
        const r = await page.evaluate(([c, v]) => window.__change(c, v, 5000), [select, option]);
        if (r.error) errors[url].push(r.error); else results[url].push(r.ms);
      } catch (e) {
        errors[url].push(String(e.message || e).split('\n')[0]);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}
const median = (v) => { const s = [...v].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const r1 = (x) => Math.round(x * 10) / 10;
const first = median(results[urls[0]]);
for (const url of urls) {
  const v = results[url];
  if (v.length === 0) { console.log(`SUMMARY ${url} filterChange=n/a errors=${JSON.stringify(errors[url])}`); process.exitCode = 1; continue; }
  console.log(`SUMMARY ${url} runs=${v.length} filterChange=${r1(median(v))}ms [${r1(Math.min(...v))}-${r1(Math.max(...v))}] ratioToFirst=${r1(median(v) / first * 100) / 100} errors=${errors[url].length}`);
}
