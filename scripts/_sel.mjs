import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu","--disable-quic","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync"] });
const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
const p = await ctx.newPage();
await p.goto(process.argv[2]);
await p.locator("main#main").waitFor();
await p.waitForTimeout(1500);
for (let i = 0; i < 8; i++) {
  const r = await p.evaluate((v) => new Promise((res) => {
    const sel = document.querySelector("#developer-kind");
    const t0 = performance.now();
    sel.value = v;
    sel.dispatchEvent(new Event("input", { bubbles: true }));
    sel.dispatchEvent(new Event("change", { bubbles: true }));
    const t1 = performance.now();
    queueMicrotask(() => queueMicrotask(() => {
      const t2 = performance.now();
      requestAnimationFrame(() => { const t3 = performance.now(); setTimeout(() => res({ dispatch: +(t1 - t0).toFixed(1), micro: +(t2 - t1).toFixed(1), raf: +(t3 - t0).toFixed(1), next: +(performance.now() - t0).toFixed(1) }), 0); });
    }));
  }), i % 2 ? "" : "hospital");
  console.log(JSON.stringify(r));
  await p.waitForTimeout(300);
}
await b.close();
