// Issue 14, point 11: swagger-ui-dist depends on @scarf/scarf, whose install script reports
// installs unless the root package opts out. Check the opt-out where scarf itself reads it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect } from 'chai';
import { projectRoot } from '../src/config/paths.js';

describe('install telemetry', () => {
  it('the project opts out of scarf in package.json, the setting scarf reads', () => {
    const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
    expect(pkg.scarfSettings, 'package.json scarfSettings').to.deep.include({ enabled: false });
    // Guard against scarf changing how it opts out: its reporter must still read that setting.
    const report = createRequire(import.meta.url).resolve('@scarf/scarf/report.js');
    expect(readFileSync(report, 'utf8')).to.include('rootPackage.scarfSettings.enabled === false');
  });
});
