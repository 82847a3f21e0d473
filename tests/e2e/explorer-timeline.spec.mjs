// The timeline: paints the releases per month and states, for the selected rows, how many are
// dated to the month, only to the year, or not at all — which add up to the rows selected.
import { test, expect, expectPainted } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, select, datePrecision, formatInt } from './support/data.mjs';

const models = loadModels();
const TOTAL = models.length;
const COVERAGE = /Per month: ([\d,]+) models with a month-precise date\. ([\d,]+) more are dated only by year and ([\d,]+) have no date/;
const num = (s) => Number(s.replaceAll(',', ''));

for (const [label, query, f] of [
  ['all rows', '?view=timeline', {}],
  ['a filtered selection', '?view=timeline&kind=university', { kinds: ['university'] }],
]) {
  test(`timeline notes account for every row of ${label}`, async ({ page }) => {
    const rows = select(models, f);
    const expected = datePrecision(rows);
    expect(expected.month, 'some rows are dated to the month').toBeGreaterThan(0);

    const atlas = new Atlas(page);
    await atlas.open(query);
    await atlas.expectView('timeline');
    const chart = page.getByTestId('timeline-chart');
    await expectPainted(chart);
    await atlas.expectCount(rows.length, TOTAL);

    const notes = page.getByTestId('timeline-notes');
    await expect(notes).toContainText(
      `Per month: ${formatInt(expected.month)} models with a month-precise date. ${formatInt(expected.year)} more are dated only by year and ${formatInt(expected.undated)} have no date`);
    const [, month, year, undated] = (await notes.textContent()).match(COVERAGE);
    expect(num(month) + num(year) + num(undated), 'the three counts add up to the selected rows').toBe(rows.length);

    // The months drawn hold the month-dated rows: the last column's cumulative total says so.
    // The last column in visual order (the hit areas' DOM order is by key, not by place).
    await expect.poll(async () => (await atlas.hits(chart)).at(-1)?.label)
      .toMatch(new RegExp(`\\(cumulative ${formatInt(expected.month)}\\)$`));
  });
}
