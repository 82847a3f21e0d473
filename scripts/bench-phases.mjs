#!/usr/bin/env node
// Where the time to the first chart goes, from the page's own marks and resource timing:
// download, WASM compile + start, decoding the bundled data (dataStart → dataParsed), first
// render, first painted canvas. Median of N loads. A URL's query (`?embed=1&view=overview`) is kept.
import { chromium } from 'playwright-core';

const url = process.argv[2] || 'http://127.0.0.1:8702/';
const runs = Number(process.argv[3] || 7);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const all = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // First frame with a non-blank canvas, as the shared page-timing probe defines it (simplified).
  await page.addInitScript(() => {
    const tick = () => {
      for (const c of document.querySelectorAll('canvas')) if (c.width > 50 && c.height > 50) { window.__firstCanvas = performance.now(); return; }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__firstCanvas, null, { timeout: 30000 });
  all.push(await page.evaluate(() => {
    const mark = (n) => performance.getEntriesByName(n)[0]?.startTime;
    const res = performance.getEntriesByType('resource');
    const end = (re) => Math.max(...res.filter((r) => re.test(r.name)).map((r) => r.responseEnd));
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      html: nav.responseEnd,
      jsAndWasmDownloaded: Math.max(end(/\.js$/), end(/\.wasm$/)),
      wasmStarted: mark('atlas:wasm-started'),
      dataStart: mark('atlas:data-start'),
      dataParsed: mark('atlas:data-parsed'),
      mounted: mark('atlas:mounted'),
      firstCanvas: window.__firstCanvas,
    };
  }));
  await context.close();
}
await browser.close();
const med = (k) => { const v = all.map((r) => r[k]).sort((a, b) => a - b); return v[v.length >> 1]; };
const keys = ['html', 'jsAndWasmDownloaded', 'wasmStarted', 'dataStart', 'dataParsed', 'mounted', 'firstCanvas'];
let prev = 0;
for (const k of keys) {
  const m = med(k);
  console.log(`${k.padEnd(20)} at ${m.toFixed(1).padStart(7)} ms   (+${(m - prev).toFixed(1)} ms)`);
  prev = m;
}
