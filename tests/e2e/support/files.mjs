// Files the publishing specs read or write: downloads the page offers, PNG headers, the dist/
// folder, and the artefacts (screenshots, PDF) left under target/playwright/ for people to look at.
import { readFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const DIST = path.join(ROOT, 'dist');
export const ARTIFACTS = path.join(ROOT, 'target/playwright');
export const SHOTS = path.join(ARTIFACTS, 'shots');

/** The absolute path of an artefact, its folder created. */
export function artifactPath(...parts) {
  const p = path.join(ARTIFACTS, ...parts);
  mkdirSync(path.dirname(p), { recursive: true });
  return p;
}

/** The absolute path of a screenshot under target/playwright/shots/, its folder created. */
export const shotPath = (name) => artifactPath('shots', name);

/**
 * Clicks `trigger` and resolves to the download it starts: { name, body } with the file's
 * suggested name and its bytes. Fails with the browser's reason when the download fails.
 */
export async function downloadFrom(page, trigger) {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  const failure = await download.failure();
  if (failure) throw new Error(`download ${download.suggestedFilename()} failed: ${failure}`);
  return { name: download.suggestedFilename(), body: readFileSync(await download.path()) };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height in pixels from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(buf) {
  if (buf.length < 33 || !buf.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG (bad signature)');
  if (buf.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG (first chunk is not IHDR)');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Today as YYYY-MM-DD in the page's time zone (what the app writes into file names and citations). */
export function pageToday(page) {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}
