// The project stands alone (#13): nothing outside catalog/sources/ may refer to the old source
// folder outside the repository, so a clone in an empty folder checks its own citations.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { projectRoot } from '../src/config/paths.js';

// Built from parts so this file does not match itself.
const [UP, SH, SE] = ['..', 'shar' + 'ed', 'se' + 'eds'];
const PATTERNS = [
  `${UP}/${SH}`,
  `${UP}\\\\${SH}`,
  `'${SH}', '${SE}'`,
  `"${SH}", "${SE}"`,
  `${SH}/${SE}`,
];

function projectFiles(): string[] {
  try {
    return execFileSync('git', ['ls-files'], { cwd: projectRoot, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
  } catch {
    // Not a git checkout (an unpacked archive): walk the tree instead.
    const out: string[] = [];
    const walk = (rel: string) => {
      for (const name of readdirSync(path.join(projectRoot, rel))) {
        if (['node_modules', '.git', 'dist', 'test-output'].includes(name)) continue;
        const r = rel ? `${rel}/${name}` : name;
        if (statSync(path.join(projectRoot, r)).isDirectory()) walk(r);
        else out.push(r);
      }
    };
    walk('');
    return out;
  }
}

describe('the project stands alone', () => {
  it('no file outside catalog/sources/ refers to a source folder outside the repository', () => {
    const files = projectFiles().filter((f) => !f.startsWith('catalog/sources/'));
    expect(files.length).to.be.greaterThan(100);
    const hits: string[] = [];
    for (const f of files) {
      let text: string;
      try {
        text = readFileSync(path.join(projectRoot, f), 'utf8');
      } catch {
        continue; // listed by git but deleted in the work tree
      }
      for (const p of PATTERNS) if (text.includes(p)) hits.push(`${f}: ${p}`);
    }
    expect(hits).to.deep.equal([]);
  });

  it('the source documents ship in catalog/sources/', () => {
    const docs = readdirSync(path.join(projectRoot, 'catalog', 'sources'));
    expect(docs.filter((d) => d.endsWith('.txt'))).to.have.length(4);
  });
});
