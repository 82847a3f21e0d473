// What assistive technology is given besides the pixels: the result line is a polite live region
// that stays in place and changes its text on every filter change; every chart has a title
// (and the overview's a one-line finding) plus a visually hidden data table whose rows are the
// chart's bars; and a reader who asks for reduced motion gets no CSS animation or transition.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadCategories, select, facetCounts, datePrecision, formatInt, formatPercent } from './support/data.mjs';

const models = loadModels();
const categories = loadCategories();
const TOTAL = models.length;

/** A chart's accessible table, its caption, whether it is visually hidden, and its hit areas (in visual order). */
function readChart(chart) {
  return chart.evaluate((c) => {
    const table = c.querySelector('table');
    const cs = getComputedStyle(table);
    // The table and each element around it inside the chart: any of them may be what hides it
    // (a table's own box does not shrink below its content, so a wrapper usually does).
    const boxes = [];
    for (let el = table; el && el !== c.parentElement; el = el.parentElement) {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      boxes.push({ tag: el.tagName.toLowerCase(), w: r.width, h: r.height, position: s.position, overflow: s.overflow, clip: s.clip, clipPath: s.clipPath });
    }
    return {
      caption: table.querySelector('caption')?.textContent ?? '',
      hidden: {
        boxes, display: cs.display, visibility: cs.visibility, ariaHidden: !!table.closest('[aria-hidden=true]'),
        // False when the table or an ancestor is display:none.
        rendered: table.checkVisibility(),
      },
      rows: [...table.querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('th').textContent, tr.querySelector('td').textContent]),
      // In visual order (top, then left): the elements themselves stay in a stable order by key.
      hits: [...c.querySelectorAll('.hit')]
        .map((h) => ({ h, top: parseFloat(h.style.top) || 0, left: parseFloat(h.style.left) || 0 }))
        .sort((a, b) => a.top - b.top || a.left - b.left)
        .map(({ h }) => ({ key: h.dataset.key, label: h.getAttribute('aria-label') })),
      canvasHidden: c.querySelector('canvas').getAttribute('aria-hidden'),
    };
  });
}

/**
 * The table exists for screen readers only: it paints nothing — it, or an element around it inside
 * the chart, is at most 1 px (an ancestor then with its overflow hidden), or absolutely positioned
 * and clipped to nothing, or clip-path'ed away (a table's own box does not shrink below its
 * content, so a wrapper usually does this) — yet is neither display:none (itself or an ancestor)
 * nor invisible nor aria-hidden.
 */
function expectVisuallyHidden(info, name) {
  const h = info.hidden;
  const hides = (b, i) => {
    const tiny = b.w <= 1 && b.h <= 1 && (i === 0 || b.overflow === 'hidden');
    const clippedAway = (b.position === 'absolute' || b.position === 'fixed') && /^rect\(0px,? 0px,? 0px,? 0px\)$/.test(b.clip);
    const clipPathAway = /^inset\(50%\)$/.test(b.clipPath);
    return tiny || clippedAway || clipPathAway;
  };
  expect(h.boxes.some(hides), `${name}: table paints nothing: ${JSON.stringify(h.boxes)}`).toBe(true);
  expect(info.hidden.display, `${name}: table display`).not.toBe('none');
  expect(info.hidden.rendered, `${name}: neither the table nor an ancestor is display:none`).toBe(true);
  expect(info.hidden.visibility, `${name}: table visibility`).toBe('visible');
  expect(info.hidden.ariaHidden, `${name}: table not inside aria-hidden`).toBe(false);
  expect(info.canvasHidden, `${name}: the canvas itself is hidden from AT`).toBe('true');
}

