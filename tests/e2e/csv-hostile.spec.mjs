// Hostile files through "Open your CSV": the review dialog shows exactly the problems the native
// tests (tests/hostile_files.rs) expect from src/core/user_file.rs, offers to load only what is
// valid, and a file over 20 MB is refused from its size alone while the page stays responsive.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels } from './support/data.mjs';

const TOTAL = loadModels().length;

// Copied from tests/hostile_files.rs (`messages(&f)` for each corpus file). In the Rust source
// '\\u{202e}' is a backslash followed by u{202e}: the invisible character is shown escaped.
const CASES = [
  { file: 'empty.csv', problems: ['the file is empty'], valid: 0 },
  { file: 'image.png', problems: ['the file looks binary (it contains NUL bytes), not CSV text'], valid: 0 },
  {
    file: 'latin1.csv',
    problems: ["line 3: the file is not UTF-8 text: the byte 0xFC after 'ant-aq,M' is not UTF-8 (was it saved as Latin-1 or Windows-1252?); save it as UTF-8 CSV"],
    valid: 0,
  },
  {
    file: 'open_quote.csv',
    problems: ["line 3, column name: a quoted cell runs over several lines, so the row has 2 fields instead of the header's 18; is a closing quote missing?"],
    valid: 1, records: 2,
  },
  {
    file: 'invisible.csv',
    problems: [
      "line 2, column name: 'AierGPT\\u{202e}gpj.exe' contains an invisible formatting character (U+202E); remove it",
      "line 4, column name: 'Bian\\u{200b}que' contains an invisible formatting character (U+200B); remove it",
    ],
    valid: 1, records: 3,
  },
];

for (const c of CASES) {
  test(`${c.file}: the review shows exactly "${c.problems[0].slice(0, 60)}…"`, async ({ page }) => {
    const atlas = new Atlas(page);
    await atlas.open();
    await atlas.chooseFile(c.file);
    await expect(atlas.fileReview).toBeVisible();
    await expect(atlas.problems.locator('li').first()).toHaveText(c.problems[0]);
    expect(await atlas.problemTexts()).toEqual(c.problems);
    const n = c.problems.length;
    await expect(atlas.fileReview.locator('#review-title')).toHaveText(n === 1 ? `1 problem in ${c.file}` : `${n} problems in ${c.file}`);
    // No invisible formatting character reaches the page's text.
    expect(await atlas.problems.textContent()).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/u);

    if (c.valid === 0) {
      await expect(atlas.loadValid).toHaveCount(0);
      await expect(atlas.fileReview).toContainText('Nothing in this file can be loaded.');
      await expect(atlas.fileReview.getByTestId('valid-rows')).toHaveCount(0);
    } else {
      await expect(atlas.fileReview.getByTestId('valid-rows')).toHaveText(`${c.valid} of ${c.records} rows are valid.`);
      await expect(atlas.loadValid).toBeVisible();
    }
    // Cancel leaves the atlas data in place.
    await atlas.fileReview.getByTestId('cancel-load').click();
    await expect(atlas.fileReview).toBeHidden();
    await expect(atlas.userBanner).toHaveCount(0);
    await atlas.expectCount(TOTAL, TOTAL);
  });
}

test('a 21 MB file is refused by its size, at once, and the page stays responsive', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open();
  const buffer = Buffer.alloc(21 * 1024 * 1024, 'a');
  await atlas.chooseFile({ name: 'big.csv', mimeType: 'text/csv', buffer });

  // The page answers within a second of the file being chosen.
  const t0 = Date.now();
  const answer = await Promise.race([
    page.evaluate(() => 6 * 7),
    new Promise((resolve) => setTimeout(() => resolve('no answer within 1 s'), 1000)),
  ]);
  expect(answer).toBe(42);
  expect(Date.now() - t0).toBeLessThan(1000);

  await expect(atlas.fileReview).toBeVisible();
  expect(await atlas.problemTexts()).toEqual(['the file is 21 MB; files up to 20 MB can be opened']);
  await expect(atlas.fileReview.locator('#review-title')).toHaveText('1 problem in big.csv');
  await expect(atlas.loadValid).toHaveCount(0);
  await expect(atlas.fileReview).toContainText('Nothing in this file can be loaded.');
  // Still interactive: the dialog closes and a filter still works.
  await atlas.fileReview.getByTestId('cancel-load').click();
  await expect(atlas.fileReview).toBeHidden();
  await atlas.checkbox('category', 'pathology').check();
  await atlas.expectParam('category', 'pathology');
});
