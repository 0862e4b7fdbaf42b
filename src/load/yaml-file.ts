// Parse one YAML file keeping node positions, so every later check can point at file:line:col.
import { readFile } from 'node:fs/promises';
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import type { Problem } from '../catalogue/problem.js';

export interface YamlFile {
  /** Path relative to the project root (what problems print). */
  file: string;
  text: string;
  data: unknown;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

export function parseYaml(file: string, text: string): { yaml: YamlFile; problems: Problem[] } {
  const lineCounter = new LineCounter();
  // yaml's own uniqueKeys check (on by default) reports a duplicate at the second key itself.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  // A duplicate key is reported once the file parses at all (as before yaml did it for us).
  const syntax = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
  const problems: Problem[] = (syntax.length ? syntax : doc.errors).map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    const where = { file, line: pos.line, col: pos.col };
    return e.code === 'DUPLICATE_KEY'
      ? {
          code: 'DUPLICATE_KEY',
          ...where,
          message: `duplicate key '${keyAt(doc, e.pos[0])}'`,
          allowed: 'each key once per mapping',
        }
      : {
          code: 'YAML_SYNTAX',
          ...where,
          message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
          allowed: 'valid YAML 1.2',
        };
  });
  let data: unknown;
  if (!problems.length) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      // eemeli/yaml throws a ReferenceError when aliases expand past the limit ("billion laughs").
      if (!(e instanceof ReferenceError)) throw e;
      problems.push(aliasBomb(file, doc, lineCounter));
    }
  }
  return { yaml: { file, text, data, doc, lineCounter }, problems };
}

/** The key starting at `offset` (yaml's error gives the position, not the key). */
function keyAt(doc: Document.Parsed, offset: number): string {
  let key = '';
  visit(doc, {
    Pair(_key, pair) {
      if (!isScalar(pair.key) || pair.key.range?.[0] !== offset) return undefined;
      key = String(pair.key.value);
      return visit.BREAK;
    },
  });
  return key;
}

const MAX_ALIAS_COUNT = 50;

/** Points at the first alias: the expansion as a whole is the problem, and it starts there. */
function aliasBomb(file: string, doc: Document.Parsed, lc: LineCounter): Problem {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  const pos = lc.linePos(offset);
  return {
    code: 'YAML_ALIAS_LIMIT',
    file,
    line: pos.line,
    col: pos.col,
    message: 'aliases expand to too many nodes (an alias bomb); the file is not read',
    allowed: `at most ${MAX_ALIAS_COUNT} alias expansions per file`,
  };
}

export async function readYaml(
  absPath: string,
  file: string,
): Promise<{ yaml: YamlFile; problems: Problem[] }> {
  return parseYaml(file, await readFile(absPath, 'utf8'));
}

/**
 * Position of the node at a JSON path (e.g. ['offeredIn', 2, 'district']). With `key`, points at the
 * mapping key instead of its value (for "unknown property" errors). Falls back to the nearest parent.
 */
export function positionOf(
  y: YamlFile,
  path: readonly (string | number)[],
  key = false,
): { line: number; col: number } {
  let node: unknown = y.doc.contents;
  let best: Node | undefined = node as Node | undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg),
      );
      if (!pair) break;
      if (last && key) {
        best = pair.key as Node;
        break;
      }
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(seg)];
    } else break;
    if (node && typeof node === 'object' && 'range' in node) best = node as Node;
  }
  const offset = best?.range?.[0] ?? 0;
  const pos = y.lineCounter.linePos(offset);
  return { line: pos.line, col: pos.col };
}

export function problemAt(
  y: YamlFile,
  path: readonly (string | number)[],
  p: Omit<Problem, 'file' | 'line' | 'col'>,
  key = false,
): Problem {
  return { ...p, file: y.file, ...positionOf(y, path, key) };
}
