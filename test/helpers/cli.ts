// Run one of the project's CLIs (src/cli/<script>) as `npm run` would, and keep its exit code and
// output whether it succeeds or not: the tests assert on the exit-code convention (README).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../src/config/paths.js';

const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<CliResult> {
  return run(
    process.execPath,
    ['--import', 'tsx', path.join(projectRoot, 'src', 'cli', script), ...args],
    { cwd: projectRoot, env: { ...process.env, ...env } },
  ).then(
    (r) => ({ code: 0, ...r }),
    (e: CliResult) => e,
  );
}
