import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu","--disable-quic","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync"] });
const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
const p = await ctx.newPage();
await p.goto(process.argv[2]);
await p.locator("main#main").waitFor();
await p.waitForTimeout(1500);
const cdp = await ctx.newCDPSession(p);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
await cdp.send("Profiler.start");
for (let i = 0; i < 20; i++) {
  await p.evaluate((v) => new Promise((res) => {
    const sel = document.querySelector("#developer-kind");
    sel.value = v; sel.dispatchEvent(new Event("input", { bubbles: true })); sel.dispatchEvent(new Event("change", { bubbles: true }));
    requestAnimationFrame(() => setTimeout(res, 0));
  }), i % 2 ? "" : "hospital");
}
const { profile } = await cdp.send("Profiler.stop");
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const self = new Map(); const total = new Map();
const dt = profile.timeDeltas; let sum = 0;
const counts = new Map();
profile.samples.forEach((id, i) => { counts.set(id, (counts.get(id) || 0) + (dt[i] || 0)); });
// parent map
const parent = new Map(); for (const n of profile.nodes) for (const c of (n.children || [])) parent.set(c, n.id);
for (const [id, t] of counts) {
  const n = byId.get(id); const name = n.callFrame.functionName || "(anon " + n.callFrame.url.split("/").pop() + ")";
  self.set(name, (self.get(name) || 0) + t); sum += t;
  const seen = new Set(); let cur = id;
  while (cur) { const nm = byId.get(cur).callFrame.functionName || "(anon)"; if (!seen.has(nm)) { total.set(nm, (total.get(nm) || 0) + t); seen.add(nm); } cur = parent.get(cur); }
}
const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, t]) => `${(t / 1000 / 20).toFixed(2)}ms ${n.slice(0, 150)}`);
console.log("SELF per change:\n" + top(self, 30).join("\n"));
console.log("TOTAL per change:\n" + top(total, 140).join("\n"));
await b.close();
