// Citations against the source documents: every cited section exists, every quote is inside its
// section (src/validate/source-sections.ts), every source entry carries a quote.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { problemAt, type YamlFile } from '../load/yaml-file.js';
import type { Intervention, SourceRef } from '../catalogue/types.js';
import type { Problem } from '../catalogue/problem.js';
import {
  checkQuote,
  parseSource,
  quotesOf,
  sectionStarts,
  type SourceDoc,
} from './source-sections.js';

export interface SeedDocument {
  document: string;
  headings?: string[];
}

/** Parse the documents present in `seedsDir` (absent files are reported elsewhere as UNKNOWN_SEED). */
export function loadSourceDocs(
  seedsDir: string | undefined,
  documents: readonly SeedDocument[],
): Map<string, SourceDoc> {
  const docs = new Map<string, SourceDoc>();
  if (!seedsDir || !existsSync(seedsDir)) return docs;
  for (const d of documents) {
    const f = path.join(seedsDir, d.document);
    if (existsSync(f)) docs.set(d.document, parseSource(readFileSync(f, 'utf8'), d.headings));
  }
  return docs;
}

export interface CitationCheck {
  docs: ReadonlyMap<string, SourceDoc>;
  /** QUOTE_MISSING is an error when true, a warning otherwise (while records are being converted). */
  requireQuotes: boolean;
  problems: Problem[];
  warnings: Problem[];
}

/** Check the record's sources and history citations; `p` is the path of each citation. */
export function checkCitations(y: YamlFile, r: Intervention, ctx: CitationCheck): void {
  const cites: { s: SourceRef; p: (string | number)[]; needsQuote: boolean }[] = [
    ...r.sources.map((s, i) => ({ s, p: ['sources', i], needsQuote: true })),
    ...(r.history ?? []).flatMap((h, i) => [
      { s: h.source, p: ['history', i, 'source'], needsQuote: false },
      ...(h.supersededBy
        ? [{ s: h.supersededBy, p: ['history', i, 'supersededBy'], needsQuote: false }]
        : []),
    ]),
  ];
  for (const { s, p, needsQuote } of cites) checkSourceEntry(y, s, p, needsQuote, ctx);
}

/** One citation: its section exists, it has a quote (when required) and every quote is inside. */
export function checkSourceEntry(
  y: YamlFile,
  s: SourceRef,
  p: (string | number)[],
  needsQuote: boolean,
  ctx: CitationCheck,
): void {
  const doc = ctx.docs.get(s.document);
  if (!doc) return;
  if (!sectionStarts(doc, s.section).length) {
    ctx.problems.push(
      problemAt(y, [...p, 'section'], {
        code: 'SECTION_NOT_FOUND',
        message: `no such section heading in ${s.document}`,
        value: s.section,
        allowed: `a heading of the source, optionally followed by " – <sub-heading>"`,
      }),
    );
    return;
  }
  const quotes = quotesOf(s);
  if (!quotes.length && needsQuote) {
    (ctx.requireQuotes ? ctx.problems : ctx.warnings).push(
      problemAt(y, p, {
        code: 'QUOTE_MISSING',
        message: `source entry has no quote (section "${s.section}")`,
        allowed: 'quote: one or more verbatim passages of the section supporting the facts listed',
      }),
    );
  }
  quotes.forEach((q, j) => {
    if (checkQuote(doc, s.section, q) !== 'found') {
      const at = Array.isArray(s.quote) ? [...p, 'quote', j] : [...p, 'quote'];
      ctx.problems.push(
        problemAt(y, at, {
          code: 'QUOTE_NOT_FOUND',
          message: `quote not in section "${s.section}" of ${s.document}`,
          value: q,
          allowed: `a verbatim passage between the heading "${s.section}" and the next heading (whitespace, soft hyphens, line-break hyphenation and footnote digits ignored)`,
        }),
      );
    }
  });
}

/** With the source folder at hand, every document catalog/sources.yaml lists must be in it. */
export function checkSeedFiles(
  y: YamlFile,
  seedsDir: string,
  documents: readonly SeedDocument[],
  problems: Problem[],
): void {
  if (!existsSync(seedsDir)) return;
  documents.forEach((d, i) => {
    if (!existsSync(path.join(seedsDir, d.document))) {
      problems.push(
        problemAt(y, ['documents', i, 'document'], {
          code: 'UNKNOWN_SEED',
          message: 'seed document not found',
          value: d.document,
          allowed: `a file in ${seedsDir}`,
        }),
      );
    }
  });
}

/** Every cited document (sources and history) is listed in catalog/sources.yaml. */
export function checkCitedDocuments(
  y: YamlFile,
  r: Intervention,
  seedNames: ReadonlySet<string>,
  problems: Problem[],
): void {
  const allSources = [
    ...r.sources.map((s, i) => ({ s, p: ['sources', i, 'document'] as (string | number)[] })),
    ...(r.history ?? []).flatMap((h, i) => [
      { s: h.source, p: ['history', i, 'source', 'document'] as (string | number)[] },
      ...(h.supersededBy
        ? [
            {
              s: h.supersededBy,
              p: ['history', i, 'supersededBy', 'document'] as (string | number)[],
            },
          ]
        : []),
    ]),
  ];
  for (const { s, p } of allSources) {
    if (!seedNames.has(s.document)) {
      problems.push(
        problemAt(y, p, {
          code: 'UNKNOWN_SEED',
          message: 'source document not in catalog/sources.yaml',
          value: s.document,
          allowed: [...seedNames].join(', '),
        }),
      );
    }
  }
}
