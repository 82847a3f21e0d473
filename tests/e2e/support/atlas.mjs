// Page object for the atlas: named handles on what specs look at, by data-testid, id and role.
import { expect } from '@playwright/test';
import { downloadFrom } from './files.mjs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** A file of the hostile corpus, tests/hostile/<name>. */
export const hostilePath = (name) => path.join(ROOT, 'tests/hostile', name);
let axeSource;
/** The axe-core bundle, read once from node_modules. */
function axeScript() {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}
/** The WCAG 2.x A/AA rule tags the a11y specs hold the page to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export class Atlas {
  constructor(page) {
    this.page = page;
    this.surveyChart = page.getByTestId('survey-chart');
    this.categoryChart = page.getByTestId('category-chart');
    this.surveyCard = page.getByTestId('survey-card');
    this.categoryCard = page.getByTestId('category-card');
    this.resultCount = page.getByTestId('result-count');
    this.search = page.locator('#search');
    this.kindSelect = page.locator('select#developer-kind');
    this.main = page.locator('main#main');
    this.notice = page.getByTestId('url-notice');
    this.emptyResult = page.getByTestId('empty-result');
    this.provenance = page.getByTestId('provenance');
    this.table = page.getByTestId('models-table');
    this.tableRows = this.table.locator('tbody tr');
    // The table lists its rows a page at a time: "Showing N of M" and "Show K more".
    this.rowsShown = page.locator('p.rows-shown');
    this.moreRows = page.getByTestId('more-rows');
    this.clearFilters = page.getByTestId('clear-filters');
    // Publishing: toolbar, dialogs, embed mode, the narrow layout's filter toggle.
    this.toolbar = page.getByTestId('toolbar');
    this.downloadModelsButton = page.getByTestId('download-models');
    this.downloadSurveyButton = page.getByTestId('download-survey');
    this.embedButton = page.getByTestId('open-embed');
    this.citeButton = page.getByTestId('open-cite');
    this.embedFooter = page.getByTestId('embed-footer');
    this.filtersToggle = page.locator('button.filters-toggle');
    this.filterPanel = page.locator('#filter-panel');
    this.tabs = page.locator('nav.tabs');
    this.langSwitch = page.getByTestId('lang-switch');
    this.csvInput = page.getByTestId('csv-input');
    this.openCsvButton = page.getByTestId('open-csv');
    this.fileReview = page.getByTestId('file-review');
    this.problems = page.getByTestId('problems');
    this.loadValid = page.getByTestId('load-valid');
    this.userBanner = page.getByTestId('user-banner');
    this.backToAtlas = page.getByTestId('back-to-atlas');
    this.embedDialog = page.getByTestId('embed-dialog');
    this.citeDialog = page.getByTestId('cite-dialog');
  }

  async open(query = '') {
    await this.page.goto(`./${query}`);
    // The app's own <main id="main">: the build-time first screen has a heading too, but no
    // controls, and it is gone once the app mounts.
    await this.main.waitFor();
  }

  figure(id) {
    return this.page.getByTestId(id);
  }

  // ---- URL and history --------------------------------------------------------------------------

  /** The current address's query parameters. */
  params() {
    return new URL(this.page.url()).searchParams;
  }

  /** The current query string ("?view=models…"), '' when there is none. */
  queryString() {
    return new URL(this.page.url()).search;
  }

  historyLength() {
    return this.page.evaluate(() => history.length);
  }

  /** Waits until the URL's parameter `name` equals `value` (null: absent). */
  async expectParam(name, value) {
    await expect.poll(() => this.params().get(name), { message: `URL parameter ${name}` }).toBe(value);
  }

  // ---- result line ------------------------------------------------------------------------------

  /** Waits for "N of TOTAL models" (in 中文 with `lang` 'zh': "TOTAL个模型中的N个"). */
  async expectCount(n, total, lang = 'en') {
    const [a, b] = [n.toLocaleString('en-US'), total.toLocaleString('en-US')];
    await expect(this.resultCount).toHaveText(lang === 'zh' ? `${b}个模型中的${a}个` : `${a} of ${b} models`);
  }

  // ---- filter panel -----------------------------------------------------------------------------

  /**
   * The panel's group for facet `group`, by its URL parameter (category, kind, specialty,
   * modality, open, source, fcat, base; `years` for the release years).
   */
  facet(group) {
    return this.page.getByTestId(`facet-${group}`);
  }

  /** The label line of one facet option (holds the checkbox, the name and the count). */
  option(group, value) {
    return this.facet(group).locator('label.facet-option').filter({ has: this.page.locator(`input[value="${value}"]`) });
  }

  checkbox(group, value) {
    return this.facet(group).locator(`input[type=checkbox][value="${value}"]`);
  }

  /**
   * Checks (or unchecks) a facet value, then waits for the address bar to show it. The panel
   * follows a change a frame after the charts, in the same callback that writes the address, and
   * the long facets re-order their values by count then: a second click sent within that frame
   * could land on a value that has just moved under it (a reader's cannot).
   */
  async check(group, value, checked = true) {
    const before = this.queryString();
    await this.checkbox(group, value).setChecked(checked);
    await expect.poll(() => this.queryString(), `the address after ${checked ? 'checking' : 'unchecking'} ${group}=${value}`).not.toBe(before);
  }

  /** Every option of a facet as { value, name, count, zero, checked }. */
  facetOptions(group) {
    return this.facet(group).locator('label.facet-option').evaluateAll((labels) => labels.map((l) => ({
      value: l.querySelector('input').value,
      name: l.querySelector('.option-name').textContent,
      count: Number(l.querySelector('.count').textContent.replaceAll(',', '')),
      zero: l.classList.contains('zero'),
      checked: l.querySelector('input').checked,
    })));
  }

  /**
   * The "Show all N" / "Show fewer" toggle of a ranked group (specialty, base), in any language:
   * the group's button with aria-expanded.
   */
  showAllButton(group) {
    return this.facet(group).locator('button[aria-expanded]');
  }

  /** Lists every option of a ranked group (the panel shows the most frequent few until asked). */
  async showAll(group) {
    const button = this.showAllButton(group);
    if ((await button.count()) && (await button.getAttribute('aria-expanded')) === 'false') {
      await button.click();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
    }
  }

  /** Options of the developer-kind select as { value, text, disabled }. */
  kindOptions() {
    return this.kindSelect.locator('option').evaluateAll((os) => os.map((o) => ({ value: o.value, text: o.textContent, disabled: o.disabled })));
  }

  // ---- views ------------------------------------------------------------------------------------

  tab(view) {
    return this.page.locator(`nav.tabs a[data-view="${view}"]`);
  }

  async expectView(view) {
    await expect(this.main).toHaveAttribute('data-view', view);
    await expect(this.tab(view)).toHaveAttribute('aria-current', 'page');
  }

  // ---- models table -----------------------------------------------------------------------------

  sortButton(col) {
    return this.table.locator(`thead th[data-col="${col}"] button.sort`);
  }

  sortHeader(col) {
    return this.table.locator(`thead th[data-col="${col}"]`);
  }

  /** The model ids of the table's rows, in order. */
  rowIds() {
    return this.tableRows.evaluateAll((rows) => rows.map((r) => r.dataset.id));
  }

  /** Clicks "Show K more" under the table until every selected row is listed. */
  async showAllRows() {
    for (let i = 0; i < 1000 && (await this.moreRows.count()) > 0; i++) {
      const before = await this.tableRows.count();
      await this.moreRows.click();
      await expect.poll(() => this.tableRows.count(), { message: 'more rows listed' }).toBeGreaterThan(before);
    }
  }

  /** Every row's model id, in order, after listing every page of the table. */
  async allRowIds() {
    await this.showAllRows();
    return this.rowIds();
  }

  row(id) {
    return this.table.locator(`tbody tr[data-id="${id}"]`);
  }

  /**
   * The table as laid out: the visible box of its wrapper, each header cell's column id and box,
   * and the height of every listed row with its content laid out (rows off screen are not laid
   * out, content-visibility; each is made visible through the CSSOM while measured, then restored).
   * Each row as `{ id, height, content }`: `content` is the height its visible parts take, from
   * the top of the first to the bottom of the last, plus its padding and border.
   */
  tableLayout() {
    return this.table.evaluate((table) => {
      const box = (el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height }; };
      const wrap = table.closest('.table-wrap');
      const headers = [...table.querySelectorAll('thead th')].filter((th) => th.checkVisibility())
        .map((th) => ({ col: th.dataset.col ?? null, ...box(th), label: th.textContent.trim() }));
      const rows = [...table.querySelectorAll('tbody tr')];
      rows.forEach((tr) => { tr.style.contentVisibility = 'visible'; });
      const measured = rows.map((tr) => {
        const cs = getComputedStyle(tr);
        const parts = [...tr.querySelectorAll('*')].filter((el) => el.checkVisibility() && el.getClientRects().length > 0);
        const top = Math.min(...parts.map((el) => el.getBoundingClientRect().top));
        const bottom = Math.max(...parts.map((el) => el.getBoundingClientRect().bottom));
        const frame = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'].reduce((s, k) => s + parseFloat(cs[k]), 0);
        return { id: tr.dataset.id, height: tr.getBoundingClientRect().height, content: bottom - top + frame };
      });
      rows.forEach((tr) => { tr.style.contentVisibility = ''; });
      return { wrap: { ...box(wrap), clientWidth: wrap.clientWidth, scrollWidth: wrap.scrollWidth }, headers, rows: measured };
    });
  }

  /** A row's name: the button that opens the model's provenance panel. */
  openButton(id) {
    return this.row(id).locator('th.name button.open-model');
  }

  /** The small link beside a row's name to the page the row was read from. */
  sourceLink(id) {
    return this.row(id).locator('th.name a.source-link');
  }

  // ---- publishing -------------------------------------------------------------------------------

  /** Clicks `trigger` (a locator) and resolves to the download it starts: { name, body }. */
  download(trigger) {
    return downloadFrom(this.page, trigger);
  }

  /** The PNG and SVG download buttons under the chart with test id `chartId`. */
  chartDownload(chartId, format) {
    return this.page.getByTestId(`${chartId}-${format}`);
  }

  // ---- charts -----------------------------------------------------------------------------------

  /** The hit area (button or region) of item `key` in a chart. */
  bar(chart, key) {
    return chart.locator(`.hit[data-key="${key}"]`);
  }

  /**
   * A chart's hit areas in VISUAL order (the order arrow keys follow): the elements stay in a
   * stable DOM order (by key) and are placed with style top/left, so they are sorted by top, then
   * left. Each as { key, label (aria-label), tabindex, pressed (aria-pressed or null) }.
   */
  hits(chart) {
    return chart.locator('.hit').evaluateAll((hs) => hs
      .map((h) => ({ h, top: parseFloat(h.style.top) || 0, left: parseFloat(h.style.left) || 0 }))
      .sort((a, b) => a.top - b.top || a.left - b.left)
      .map(({ h }) => ({ key: h.dataset.key, label: h.getAttribute('aria-label'), tabindex: h.getAttribute('tabindex'), pressed: h.getAttribute('aria-pressed') })));
  }

  /** Keys of a chart's hit areas, in visual order (see `hits`). */
  async barKeys(chart) {
    return (await this.hits(chart)).map((h) => h.key);
  }

  /** The aria-labels of a chart's hit areas, in visual order. */
  async barLabels(chart) {
    return (await this.hits(chart)).map((h) => h.label);
  }

  /** A checksum of the chart canvas's pixels, to see that a redraw changed what is shown. */
  canvasChecksum(chart) {
    return chart.locator('canvas').evaluate((c) => {
      const ctx = c.getContext('2d');
      const px = new Uint32Array(ctx.getImageData(0, 0, c.width, c.height).data.buffer);
      let h = 2166136261 >>> 0;
      for (let i = 0; i < px.length; i++) h = Math.imul(h ^ px[i], 16777619) >>> 0;
      return `${c.width}x${c.height}:${h}`;
    });
  }

  /** data-key of the focused element, or null. */
  focusedKey() {
    return this.page.evaluate(() => document.activeElement?.dataset?.key ?? null);
  }

  // ---- accessibility ----------------------------------------------------------------------------

  /** Runs axe-core on the whole document with the WCAG 2.x A/AA rules; resolves to its violations. */
  async axeViolations() {
    if (!(await this.page.evaluate(() => typeof window.axe === 'object'))) await this.page.evaluate(axeScript());
    return this.page.evaluate(async (tags) => {
      const r = await window.axe.run(document, { runOnly: tags });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary}`) }));
    }, WCAG_TAGS);
  }

  /**
   * Tag, testid/id/class, the test id of the chart it is in (`chart`, null outside a chart) and
   * outline style of the focused element.
   */
  focusInfo() {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const cs = getComputedStyle(el);
      return {
        tag: el.tagName.toLowerCase(), type: el.getAttribute('type'), value: el.getAttribute('value'),
        key: el.dataset?.key ?? null, testid: el.dataset?.testid ?? null, cls: el.className || '',
        chart: el.closest('div.chart[data-testid]')?.dataset.testid ?? null,
        text: (el.textContent || '').trim().slice(0, 60), outlineStyle: cs.outlineStyle, outlineWidth: cs.outlineWidth,
      };
    });
  }

  // ---- the reader's own CSV ---------------------------------------------------------------------

  /** Chooses tests/hostile/<name> (or a {name, mimeType, buffer} payload) in the hidden file input. */
  async chooseFile(file) {
    await this.csvInput.setInputFiles(typeof file === 'string' ? hostilePath(file) : file);
  }

  /** The problems listed in the review dialog, in order. */
  problemTexts() {
    return this.problems.locator('li').allTextContents();
  }
}
