// The page's Swedish words come from catalog/vocabulary.yaml (`wording`, served by
// GET /api/v1/vocabulary and shared with the service), never from string literals in
// src/web/assets: one wording for one thing everywhere. This test reads every string literal of
// the page's JS (with the TypeScript parser, so comments and regular expressions do not count) and
// fails on one that looks Swedish: å/ä/ö, or a common Swedish UI word. It also checks that every
// key the page asks for exists in the vocabulary.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import ts from 'typescript';
import { parse } from 'yaml';
import { projectRoot } from '../src/config/paths.js';

const assets = path.join(projectRoot, 'src/web/assets');

/**
 * Files allowed to hold Swedish literals, and why.
 * - fallback-text.js: the failure messages must work when the vocabulary itself cannot be fetched.
 */
const ALLOWED = new Map([['fallback-text.js', 'data-free failure messages']]);

const SWEDISH_LETTERS = /[åäöÅÄÖ]/;
/** Common Swedish UI words (case-sensitive where the lower-case form is an address value). */
const SWEDISH_WORDS =
  /\b(och|inte|finns|insats|insatser|insatsen|stadsdel|stadsdelar|kunde|profilen|Visa|Alla|Mer|Ja|Nej|Behov|Profil|Sök|Filtrera)\b/;

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? jsFiles(path.join(dir, e.name))
      : e.name.endsWith('.js')
        ? [path.join(dir, e.name)]
        : [],
  );
}

/** Every string literal and template text of a JS file, with its line. */
function literals(file: string): { text: string; line: number }[] {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: { text: string; line: number }[] = [];
  const visit = (n: ts.Node): void => {
    if (
      ts.isStringLiteral(n) ||
      ts.isNoSubstitutionTemplateLiteral(n) ||
      ts.isTemplateHead(n) ||
      ts.isTemplateMiddle(n) ||
      ts.isTemplateTail(n)
    )
      out.push({ text: n.text, line: src.getLineAndCharacterOfPosition(n.getStart()).line + 1 });
    n.forEachChild(visit);
  };
  visit(src);
  return out;
}

/** Paths, query strings and anchors are addresses, not words. */
const isAddress = (s: string) => /^[/?#]/.test(s);

describe('the page says nothing of its own: its Swedish comes from the vocabulary', () => {
  const files = jsFiles(assets);

  it('has no Swedish string literal in src/web/assets (except the documented fallbacks)', () => {
    const found: string[] = [];
    for (const file of files) {
      const rel = path.relative(assets, file);
      if (ALLOWED.has(rel)) continue;
      for (const { text, line } of literals(file))
        if (!isAddress(text) && (SWEDISH_LETTERS.test(text) || SWEDISH_WORDS.test(text)))
          found.push(`${rel}:${line} ${JSON.stringify(text)}`);
    }
    expect(found, found.join('\n')).to.deep.equal([]);
  });

  it('asks only for wording keys the vocabulary has', () => {
    const vocab = parse(
      readFileSync(path.join(projectRoot, 'catalog/vocabulary.yaml'), 'utf8'),
    ) as {
      wording: Record<string, string>;
    };
    const missing: string[] = [];
    for (const file of files)
      for (const m of readFileSync(file, 'utf8').matchAll(
        /\b(?:t|say|tNodes)\((?:w, )?'([a-z][a-z.-]+)'/g,
      ))
        if (vocab.wording[m[1]!] === undefined)
          missing.push(`${path.relative(assets, file)}: ${m[1]}`);
    expect(missing, missing.join('\n')).to.deep.equal([]);
  });
});
