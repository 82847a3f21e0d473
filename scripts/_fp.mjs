import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu","--disable-quic","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync"] });
for (let i = 0; i < 4; i++) {
  const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
  await ctx.addInitScript(() => { window.__raf = []; const t = () => { window.__raf.push(Math.round(performance.now())); if (window.__raf.length < 30) requestAnimationFrame(t); }; requestAnimationFrame(t); });
  const p = await ctx.newPage();
  await p.goto(process.argv[2]);
  await p.waitForTimeout(1500);
  const r = await p.evaluate(() => ({
    nav: (({responseStart, responseEnd, domInteractive, domContentLoadedEventEnd}) => ({responseStart, responseEnd, domInteractive, domContentLoadedEventEnd}))(performance.getEntriesByType("navigation")[0].toJSON()),
    paint: performance.getEntriesByType("paint").map(e => [e.name, Math.round(e.startTime)]),
    res: performance.getEntriesByType("resource").map(e => [e.name.split("/").pop().slice(0, 20), Math.round(e.startTime), Math.round(e.responseEnd)]),
    marks: performance.getEntriesByType("mark").map(e => [e.name, Math.round(e.startTime)]),
    raf: window.__raf.slice(0, 8),
  }));
  console.log(JSON.stringify(r));
  await ctx.close();
}
await b.close();
