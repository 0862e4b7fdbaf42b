// The two sides of an impact report: the catalogue and rules at a git ref, and the working tree.
// The ref is read with `git archive` into a temporary folder, so the working tree and the index are
// never touched. Both sides are built with the working tree's code and schemas: the report is about
// what the data change does, not the code.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildVersion, type CatalogueVersion } from '../version/catalogue-version.js';
import { CatalogueError, sortProblems, type Problem } from '../catalogue/problem.js';

export interface Side {
  label: string;
  version?: CatalogueVersion;
  /** Every problem that kept the side from building, with paths relative to the side's root. */
  problems: Problem[];
}

/** Catalogue and rules folders, relative to the project root (the same on both sides). */
export interface DataFolders {
  root: string;
  catalogDir: string;
  rulesDir: string;
}

async function build(label: string, loc: DataFolders): Promise<Side> {
  try {
    // The sources ship inside the catalogue folder, so each side checks its citations against its own copy.
    const seedsDir = path.join(loc.catalogDir, 'sources');
    return { label, version: await buildVersion(loc, { seedsDir }), problems: [] };
  } catch (e) {
    if (e instanceof CatalogueError) return { label, problems: sortProblems(e.problems) };
    throw e;
  }
}

export function workingTreeSide(loc: DataFolders): Promise<Side> {
  return build('working tree', loc);
}

/** The data folders as committed at `ref`; throws with git's own message for an unknown ref. */
/** A git call whose failure says what git said, not a stack trace. */
export class GitError extends Error {}

function git(args: string[]): Buffer {
  try {
    return execFileSync('git', args, {
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    const stderr = (e as { stderr?: Buffer }).stderr?.toString('utf8').trim();
    throw new GitError(`git ${args.slice(2).join(' ')}: ${stderr || (e as Error).message}`);
  }
}

export async function gitSide(ref: string, loc: DataFolders): Promise<Side> {
  // Paths inside the repository that holds the catalogue (it may live outside this project).
  const top = git(['-C', loc.catalogDir, 'rev-parse', '--show-toplevel']).toString('utf8').trim();
  const rel = [loc.catalogDir, loc.rulesDir].map((d) => path.relative(top, d));
  const tmp = mkdtempSync(path.join(tmpdir(), 'insatsguiden-impact-'));
  try {
    // `--` ends the options, so a ref cannot be read as one.
    const tar = git(['-C', top, 'archive', '--format=tar', ref, '--', ...rel]);
    execFileSync('tar', ['-x', '-C', tmp], { input: tar });
    return await build(ref, {
      root: tmp,
      catalogDir: path.join(tmp, rel[0]!),
      rulesDir: path.join(tmp, rel[1]!),
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
