// Shared fixture: every spec's page records console errors, page errors and requests that leave
// 127.0.0.1, and the test fails on any of them after its own assertions.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  watched: [async ({ page }, use) => {
    const problems = { errors: [], external: [] };
    page.on('pageerror', (e) => problems.errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.errors.push(`console: ${m.text()}`); });
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['127.0.0.1', ''].includes(u.hostname) && !['data:', 'blob:', 'file:'].includes(u.protocol)) problems.external.push(r.url());
    });
    await use(problems);
    expect(problems.errors, 'console or page errors').toEqual([]);
    expect(problems.external, 'requests outside the origin').toEqual([]);
  }, { auto: true }],
});

export { expect };

/** Waits until the canvas inside `chart` has painted pixels (not just a background fill). */
export async function expectPainted(chart) {
  await expect.poll(async () => chart.locator('canvas').evaluate((c) => {
    if (c.width < 50 || c.height < 20) return 0;
    const scratch = document.createElement('canvas');
    scratch.width = c.width; scratch.height = c.height;
    const ctx = scratch.getContext('2d');
    ctx.drawImage(c, 0, 0);
    const px = new Uint32Array(ctx.getImageData(0, 0, c.width, c.height).data.buffer);
    const bg = px[0];
    let n = 0;
    for (const p of px) if (p !== bg) n++;
    return n / px.length;
  }), { message: 'canvas has drawn content' }).toBeGreaterThan(0.01);
}
