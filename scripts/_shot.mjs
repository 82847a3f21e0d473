import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu"] });
const [,, url, out, w, scheme, block, locale] = process.argv;
const ctx = await b.newContext({ viewport: { width: +w, height: 900 }, colorScheme: scheme, locale: locale || "en-US" });
const p = await ctx.newPage();
p.on("console", m => console.log("console:", m.type(), m.text()));
if (block === "block") await p.route(/\.wasm$/, r => r.abort());
await p.goto(url);
await p.waitForTimeout(1200);
if (block !== "block") { const n = await p.locator(".prerender").count(); console.log("prerender nodes after mount:", n); }
const box = await p.evaluate(() => { const e = document.querySelector(".prerender:not([style*=none]) [data-chart=category] svg:not([style*=none])") ; const all=[...document.querySelectorAll("[data-chart=category] svg, [data-testid=category-chart] canvas")].filter(e=>e.getBoundingClientRect().width>0).map(e=>{const r=e.getBoundingClientRect();return [e.tagName, e.getAttribute('class'), Math.round(r.x),Math.round(r.y),Math.round(r.width),Math.round(r.height)]}); return all; });
console.log(JSON.stringify(box));
await p.screenshot({ path: out });
await b.close();
