// Synthetic catalogues of the same shape as the real one, k times larger, from a fixed seed.
// Each copy of an intervention gets other districts; each copy of a rule names the copies and has
// its age thresholds and need-signalling values redrawn from the same domains, so copies are not
// duplicates yet a profile fits about k times as many options (as it would in a k-fold catalogue).
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { defaultCatalogDir, defaultRulesDir } from '../src/config/paths.js';
import { allFactTypes, defaultFactValue } from '../src/catalogue/fact-types.js';
import type { Condition } from '../src/catalogue/types.js';

function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function writeSyntheticCatalogue(
  dir: string,
  k: number,
  seed = 42,
): { catalogDir: string; rulesDir: string } {
  const rnd = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const catalogDir = path.join(dir, 'catalog');
  const rulesDir = path.join(dir, 'rules');
  mkdirSync(path.join(catalogDir, 'interventions'), { recursive: true });
  mkdirSync(rulesDir, { recursive: true });
  for (const f of [
    'districts.yaml',
    'providers.yaml',
    'vocabulary.yaml',
    'sources.yaml',
    'search-terms.yaml',
    'stated-lacks.yaml',
  ]) {
    cpSync(path.join(defaultCatalogDir, f), path.join(catalogDir, f));
  }
  for (const f of ['facts.yaml', 'ranking.yaml'])
    cpSync(path.join(defaultRulesDir, f), path.join(rulesDir, f));
  const districts = (
    parse(readFileSync(path.join(catalogDir, 'districts.yaml'), 'utf8')) as {
      districts: { id: string }[];
    }
  ).districts.map((d) => d.id);
  const header = (schema: string) => `# yaml-language-server: $schema=${schema}\n`;

  const dirI = path.join(defaultCatalogDir, 'interventions');
  for (const f of readdirSync(dirI)) {
    const rec = parse(readFileSync(path.join(dirI, f), 'utf8')) as Record<string, unknown> & {
      id: string;
      name: string;
      aliases: string[];
      offeredIn: { district: string }[];
      level: string;
    };
    writeFileSync(
      path.join(catalogDir, 'interventions', f),
      header('../../schemas/intervention.schema.json') + stringify(rec),
    );
    for (let c = 1; c < k; c++) {
      const copy = structuredClone(rec);
      copy.id = `${rec.id}-x${c}`;
      copy.name = `${rec.name} (variant ${c})`;
      copy.aliases = rec.aliases.map((a) => `${a} v${c}`);
      if (rec.level === 'district' && rec.offeredIn.length) {
        const n = rec.offeredIn.length;
        copy.offeredIn = [...districts]
          .sort(() => rnd() - 0.5)
          .slice(0, n)
          .map((d) => ({ district: d }));
      }
      writeFileSync(
        path.join(catalogDir, 'interventions', `${copy.id}.yaml`),
        header('../../schemas/intervention.schema.json') + stringify(copy),
      );
    }
  }

  const types = allFactTypes(['small-child', 'school-child', 'teenager', 'young-adult']);
  const redraw = (c: Condition): Condition => {
    if ('all' in c) return { all: c.all.map(redraw) };
    if ('any' in c) return { any: c.any.map(redraw) };
    if ('not' in c) return { not: redraw(c.not) };
    const t = types[c.fact];
    if (c.fact === 'age' && typeof c.value === 'number')
      return { ...c, value: Math.max(0, Math.min(25, c.value + Math.round(rnd() * 4 - 2))) };
    if (t && (t.kind === 'enum' || t.kind === 'enum-array') && c.fact !== 'ageBand') {
      // Same shape: a test for a value that signals a need stays one (no real rule targets the
      // absent answer, which most profiles have), and a test on the absent answer stays as it is.
      const absent = defaultFactValue(t);
      const signalling = t.values.filter((x) => x !== absent);
      const redrawn = (x: unknown) => (x === absent ? x : pick(signalling));
      if (Array.isArray(c.value)) return { ...c, value: [...new Set(c.value.map(redrawn))] };
      return { ...c, value: redrawn(c.value) };
    }
    return c;
  };
  for (const f of readdirSync(defaultRulesDir).filter(
    (x) => !['facts.yaml', 'ranking.yaml'].includes(x),
  )) {
    const doc = parse(readFileSync(path.join(defaultRulesDir, f), 'utf8')) as {
      rules: { id: string; conditions: Condition; event: { interventions: string[] } }[];
    };
    const out = structuredClone(doc);
    for (const r of doc.rules) {
      for (let c = 1; c < k; c++) {
        out.rules.push({
          ...structuredClone(r),
          id: `${r.id}-x${c}`,
          conditions: redraw(r.conditions),
          event: { ...r.event, interventions: r.event.interventions.map((i) => `${i}-x${c}`) },
        });
      }
    }
    writeFileSync(
      path.join(rulesDir, f),
      header('../schemas/rules.schema.json') + stringify(out, { aliasDuplicateObjects: false }),
    );
  }
  return { catalogDir, rulesDir };
}
