// The one-file offline copy has no data/ beside it: opened from disk, its footer and About the data
// say where the data lives instead of linking a file that is not there — in English and in 中文.
// (This build was given no ATLAS_PUBLIC_URL; with one, core::package's tests check that the link
// goes to that address.)
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { test, expect } from './support/fixtures.mjs';
import { DIST } from './support/files.mjs';

const URL_ = pathToFileURL(path.join(DIST, 'medllm-atlas-offline.html')).href;
const NOTE = {
  en: 'The data files are published with the online atlas (data/).',
  zh: '数据文件随在线版图鉴发布（data/）。',
};

for (const lang of ['en', 'zh']) {
  test(`the offline copy says where the data lives, with no dead link · ${lang}`, async ({ page }) => {
    await page.goto(`${URL_}?view=about&lang=${lang}`);
    await expect(page.getByTestId('about-view')).toBeVisible();
    for (const place of [page.getByTestId('site-footer'), page.getByTestId('about-view')]) {
      const note = place.getByTestId('data-link');
      await expect(note).toHaveText(NOTE[lang]);
      await expect(note).not.toHaveAttribute('href', /.*/);
    }
    await expect(page.locator('a[href*="data/"]')).toHaveCount(0);
  });
}
