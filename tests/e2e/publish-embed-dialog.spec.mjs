// The embed dialog: "Embed" opens a native modal <dialog> whose frame snippet is a titled, lazy,
// full-width <iframe> of the current view and filters in embed mode; Escape closes it and gives
// focus back to the button.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';

/**
 * The <iframe> elements of the snippet, each as its attributes { title, loading, width, src, … }
 * with entities decoded. Parsed here rather than in the page: a DOMParser document inherits the
 * page's CSP, which reports the snippet's style attribute as a violation.
 */
function parseSnippet(snippet) {
  const decode = (v) => v.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return [...snippet.matchAll(/<iframe\b([^>]*)>/g)].map((m) => Object.fromEntries(
    [...m[1].matchAll(/([a-zA-Z-]+)="([^"]*)"/g)].map(([, k, v]) => [k.toLowerCase(), decode(v)])));
}

test('Embed opens a modal with a frame snippet of the current filters; Escape closes it', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=models&category=pathology');
  await atlas.expectView('models');
  const dialog = page.getByTestId('embed-dialog');
  await expect(dialog).toBeHidden();

  await atlas.embedButton.click();
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((d) => d.tagName)).toBe('DIALOG');
  expect(await dialog.evaluate((d) => d.open && d.matches(':modal')), 'opened as a modal').toBe(true);

  const viewName = (await atlas.tab('models').textContent()).trim();
  const snippet = await page.locator('#embed-frame-text').inputValue();
  const frames = parseSnippet(snippet);
  expect(frames.length, snippet).toBe(1);
  expect(snippet.trim()).toMatch(/^<iframe\b[^>]*><\/iframe>$/);
  const [frame] = frames;
  expect(frame.title).toBe(`MedLLM Atlas — ${viewName}`);
  expect(frame.loading).toBe('lazy');
  expect(frame.width).toBe('100%');
  const src = new URL(frame.src);
  const here = new URL(page.url());
  expect(src.origin + src.pathname, 'an absolute address of this page').toBe(here.origin + here.pathname);
  expect(src.searchParams.get('embed')).toBe('1');
  expect(src.searchParams.get('view')).toBe('models');
  expect(src.searchParams.get('category')).toBe('pathology');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await dialog.evaluate((d) => d.open)).toBe(false);
  await expect(atlas.embedButton, 'focus returns to the Embed button').toBeFocused();

  // A filter added afterwards is in the snippet the next time.
  await atlas.kindSelect.selectOption('hospital');
  await atlas.expectParam('kind', 'hospital');
  await atlas.embedButton.click();
  await expect(dialog).toBeVisible();
  const again = new URL(parseSnippet(await page.locator('#embed-frame-text').inputValue())[0].src);
  expect(again.searchParams.get('embed')).toBe('1');
  expect(again.searchParams.get('category')).toBe('pathology');
  expect(again.searchParams.get('kind')).toBe('hospital');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
