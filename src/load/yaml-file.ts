// Parse one YAML file keeping node positions, so every later check can point at file:line:col.
import { readFile } from 'node:fs/promises';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Problem } from '../validate/problem.js';

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
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problems: Problem[] = doc.errors.map((e) => {
    const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
    const code = e.code === 'DUPLICATE_KEY' ? 'DUPLICATE_KEY' : 'YAML_SYNTAX';
    const message = e.code === 'DUPLICATE_KEY' ? 'duplicate key' : e.message.split('\n')[0]!;
    return {
      code,
      file,
      line: pos.line,
      col: pos.col,
      message,
      allowed: code === 'DUPLICATE_KEY' ? 'each key once per mapping' : undefined,
    };
  });
  const data = problems.length ? undefined : doc.toJS({ maxAliasCount: 50 });
  return { yaml: { file, text, data, doc, lineCounter }, problems };
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
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      if (last && key) {
        best = pair.key as Node;
        node = undefined;
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
