// One exit-code convention and one way to print problems for every CLI (src/cli/cli-run.ts):
// 0 done and yes, 1 done and no (validate found problems), 2 not done (usage, a catalogue the
// command needs is invalid, a crash).
import { appendFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { runCli } from './helpers/cli.js';
import { EXIT, printProblems } from '../src/cli/cli-run.js';
import { copyCatalogue, type CatalogueCopy } from './helpers/catalogue-copy.js';

describe('CLI problems and exit codes', function () {
  this.timeout(60_000);

  it('printProblems prints every problem at file:line:col and a count, and returns the code asked for', () => {
    const lines: string[] = [];
    const original = console.error;
    console.error = (s: string) => lines.push(s);
    let code;
    try {
      code = printProblems(
        [
          { code: 'SCHEMA', file: 'catalog/x.yaml', line: 3, col: 5, message: 'first', value: 'v' },
          {
            code: 'BAD_VALUE',
            file: 'rules/y.yaml',
            line: 1,
            col: 1,
            message: 'second',
            allowed: 'z',
          },
        ],
        'no report written',
        EXIT.cannot,
        'working tree: ',
      );
    } finally {
      console.error = original;
    }
    expect(code).to.equal(2);
    expect(lines).to.deep.equal([
      'working tree: catalog/x.yaml:3:5 SCHEMA first (value: "v")',
      'working tree: rules/y.yaml:1:1 BAD_VALUE second (allowed: z)',
      '\n2 problem(s) found; no report written.',
    ]);
  });

  describe('on a broken catalogue', () => {
    let copy: CatalogueCopy;
    before(() => {
      copy = copyCatalogue();
      appendFileSync(path.join(copy.catalogDir, 'interventions', 'mst.yaml'), '\nid: twice\n');
    });
    after(() => copy.remove());
    const env = () => ({ CATALOG_DIR: copy.catalogDir, RULES_DIR: copy.rulesDir });

    it('validate answers "no": exit 1 with every problem at file:line:col', async () => {
      const r = await runCli('validate.ts', [], env());
      expect(r.code).to.equal(EXIT.no);
      expect(r.stderr).to.match(/mst\.yaml:\d+:\d+ DUPLICATE_KEY/);
      expect(r.stderr).to.match(/\n\d+ problem\(s\) found\.\n$/);
    });

    it('report:coverage cannot do its work: exit 2, the problems, and no report', async () => {
      const out = path.join(copy.root, 'report');
      const r = await runCli('report-coverage.ts', ['--out', out], env());
      expect(r.code).to.equal(EXIT.cannot);
      expect(r.stderr).to.match(/mst\.yaml:\d+:\d+ DUPLICATE_KEY/);
      expect(r.stderr).to.include('problem(s) found; no report written.');
      expect(existsSync(out)).to.equal(false);
    });
  });

  it('bad usage exits 2 with the command name and its usage', async () => {
    const v = await runCli('validate.ts', ['--fix']);
    expect(v.code).to.equal(EXIT.cannot);
    expect(v.stderr).to.match(/^validate: takes no arguments\n\nUsage: npm run validate/);
    const c = await runCli('report-coverage.ts', ['--colour']);
    expect(c.code).to.equal(EXIT.cannot);
    expect(c.stderr).to.match(
      /^report:coverage: .*'--colour'[\s\S]*Usage: npm run report:coverage/,
    );
  });
});
