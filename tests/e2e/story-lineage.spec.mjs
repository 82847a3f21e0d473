// The lineage story (`view=story-lineage`, "Built on a few foundations"): every documented model
// within the reader's filters — no preset of its own — with the lineage and function cards, the
// article's words on homogenization (quotes.csv id `homogenization`), the caveat that an unstated
// base is unknown, not absent, and the models table; in English and in 中文.
import { test, expect, expectPainted } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, loadQuotes, loadSources, select, formatInt, TABLE_PAGE } from './support/data.mjs';

const models = loadModels();
const TOTAL = models.length;
const quote = loadQuotes().find((q) => q.id === 'homogenization');
const source = loadSources().find((s) => s.id === quote.source_id);

const TEXT = {
  en: {
    view: 'Built on a few foundations',
    lead: 'All the documented models within your filters: what they are built on, and what their functions do — the article\'s homogenization, seen in the atlas\'s own sample.',
    count: (n) => `${formatInt(n)} models match this story (within your other filters).`,
    lineage: 'What the documented models are built on',
    functions: 'Functions by application scenario (documented, atlas classification)',
    unstated: (n, all) => `${formatInt(n)} of ${formatInt(all)} models here name no base: what they are built on is unknown, not absent.`,
  },
  zh: {
    view: '建立在少数基座之上',
    lead: '你的筛选条件之内的全部已记录模型：它们建立在哪些基座之上，功能又是什么——从本图鉴自己的样本看文章所说的同质化。',
    count: (n) => `${formatInt(n)}个模型符合该专题（在其他筛选条件之内）。`,
    lineage: '已记录模型建立在哪些基座之上',
    functions: '各应用场景的功能数（已记录模型，本图鉴分类）',
    unstated: (n, all) => `此处${formatInt(all)}个模型中有${formatInt(n)}个未说明基座：它们的基座是未知，而非没有。`,
  },
};

for (const lang of ['en', 'zh']) {
  for (const [query, f] of [['', {}], ['&kind=hospital', { kinds: ['hospital'] }]]) {
    test(`story-lineage${query} · ${lang}: both cards, the quotation, the caveat and the table`, async ({ page }) => {
      const t = TEXT[lang];
      const rows = select(models, f);
      expect(rows.length).toBeGreaterThan(0);
      const atlas = new Atlas(page);
      await atlas.open(`?view=story-lineage&lang=${lang}${query}`);
      await atlas.expectView('story-lineage');
      await expect(atlas.tab('story-lineage')).toHaveText(t.view);
      await expect(page.locator('main h2.view-title')).toHaveText(t.view);
      await atlas.expectCount(rows.length, TOTAL, lang);

      const story = page.getByTestId('story-lineage');
      await expect(story.locator('p.lead')).toHaveText(t.lead);
      await expect(story.getByTestId('story-count')).toHaveText(t.count(rows.length));

      // The article's own words (quoted as published), linked to their source.
      const block = story.locator('blockquote.quote');
      await expect(block).toHaveCount(1);
      await expect(block.locator('p')).toHaveText(`“${quote.quote}”`);
      const link = block.locator('footer a');
      await expect(link).toHaveAttribute('href', source.url);
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(link).toHaveText(source.publisher);

      // The two cards, titled in the reader's language, and their charts painted.
      const lineage = story.getByTestId('lineage-card');
      const functions = story.getByTestId('function-card');
      await expect(lineage.locator('h2')).toHaveText(t.lineage);
      await expect(functions.locator('h2')).toHaveText(t.functions);
      await expectPainted(story.getByTestId('lineage-chart'));
      await expectPainted(story.getByTestId('function-chart'));
      const unstated = rows.filter((m) => m.base_model.trim() === '').length;
      await expect(lineage.getByTestId('lineage-unstated')).toHaveText(t.unstated(unstated, rows.length));
      await expect(functions.getByTestId('function-comparison')).not.toBeEmpty();

      // The models table lists the story's rows.
      await expect(atlas.tableRows).toHaveCount(Math.min(rows.length, TABLE_PAGE));
      expect((await atlas.allRowIds()).sort()).toEqual(rows.map((m) => m.id).sort());
    });
  }
}
