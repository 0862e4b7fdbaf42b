// npm run bench: every benchmark in turn (in-process, search, scaling, HTTP vs the limit, soak).
import { execFileSync } from 'node:child_process';
import { projectRoot } from '../src/config/paths.js';

for (const script of ['in-process', 'search', 'scaling', 'http', 'soak']) {
  console.log(`\n=== bench/${script}.ts`);
  execFileSync(process.execPath, ['--import', 'tsx', `bench/${script}.ts`], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
}