/** One table row per bar, in the bars' order, each bar's name starting "<row label>: <row value>". */
function expectRowsMatchBars(info, name) {
  expect(info.hits.length, `${name}: has bars`).toBeGreaterThan(0);
  expect(info.rows.length, `${name}: one table row per bar`).toBe(info.hits.length);
  info.hits.forEach((h, i) => {
    const [label, value] = info.rows[i];
    expect(h.label, `${name}: bar ${h.key} and table row ${i + 1}`).toMatch(new RegExp(`^${escapeRe(label)}: ${escapeRe(value)}( |$)`));
  });
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the result count is a polite status region that keeps its node and changes its text', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open();
  await expect(atlas.resultCount).toHaveAttribute('role', 'status');
  await expect(atlas.resultCount).toHaveAttribute('aria-live', 'polite');
  await atlas.expectCount(TOTAL, TOTAL);
  // Mark the node: a live region only announces changes if it is the same element.
  await atlas.resultCount.evaluate((el) => { el.dataset.probe = 'same-node'; });

  await atlas.checkbox('category', 'pathology').check();
  const n = select(models, { categories: ['pathology'] }).length;
  await atlas.expectCount(n, TOTAL);
  await expect(atlas.resultCount).toHaveAttribute('data-probe', 'same-node');

  await atlas.kindSelect.selectOption('university');
  const m = select(models, { categories: ['pathology'], kinds: ['university'] }).length;
  expect(m).not.toBe(n);
  await atlas.expectCount(m, TOTAL);
  await expect(atlas.resultCount).toHaveAttribute('data-probe', 'same-node');
  await expect(atlas.resultCount).toHaveAttribute('aria-live', 'polite');
});

test('overview charts: title, finding and a hidden data table whose rows are the bars', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open();
  const ids = ['survey-chart', 'category-chart', 'kind-chart', 'specialty-chart', 'modality-chart'];
  for (const id of ids) {
    const chart = page.getByTestId(id);
    await expect(chart.locator('.hit').first()).toBeAttached();
    const info = await readChart(chart);
    const figure = page.locator('figure', { has: chart });
    const title = (await figure.locator('h2').textContent()).trim();
    expect(title.length, `${id}: figure title`).toBeGreaterThan(0);
    expect(info.caption, `${id}: table caption is the chart title`).toBe(title);
    await expect(figure.locator('p.finding'), `${id}: finding`).not.toBeEmpty();
    expectVisuallyHidden(info, id);
    expectRowsMatchBars(info, id);
  }

  // The numbers come from the CSV: the category table lists every category with its count …
  const cat = await readChart(atlas.categoryChart);
  const counts = facetCounts(models, {}, 'categories');
  expect(Object.fromEntries(cat.rows)).toEqual(Object.fromEntries(categories.map((c) => [c.name_en, String(counts[c.id] ?? 0)])));
  // … and the finding names the largest.
  const [topName, topCount] = cat.rows[0];
  await expect(atlas.categoryCard.locator('p.finding'))
    .toHaveText(`Largest: ${topName}, ${topCount} of ${formatInt(TOTAL)} (${formatPercent(Number(topCount) / TOTAL)}).`);

  // After a filter, the table follows the bars again.
  await atlas.kindSelect.selectOption('hospital');
  const hosp = facetCounts(models, { kinds: ['hospital'] }, 'categories');
  await expect.poll(async () => Object.fromEntries((await readChart(atlas.categoryChart)).rows))
    .toEqual(Object.fromEntries(categories.map((c) => [c.name_en, String(hosp[c.id] ?? 0)])));
  expectRowsMatchBars(await readChart(atlas.categoryChart), 'category-chart (hospital)');
});

