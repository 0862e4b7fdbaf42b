// npm run recommend: one profile's answer in a terminal, grouped as the page groups it, with the
// API's own messages for bad input.
import { expect } from 'chai';
import { runCli } from './helpers/cli.js';
import request from 'supertest';
import { testApp } from './helpers/app.js';

const cli = (args: string[]) => runCli('recommend.ts', args);

describe('npm run recommend', function () {
  this.timeout(60_000);

  it('prints the answer grouped local first, with reasons, caveats and the catalogue version', async () => {
    const r = await cli([
      '--age',
      '14',
      '--district',
      'skarholmen',
      '--criminality',
      'suspected',
      '--school-absence',
      'frequent',
    ]);
    expect(r.code, r.stderr).to.equal(0);
    const out = r.stdout;
    expect(out).to.match(/^Katalogversion [0-9a-f]{12} · \d{4}-\d\d-\d\d/);
    const local = out.indexOf('I din stadsdel (');
    const central = out.indexOf('Centrala alternativ – hela staden (');
    const buy = out.indexOf('Kan köpas eller avropas (');
    expect(local).to.be.greaterThan(0);
    expect(central).to.be.greaterThan(local);
    expect(buy).to.be.greaterThan(central);
    expect(out).to.include('Finns i din stadsdel (Skärholmen)');
    expect(out).to.include('Skäl: ');
    expect(out).to.include('Att kontrollera: ');
    expect(out).to.include('Behov:');
    expect(out).to.not.include('Varför inte?');
  });

  it('lists what was left out, and why, with --why-not', async () => {
    const r = await cli([
      '--age',
      '4',
      '--district',
      'bromma',
      '--criminality',
      'convicted',
      '--why-not',
    ]);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.include('Varför inte?');
    expect(r.stdout).to.match(/utanför åldersgränsen/);
  });

  it('refuses a bad value with the API message, naming the flag', async () => {
    const { app } = await testApp();
    const api = await request(app)
      .post('/api/v1/recommendations')
      .send({ age: 14, criminality: 'maybe' });
    expect(api.status).to.equal(400);
    const apiError = (api.body.errors as { field: string; message: string }[]).find(
      (e) => e.field === 'criminality',
    )!;
    const r = await cli(['--age', '14', '--criminality', 'maybe']);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include(`--criminality: ${apiError.message}`);
    expect(r.stdout).to.equal('');
  });

  it('refuses a field the profile does not have (no names, no personal numbers)', async () => {
    const r = await cli(['--age', '14', '--name', 'Kalle']);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include("Unknown option '--name'");
  });
});
