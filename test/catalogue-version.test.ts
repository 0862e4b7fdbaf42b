// One version across processes: the catalogue version is the content hash of catalogue + rules, so
// two stores, a copy of the same files elsewhere, and a separate server process all agree on it.
import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CatalogueStore } from '../src/version/catalogue-store.js';
import { projectRoot, defaultCatalogDir, defaultRulesDir } from '../src/config/paths.js';
import { copyCatalogue } from './helpers/catalogue-copy.js';
import { startServer } from './helpers/server-process.js';

const open = (catalogDir = defaultCatalogDir, rulesDir = defaultRulesDir, root = projectRoot) =>
  CatalogueStore.open({ root, catalogDir, rulesDir });

describe('catalogue version', () => {
  it('is the same for two stores over the same files, and load time is kept apart', async () => {
    const a = (await open()).current();
    await new Promise((r) => setTimeout(r, 5));
    const b = (await open()).current();
    expect(a.version).to.match(/^[0-9a-f]{12}$/);
    expect(b.version).to.equal(a.version);
    expect(a.loadedAt).to.not.equal(b.loadedAt);
  });

  it('is the same for a copy of the files in another folder, and changes with the content', async () => {
    const base = (await open()).current().version;
    const copy = copyCatalogue();
    try {
      const store = await open(copy.catalogDir, copy.rulesDir, copy.root);
      expect(store.current().version).to.equal(base);
      const file = path.join(copy.rulesDir, 'ranking.yaml');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n# a comment is content too\n`);
      const r = await store.reload();
      expect(r.ok).to.equal(true);
      expect(store.current().version).to.not.equal(base);
    } finally {
      copy.remove();
    }
  });

  it('is the same in a separate server process, in the body, the header and the ETag', async () => {
    const local = (await open()).current().version;
    const server = await startServer();
    try {
      const res = await fetch(`${server.url}/api/v1/districts`);
      expect(res.headers.get('x-catalogue-version')).to.equal(local);
      expect(res.headers.get('etag')).to.equal(`W/"${local}"`);
      expect(((await res.json()) as { catalogueVersion: string }).catalogueVersion).to.equal(local);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });
});
