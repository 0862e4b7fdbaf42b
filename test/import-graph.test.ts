// The import graph of src/: no circle, and no arrow from a lower floor up to a higher one. The floor
// order is written here once; a folder on no floor fails the test, so a new folder must be placed.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { expect } from 'chai';

const SRC = path.resolve(import.meta.dirname, '../src');

/**
 * Floors, lowest first: a module may import its own floor or a lower one. Several folders on one
 * floor are features that may use each other, as long as no circle forms.
 */
export const FLOORS: readonly (readonly string[])[] = [
  ['catalogue', 'catalogue/generated', 'config'],
  ['load'],
  ['validate'],
  ['engine'],
  ['recommend', 'rank', 'explain', 'coverage', 'search', 'export'],
  ['version'],
  ['impact'],
  ['http', 'cli', 'web'],
];

/** The floor of a module: its deepest listed folder (so catalogue/generated counts as its own). */
export function floorOf(file: string): number {
  const rel = path.relative(SRC, file).split(path.sep);
  for (let depth = rel.length - 1; depth > 0; depth--) {
    const folder = rel.slice(0, depth).join('/');
    const i = FLOORS.findIndex((f) => f.includes(folder));
    if (i >= 0) return i;
  }
  return -1;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

/** Every relative import and export-from of a module (type-only ones included), resolved to a file. */
export function importsOf(file: string, text = readFileSync(file, 'utf8')): string[] {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((s) => s.startsWith('.'))
    .map((s) => path.resolve(path.dirname(file), s).replace(/\.js$/, '.ts'));
}

export function graphOf(files: string[], read = (f: string) => readFileSync(f, 'utf8')) {
  return new Map(files.map((f) => [f, importsOf(f, read(f))]));
}

export function upwardArrows(graph: Map<string, string[]>): string[] {
  const out: string[] = [];
  for (const [from, tos] of graph)
    for (const to of tos)
      if (floorOf(to) > floorOf(from))
        out.push(`${path.relative(SRC, from)} → ${path.relative(SRC, to)}`);
  return out;
}

export function cycles(graph: Map<string, string[]>): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const found: string[] = [];
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const to of graph.get(f) ?? []) {
      if (state.get(to) === 'open')
        found.push(
          [...stack.slice(stack.indexOf(to)), to].map((x) => path.relative(SRC, x)).join(' → '),
        );
      else if (!state.has(to)) visit(to);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return found;
}

describe('the import graph of src/', () => {
  const files = tsFiles(SRC);
  const graph = graphOf(files);

  it('places every module on a floor', () => {
    const unplaced = files.filter((f) => floorOf(f) < 0).map((f) => path.relative(SRC, f));
    expect(unplaced).to.deep.equal([]);
  });

  it('has no import from a lower floor up to a higher one', () => {
    expect(upwardArrows(graph)).to.deep.equal([]);
  });

  it('has no circle', () => {
    expect(cycles(graph)).to.deep.equal([]);
  });

  it('enters the engine only by its door, engine/compile-rules.ts', () => {
    const door = path.join(SRC, 'engine/compile-rules.ts');
    const inside = (f: string) => path.relative(SRC, f).startsWith('engine' + path.sep);
    const side: string[] = [];
    for (const [from, tos] of graph)
      for (const to of tos)
        if (!inside(from) && inside(to) && to !== door)
          side.push(`${path.relative(SRC, from)} → ${path.relative(SRC, to)}`);
    expect(side).to.deep.equal([]);
  });

  it('would catch an injected upward import and an injected circle', () => {
    const low = path.join(SRC, 'catalogue/types.ts');
    const high = path.join(SRC, 'http/app.ts');
    const injected = new Map(graph);
    injected.set(low, [...(graph.get(low) ?? []), high]);
    expect(upwardArrows(injected)).to.include('catalogue/types.ts → http/app.ts');
    expect(cycles(injected).length).to.be.greaterThan(0);
  });
});
