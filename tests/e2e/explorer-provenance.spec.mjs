// The provenance panel: a model's name in the models table (a button) opens the panel with the
// address the row was read from (a link opening in a new tab, without opener or referrer) and
// puts `model=<id>` into the URL as a new history entry; Escape closes it and removes `model`.
// The small link beside every name goes to its http(s) source the same safe way.
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { loadModels, sortModels, TABLE_PAGE } from './support/data.mjs';

const models = loadModels();
const byId = new Map(models.map((m) => [m.id, m]));

test('a name opens the provenance panel with the source; Escape closes it', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=models&sort=-released');
  // The newest model with partners, so the panel has something beyond the defaults to show.
  const model = sortModels(models, 'released', true).find((m) => m.partnersList.length > 0);
  await expect(atlas.provenance).toHaveCount(0);

  // The name is a button named by the model's name, announcing the dialog it opens.
  const open = atlas.row(model.id).getByRole('button', { name: model.name });
  await expect(open).toHaveAttribute('aria-haspopup', 'dialog');
  const entries = await atlas.historyLength();
  await open.click();
  await expect(atlas.provenance).toBeVisible();
  await atlas.expectParam('model', model.id);
  expect(await atlas.historyLength(), 'opening the panel is a history entry').toBe(entries + 1);
  await expect(atlas.provenance).toHaveAttribute('role', 'dialog');
  await expect(atlas.provenance.locator('#provenance-title')).toContainText(model.name);
  const link = atlas.provenance.locator('dd a').first();
  await expect(link).toHaveAttribute('href', model.source_url);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(atlas.provenance).toContainText(model.source_url);
  await expect(atlas.provenance).toContainText(model.partnersList.join('; '));
  for (const f of model.functionsList) await expect(atlas.provenance.locator('li', { hasText: f }).first()).toBeVisible();
  await expect(atlas.row(model.id)).toHaveClass(/selected/);
  // Focus moves into the panel, so Escape reaches it.
  await expect(atlas.provenance).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(atlas.provenance).toHaveCount(0);
  await atlas.expectParam('model', null);
  await expect.poll(() => atlas.queryString()).toBe('?view=models&sort=-released');
});

test('a model= link opens the panel directly', async ({ page }) => {
  const atlas = new Atlas(page);
  const model = models.at(-1);
  await atlas.open(`?view=models&model=${model.id}`);
  await expect(atlas.provenance).toBeVisible();
  await expect(atlas.provenance.locator('dd a').first()).toHaveAttribute('href', model.source_url);
  await atlas.provenance.getByRole('button', { name: 'Close' }).click();
  await expect(atlas.provenance).toHaveCount(0);
  await atlas.expectParam('model', null);
});

test('beside every name, a small link goes to its http(s) source with noopener noreferrer', async ({ page }) => {
  const atlas = new Atlas(page);
  await atlas.open('?view=models');
  await expect(atlas.tableRows).toHaveCount(Math.min(models.length, TABLE_PAGE));
  await atlas.showAllRows();
  await expect(atlas.tableRows).toHaveCount(models.length);
  const links = await atlas.tableRows.evaluateAll((rows) => rows.map((r) => {
    const a = r.querySelector('th.name a.source-link');
    return { id: r.dataset.id, href: a?.getAttribute('href'), rel: a?.getAttribute('rel'), target: a?.getAttribute('target'), label: a?.getAttribute('aria-label'), links: r.querySelectorAll('a').length };
  }));
  expect(links).toHaveLength(models.length);
  for (const l of links) {
    expect(l.href, `${l.id} links to an http(s) address`).toMatch(/^https?:\/\/[^\s/]/);
    expect(l.href, `${l.id} links to its source_url`).toBe(byId.get(l.id).source_url);
    expect(l.rel, `${l.id} rel`).toBe('noopener noreferrer');
    expect(l.target, `${l.id} target`).toBe('_blank');
    expect(l.label, `${l.id} link named for its model`).toBe(`Source of ${byId.get(l.id).name} (opens in a new tab)`);
    expect(l.links, `${l.id}: one link in the row`).toBe(1);
  }
});
