// The data as files beside the page: every CSV of data/ is served from the built dist/data/ byte
// for byte (the curated files' CRLF line ends and quoting included), and the served
// datapackage.json describes exactly those files, each with its size. Expected files and bytes
// come from data/ itself.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/fixtures.mjs';
import { ROOT } from './support/files.mjs';

const DATA = path.join(ROOT, 'data');
const csvFiles = readdirSync(DATA).filter((f) => f.endsWith('.csv')).sort();

test('every data file is served beside the page byte for byte, described by datapackage.json', async ({ request }) => {
  expect(csvFiles.length).toBeGreaterThan(0);
  for (const name of csvFiles) {
    const res = await request.get(`data/${name}`);
    expect(res.status(), name).toBe(200);
    const body = await res.body();
    expect(body.equals(readFileSync(path.join(DATA, name))), `dist/data/${name} equals data/${name}`).toBe(true);
  }
  const res = await request.get('data/datapackage.json');
  expect(res.status()).toBe(200);
  const descriptor = JSON.parse((await res.body()).toString('utf8'));
  expect(descriptor.profile).toBe('tabular-data-package');
  expect(descriptor.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
  const resources = descriptor.resources;
  expect(resources.map((r) => r.path).sort()).toEqual(csvFiles);
  for (const r of resources) {
    expect(r.bytes, r.path).toBe(readFileSync(path.join(DATA, r.path)).length);
    // Every column of the file's header is a field of its schema, in order.
    const header = readFileSync(path.join(DATA, r.path), 'utf8').split(/\r?\n/, 1)[0].split(',');
    expect(r.schema.fields.map((f) => f.name), r.path).toEqual(header);
  }
});
