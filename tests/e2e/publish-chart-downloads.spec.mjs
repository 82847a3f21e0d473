// Chart downloads: the category chart as a PNG at twice its on-screen CSS width, and as an SVG with
// one filled bar per non-zero category, the chart's title and its notes (sample size, source).
import { test, expect, expectPainted } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadCategories, readCsv, select, facetCounts, sampleNote } from './support/data.mjs';
import { pngSize } from './support/files.mjs';

const models = loadModels();
const filters = { kinds: ['hospital'] };
const counts = facetCounts(models, filters, 'categories');
const nonZero = loadCategories().filter((c) => (counts[c.id] ?? 0) > 0).length;
const shown = select(models, filters).length;
const surveyed = Number(readCsv('survey_figures.csv').find((f) => f.metric === 'models_surveyed').value);

/** Text contents of the SVG's <text> elements, entities decoded. */
function svgTexts(svg) {
  const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => decode(m[1].trim()));
}

const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
/** Whitespace-free form, so text wrapped over several lines compares with the one-line note. */
const squash = (s) => s.replace(/\s+/g, '');

test.beforeEach(async ({ page }) => {
  expect(nonZero, 'the filter leaves some categories empty').toBeLessThan(loadCategories().length);
  const atlas = new Atlas(page);
  await atlas.open('?kind=hospital');
  await expectPainted(atlas.categoryChart);
});

test('PNG download is twice the chart\'s CSS width', async ({ page }) => {
  const atlas = new Atlas(page);
  const css = await atlas.categoryChart.locator('canvas').evaluate((c) => {
    const r = c.getBoundingClientRect();
    return { w: r.width, h: r.height };
  });
  const file = await atlas.download(atlas.chartDownload('category-chart', 'png'));
  expect(file.name).toMatch(/^medllm-atlas-category-.*\d{4}-\d\d-\d\d\.png$/);
  const size = pngSize(file.body);
  expect(size.width).toBe(Math.round(css.w * 2));
  // Title above and notes below make the image taller than the on-screen chart.
  expect(size.height).toBeGreaterThan(Math.round(css.h * 2));
});

test('SVG download has one filled bar per non-zero category, the title and the notes', async ({ page }) => {
  const atlas = new Atlas(page);
  const file = await atlas.download(atlas.chartDownload('category-chart', 'svg'));
  expect(file.name).toMatch(/^medllm-atlas-category-.*\d{4}-\d\d-\d\d\.svg$/);
  const svg = file.body.toString('utf8');
  expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg\b/);
  const width = Number(attr(svg.match(/<svg\b[^>]*>/)[0], 'width'));

  // Filled rects that are not the background (the one covering the whole image).
  const rects = [...svg.matchAll(/<rect\b[^>]*>/g)].map((m) => m[0]);
  const bars = rects.filter((r) => {
    const fill = attr(r, 'fill');
    if (!fill || fill === 'none') return false;
    return !(Number(attr(r, 'x')) === 0 && Number(attr(r, 'y')) === 0 && Number(attr(r, 'width')) >= width);
  });
  expect(bars.length, 'one filled bar per non-zero category').toBe(nonZero);

  const texts = svgTexts(svg);
  const all = squash(texts.join(' '));
  const title = (await atlas.categoryCard.locator('h2').textContent()).trim();
  expect(svg).toContain(`<title>${title}</title>`);
  expect(texts).toContain(title);
  // The sample note from the data, and every note the card shows under the chart (the source line
  // among them).
  expect(all).toContain(squash(sampleNote(shown, models.length, surveyed)));
  const notes = await atlas.page.getByTestId('category-notes').locator('p').allTextContents();
  expect(notes.length).toBeGreaterThan(0);
  for (const note of notes) expect(all, note).toContain(squash(note));
  expect(notes.some((n) => /^Source:/.test(n)), 'a source line among the notes').toBe(true);
});
