// Small modules, one concept each: no TypeScript module under src/ may exceed MAX_LINES. The only
// exceptions are named here, each with the reason and the work that removes it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';

const ROOT = path.resolve(import.meta.dirname, '..');
const MAX_LINES = 300;

const EXCEPTIONS: Record<string, string> = {};

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

describe(`module size (≤ ${MAX_LINES} lines)`, () => {
  // Generated from the schemas (npm run gen:types): their size is the contract's, not a module's.
  const generated = path.join(ROOT, 'src', 'catalogue', 'generated') + path.sep;
  const written = tsFiles(path.join(ROOT, 'src')).filter((f) => !f.startsWith(generated));
  const sizes = written.map((f) => ({
    file: path.relative(ROOT, f).split(path.sep).join('/'),
    lines: lineCount(readFileSync(f, 'utf8')),
  }));

  it(`no src/ TypeScript module is longer than ${MAX_LINES} lines, except the named ones`, () => {
    const over = sizes.filter((s) => s.lines > MAX_LINES && !(s.file in EXCEPTIONS));
    expect(over.map((s) => `${s.file}: ${s.lines} lines`)).to.deep.equal([]);
  });

  it('every named exception still exists and is still over the limit (else remove it)', () => {
    for (const file of Object.keys(EXCEPTIONS))
      expect(sizes.find((s) => s.file === file)?.lines ?? 0, file).to.be.greaterThan(MAX_LINES);
  });

  it('counts lines the way wc -l does', () => {
    expect(lineCount('a\nb\n')).to.equal(2);
    expect(lineCount('a\nb')).to.equal(2);
  });
});
