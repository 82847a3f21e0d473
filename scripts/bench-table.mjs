#!/usr/bin/env node
// The models view's filter change, timed in the page (not a test): from dispatching `change` on
// the developer-kind select to the end of the first frame that shows the new rows (a message posted
// from that frame's requestAnimationFrame arrives after its style, layout and paint). Narrowing
// (all → hospital) and widening (hospital → all) in turn, twice per load; medians of N loads.
// Also the element count of the page and of the table. Usage: bench-table.mjs URL [N]
import { chromium } from 'playwright-core';

const url = process.argv[2] || 'http://127.0.0.1:8702/';
const runs = Number(process.argv[3] || 7);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const res = { narrow: [], widen: [], page: [], table: [] };
for (let i = 0; i < runs; i++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(new URL('?view=models', url).href);
  await page.waitForSelector('[data-testid=models-table] tbody tr');
  await page.waitForSelector('select#developer-kind');
  await page.waitForTimeout(800); // past the work deferred to after the first frame
  const nodes = await page.evaluate(() => [document.getElementsByTagName('*').length, document.querySelector('[data-testid=models-table]').getElementsByTagName('*').length]);
  res.page.push(nodes[0]);
  res.table.push(nodes[1]);
  for (const [key, value] of [['narrow', 'hospital'], ['widen', ''], ['narrow', 'hospital'], ['widen', '']]) {
    res[key].push(await page.evaluate((value) => new Promise((resolve) => {
      const select = document.querySelector('select#developer-kind');
      const tbody = document.querySelector('[data-testid=models-table] tbody');
      const before = tbody.childElementCount;
      const t0 = performance.now();
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const frame = () => {
        if (tbody.childElementCount === before) return requestAnimationFrame(frame);
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - t0);
        channel.port2.postMessage(0);
      };
      requestAnimationFrame(frame);
    }), value));
    await page.waitForTimeout(300);
  }
  await page.close();
}
await browser.close();
const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`filter change, narrowing (all → hospital)  ${med(res.narrow).toFixed(1)} ms  (${res.narrow.map((x) => x.toFixed(0)).join(' ')})`);
console.log(`filter change, widening (hospital → all)   ${med(res.widen).toFixed(1)} ms  (${res.widen.map((x) => x.toFixed(0)).join(' ')})`);
console.log(`elements: page ${med(res.page)}, table ${med(res.table)}`);
