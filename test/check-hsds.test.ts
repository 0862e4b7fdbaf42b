// npm run check:hsds: the whole HSDS export against compiled schemas from a folder the caller
// supplies (the official ones are not vendored, README "HSDS conformance"). Here it is fed our own
// subset schemas under the official file names, and a schema the export cannot meet.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { runCli } from './helpers/cli.js';
import { schemasDir } from '../src/config/paths.js';

const cli = (args: string[]) => runCli('check-hsds.ts', args);

describe('npm run check:hsds', function () {
  this.timeout(60_000);
  const root = mkdtempSync(path.join(tmpdir(), 'check-hsds-'));

  it('finds service.json under schema/compiled and reports 0 invalid items, exit 0', async () => {
    const compiled = path.join(root, 'spec', 'schema', 'compiled');
    mkdirSync(compiled, { recursive: true });
    for (const kind of ['service', 'organization'])
      copyFileSync(
        path.join(schemasDir, 'hsds', `${kind}.schema.json`),
        path.join(compiled, `${kind}.json`),
      );
    const r = await cli([path.join(root, 'spec')]);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.match(/^service: 0 invalid of 1\d\d /m);
    expect(r.stdout).to.match(/^organization: 0 invalid of \d+ /m);
  });

  it('lists every item a schema rejects, with the failing field, exit 1', async () => {
    const dir = path.join(root, 'strict');
    mkdirSync(dir);
    const strict = JSON.stringify({ type: 'object', required: ['not_in_the_export'] });
    writeFileSync(path.join(dir, 'service.json'), strict);
    writeFileSync(path.join(dir, 'organization.json'), JSON.stringify({ type: 'object' }));
    const r = await cli([dir]);
    expect(r.code, r.stderr).to.equal(1);
    expect(r.stdout).to.match(/^service: (1\d\d) invalid of \1 /m);
    expect(r.stdout).to.include("must have required property 'not_in_the_export'");
    expect(r.stdout).to.match(/^organization: 0 invalid/m);
  });

  it('exits 2 with its usage when the folder has no schemas', async () => {
    const r = await cli([path.join(root, 'nowhere')]);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include('no service.json');
    expect(r.stderr).to.include('Usage: npm run check:hsds');
  });
});
