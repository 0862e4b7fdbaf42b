// Step 1 of the pipeline: read every catalogue and rules file from disk, keeping positions.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { readYaml, type YamlFile } from './yaml-file.js';
import type { Problem } from '../catalogue/problem.js';

export interface LoadedFiles {
  root: string;
  districts?: YamlFile;
  providers?: YamlFile;
  vocabulary?: YamlFile;
  sources?: YamlFile;
  /** Search weights and synonyms (catalog/search-terms.yaml). */
  searchTerms?: YamlFile;
  /** Optional: what districts said they lack (seed 003), for the equity view. */
  statedLacks?: YamlFile;
  interventions: YamlFile[];
  /** Ids (file names) of every intervention file found, even those that failed to parse. */
  interventionFileIds: string[];
  rules: YamlFile[];
  facts?: YamlFile;
  ranking?: YamlFile;
  problems: Problem[];
}

export interface CatalogueLocation {
  /** Project root: problems print paths relative to it. */
  root: string;
  catalogDir: string;
  rulesDir: string;
}

/** Rule files that configure the pipeline rather than hold need-area rules. */
export const RULES_CONFIG_FILES = new Set(['facts.yaml', 'ranking.yaml']);

async function listYaml(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml')).sort();
  } catch {
    return [];
  }
}

export async function loadFiles(loc: CatalogueLocation): Promise<LoadedFiles> {
  const problems: Problem[] = [];
  const rel = (abs: string) => path.relative(loc.root, abs) || abs;
  const read = async (abs: string): Promise<YamlFile | undefined> => {
    try {
      const r = await readYaml(abs, rel(abs));
      problems.push(...r.problems);
      return r.problems.length ? undefined : r.yaml;
    } catch (e) {
      problems.push({
        code: 'FILE_UNREADABLE',
        file: rel(abs),
        line: 1,
        col: 1,
        message: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
        allowed: 'an existing, readable YAML file',
      });
      return undefined;
    }
  };
  const one = (name: string, dir = loc.catalogDir) => read(path.join(dir, name));
  const [districts, providers, vocabulary, sources, searchTerms, facts, ranking] =
    await Promise.all([
      one('districts.yaml'),
      one('providers.yaml'),
      one('vocabulary.yaml'),
      one('sources.yaml'),
      one('search-terms.yaml'),
      one('facts.yaml', loc.rulesDir),
      one('ranking.yaml', loc.rulesDir),
    ]);
  const statedLacksPath = path.join(loc.catalogDir, 'stated-lacks.yaml');
  const statedLacks = existsSync(statedLacksPath) ? await read(statedLacksPath) : undefined;
  const interventionDir = path.join(loc.catalogDir, 'interventions');
  const interventionNames = await listYaml(interventionDir);
  if (interventionNames.length === 0) {
    problems.push({
      code: 'NO_INTERVENTIONS',
      file: rel(interventionDir),
      line: 1,
      col: 1,
      message: 'no intervention files found',
      allowed: 'one <id>.yaml per intervention',
    });
  }
  const ruleNames = (await listYaml(loc.rulesDir)).filter((f) => !RULES_CONFIG_FILES.has(f));
  const interventions = (
    await Promise.all(interventionNames.map((f) => read(path.join(interventionDir, f))))
  ).filter((y): y is YamlFile => !!y);
  const rules = (await Promise.all(ruleNames.map((f) => read(path.join(loc.rulesDir, f))))).filter(
    (y): y is YamlFile => !!y,
  );
  return {
    root: loc.root,
    districts,
    providers,
    vocabulary,
    sources,
    searchTerms,
    statedLacks,
    interventions,
    interventionFileIds: interventionNames.map((f) => f.replace(/\.ya?ml$/, '')),
    rules,
    facts,
    ranking,
    problems,
  };
}
