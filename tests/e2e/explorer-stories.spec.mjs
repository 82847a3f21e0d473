// Stories: each preset states its rule, matches exactly the rows the rule selects in the CSV,
// quotes the article, paints its charts and lists that many rows in its table.
import { test, expect, expectPainted } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadQuotes, loadSources, select, facetCounts, inPathologyStory, inHospitalsStory, KINDS, KIND_LABEL, formatInt, TABLE_PAGE } from './support/data.mjs';

const models = loadModels();
const quotes = loadQuotes();
const sources = loadSources();
const TOTAL = models.length;

const STORIES = [
  {
    view: 'story-pathology', story: 'pathology', rule: inPathologyStory,
    lead: 'Models classified as pathology, or with pathology among their specialties.',
    quoteIds: ['pathology-focus', 'clinical-fewer'],
  },
  {
    view: 'story-hospitals', story: 'hospitals', rule: inHospitalsStory,
    lead: 'Models for a specialty (not only general medicine) led by a hospital or with a hospital among the co-developers.',
    quoteIds: ['hospital-led', 'clinical-fewer'],
  },
];

for (const s of STORIES) {
  test(`${s.view} states its rule and shows exactly the rows it selects`, async ({ page }) => {
    const expected = models.filter(s.rule);
    // The app's preset and the rule written here agree on every row.
    expect(select(models, { story: s.story }).map((m) => m.id)).toEqual(expected.map((m) => m.id));
    expect(expected.length, 'the story has rows').toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(TOTAL);

    const atlas = new Atlas(page);
    await atlas.open(`?view=${s.view}`);
    await atlas.expectView(s.view);
    const story = page.getByTestId(s.view);
    await expect(story.locator('p.lead')).toHaveText(`Rule: ${s.lead}`);
    await expect(story.getByTestId('story-count')).toHaveText(`${formatInt(expected.length)} models match this story (within your other filters).`);
    await atlas.expectCount(expected.length, TOTAL);

    // The article's own words, each linked to its source.
    const blocks = story.locator('blockquote.quote');
    await expect(blocks).toHaveCount(s.quoteIds.length);
    for (const [i, id] of s.quoteIds.entries()) {
      const quote = quotes.find((x) => x.id === id);
      const source = sources.find((x) => x.id === quote.source_id);
      await expect(blocks.nth(i).locator('p')).toHaveText(`“${quote.quote}”`);
      const link = blocks.nth(i).locator('footer a');
      await expect(link).toHaveAttribute('href', source.url);
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(link).toHaveText(source.publisher);
    }

    const kindChart = page.getByTestId('story-kind-chart');
    const specialtyChart = page.getByTestId('story-specialty-chart');
    await expectPainted(kindChart);
    await expectPainted(specialtyChart);
    // The kind chart's bars count the story's rows.
    const kinds = facetCounts(models, { story: s.story }, 'kinds');
    for (const k of KINDS) {
      await expect(atlas.bar(kindChart, k)).toHaveAttribute('aria-label', new RegExp(`^${KIND_LABEL[k]}: ${formatInt(kinds[k] ?? 0)} models `));
    }

    await expect(atlas.tableRows).toHaveCount(Math.min(expected.length, TABLE_PAGE));
    expect((await atlas.allRowIds()).sort()).toEqual(expected.map((m) => m.id).sort());
  });
}

test('a story narrows further with the other filters', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=story-hospitals&kind=hospital');
  const expected = select(models, { story: 'hospitals', kinds: ['hospital'] });
  await expect(page.getByTestId('story-count')).toHaveText(`${formatInt(expected.length)} models match this story (within your other filters).`);
  await expect(atlas.tableRows).toHaveCount(Math.min(expected.length, TABLE_PAGE));
  expect((await atlas.allRowIds()).sort()).toEqual(expected.map((m) => m.id).sort());
});
