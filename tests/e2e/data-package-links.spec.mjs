// The data as files, found by readers: the page footer and About the data link "The data (CSV
// files and datapackage.json)" — in English and in 中文 — to data/datapackage.json beside the page
// (a relative address, opened in a new tab; a plain link, so that offline the service worker
// answers it). Links, not fetches: loading the page and moving between views requests nothing
// under data/; following the link requests the descriptor once, and it is the descriptor the build
// wrote. The service worker is blocked here, so the requests seen are the pages' own; its one-time
// precache of data/ is data-package-offline.spec.mjs's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/fixtures.mjs';
import { Atlas } from './support/atlas.mjs';
import { DIST } from './support/files.mjs';

test.use({ serviceWorkers: 'block' });

const LABEL = { en: 'The data (CSV files and datapackage.json)', zh: '数据（CSV 文件与 datapackage.json）' };
const CHANGES = { en: 'What changed', zh: '数据变更' };
const descriptor = readFileSync(path.join(DIST, 'data', 'datapackage.json'));
const inData = (url) => new URL(url).pathname.startsWith('/data/');

for (const lang of ['en', 'zh']) {
  test(`the footer and About link the data package, requested only when followed · ${lang}`, async ({ page, context }) => {
    // Every request of every tab (the link opens one).
    const [requests, responses] = [[], []];
    context.on('request', (r) => requests.push(r.url()));
    context.on('response', (r) => responses.push(r));
    const atlas = new Atlas(page);
    await atlas.open(`?view=about&lang=${lang}`);
    await expect(page.getByTestId('about-view')).toBeVisible();
    const footerLink = page.getByTestId('site-footer').getByTestId('data-link');
    const aboutLink = page.getByTestId('about-view').getByTestId('data-link');
    const target = new URL('data/datapackage.json', page.url()).href;
    for (const link of [footerLink, aboutLink]) {
      await expect(link).toHaveText(LABEL[lang]);
      await expect(link).toHaveAttribute('href', 'data/datapackage.json');
      await expect(link).toHaveAttribute('target', '_blank');
      expect(await link.evaluate((a) => a.href)).toBe(target);
    }
    // Another view and back: still nothing requested under data/.
    await page.getByTestId('site-footer').getByRole('link', { name: CHANGES[lang] }).click();
    await atlas.expectView('changes');
    await page.goBack();
    await expect(aboutLink).toBeVisible();
    expect(requests.filter(inData), 'requests under data/ before any click').toEqual([]);

    const [tab] = await Promise.all([context.waitForEvent('page'), footerLink.click()]);
    await tab.waitForLoadState();
  const response = responses.findLast((r) => r.url() === target && !r.request().serviceWorker());
  expect(response, 'the tab loaded the descriptor').toBeTruthy();
    expect(response.status()).toBe(200);
    expect((await response.body()).equals(descriptor), 'the descriptor the build wrote').toBe(true);
    expect(requests.filter(inData)).toEqual([target]);
    await expect(page.getByTestId('about-view'), 'the atlas stays where it was').toBeVisible();
  });
}