test('timeline: the hidden table lists every month with a bar and the year-only counts', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=timeline');
  const chart = page.getByTestId('timeline-chart');
  await expect(chart.locator('.hit').first()).toBeAttached();
  const info = await readChart(chart);
  expect(info.caption).toBe((await page.getByTestId('timeline-card').locator('h2').textContent()).trim());
  await expect(page.getByTestId('timeline-notes')).toContainText('Per month:');
  expectVisuallyHidden(info, 'timeline-chart');

  // Month bars that have a height ("Apr 2023: 6 models released (cumulative 6)") are table rows
  // "Apr 2023" | "6 (6)", in order; empty months draw nothing and have no row.
  const bars = info.hits.map((h) => h.label.match(/^(.+?): (\d+) models? released \(cumulative (\d+)\)$/)).filter(Boolean);
  expect(bars.length, 'every hit is a month').toBe(info.hits.length);
  const drawn = bars.filter((b) => b[2] !== '0').map((b) => [b[1], `${b[2]} (${b[3]})`]);
  const monthRows = info.rows.filter(([, v]) => /^\d+ \(\d+\)$/.test(v));
  expect(monthRows).toEqual(drawn);
  // The rest of the table counts the year-only rows, which the CSV confirms.
  const yearRows = info.rows.filter(([, v]) => !/^\d+ \(\d+\)$/.test(v));
  const yearOnly = {};
  for (const m of models) if (m.date && m.date[1] == null) yearOnly[m.date[0]] = (yearOnly[m.date[0]] ?? 0) + 1;
  expect(Object.fromEntries(yearRows.map(([y, v]) => [y, Number(v.match(/: (\d+) dated only by year$/)?.[1])])))
    .toEqual(Object.fromEntries(Object.entries(yearOnly).map(([y, n]) => [y, n])));
  expect(monthRows.reduce((s, [, v]) => s + Number(v.split(' ')[0]), 0)).toBe(datePrecision(models).month);
});

test('story charts: caption and a hidden data table whose rows are the bars', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=story-hospitals');
  for (const id of ['story-kind-chart', 'story-specialty-chart']) {
    const chart = page.getByTestId(id);
    await expect(chart.locator('.hit').first()).toBeAttached();
    const info = await readChart(chart);
    expect(info.caption, `${id}: caption`).toBe((await page.locator('figure', { has: chart }).locator('h2').textContent()).trim());
    expect(info.caption.length).toBeGreaterThan(0);
    expectVisuallyHidden(info, id);
    expectRowsMatchBars(info, id);
  }
});

test.describe('with prefers-reduced-motion: reduce', () => {
  test.use({ reducedMotion: 'reduce' });

  test('nothing animates or transitions', async ({ page }) => {
    const atlas = new Atlas(page);
    await atlas.open();
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    await expect(atlas.categoryChart.locator('.hit').first()).toBeAttached();

    /** Running animations (CSS animations and transitions alike) and elements that declare any. */
    const motion = () => page.evaluate(() => {
      const running = document.getAnimations().filter((a) => a.playState === 'running').map((a) => `${a.constructor.name} on ${a.effect?.target?.tagName}.${a.effect?.target?.className}`);
      const declared = [];
      for (const el of [document.documentElement, ...document.querySelectorAll('*')]) {
        for (const pseudo of [null, '::before', '::after']) {
          const cs = getComputedStyle(el, pseudo);
          const durations = `${cs.transitionDuration},${cs.animationDuration}`.split(',').map((d) => parseFloat(d) || 0);
          if (cs.animationName !== 'none' || durations.some((d) => d > 0)) declared.push(`${el.tagName}.${el.className}${pseudo ?? ''}: ${cs.animationName} ${cs.transitionDuration}`);
        }
      }
      return { running, declared: declared.slice(0, 10) };
    });

    // Interact with what could move: hover a bar (tooltip), filter, open a dialog and the panel.
    await atlas.bar(atlas.categoryChart, 'pathology').hover();
    expect(await motion()).toEqual({ running: [], declared: [] });
    await atlas.checkbox('category', 'pathology').check();
    await atlas.expectCount(select(models, { categories: ['pathology'] }).length, TOTAL);
    expect(await motion()).toEqual({ running: [], declared: [] });
    await page.getByTestId('open-cite').click();
    await expect(atlas.citeDialog).toBeVisible();
    expect(await motion()).toEqual({ running: [], declared: [] });
    await page.keyboard.press('Escape');
    await atlas.tab('models').click();
    await atlas.tableRows.first().locator('button.open-model').click();
    await expect(atlas.provenance).toBeVisible();
    expect(await motion()).toEqual({ running: [], declared: [] });
  });
});
