// The page before the app: hold the WASM download, and read a box as whole pixels, so a spec can
// compare what the build-time first screen shows with what the app then draws in its place.

/** Holds the WASM download until `release()` is called, so the page stays before the app. */
export async function holdWasm(page) {
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(/_bg\.wasm$/, async (route) => { await gate; await route.continue(); });
  return release;
}

/** A locator's box as [x, y, width, height] in whole pixels (null when it has none). */
export const box = async (locator) => {
  const b = await locator.boundingBox();
  return b && [b.x, b.y, b.width, b.height].map(Math.round);
};
