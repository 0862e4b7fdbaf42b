// One Swedish wording module (src/catalogue/wording.ts) over the templates in
// catalog/vocabulary.yaml `wording`: every phrase the server renders has a template, and the
// phrases moved there are no longer spelled out as literals anywhere in src/.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { parse } from 'yaml';
import {
  areaText,
  availabilityText,
  levelShort,
  say,
  WORDING_KEYS,
  yesNo,
} from '../src/catalogue/wording.js';
import { AVAILABILITIES } from '../src/catalogue/availability.js';
import { defaultCatalogDir, projectRoot } from '../src/config/paths.js';

const vocabulary = parse(readFileSync(path.join(defaultCatalogDir, 'vocabulary.yaml'), 'utf8')) as {
  wording: Record<string, string>;
};
const w = vocabulary.wording;

describe('Swedish wording module', () => {
  it('renders every availability, level, area and yes/no from a template', () => {
    for (const a of AVAILABILITIES) expect(availabilityText(w, a)).to.equal(w[`availability.${a}`]);
    expect(availabilityText(w, 'framework-agreement')).to.equal('via ramavtal');
    for (const l of ['district', 'central', 'regional', 'framework-agreement', 'external'] as const)
      expect(levelShort(w, l))
        .to.equal(w[`level.short.${l}`])
        .and.not.match(/^level\./);
    expect([areaText(w, 'inner'), areaText(w, 'outer')]).to.deep.equal(['Innerstad', 'Ytterstad']);
    expect([yesNo(w, true), yesNo(w, false)]).to.deep.equal(['ja', 'nej']);
  });

  it('fills placeholders once and leaves unknown ones visible', () => {
    expect(say(w, 'excluded.age', { range: '{min} år' })).to.equal(
      'utanför åldersgränsen {min} år',
    );
    expect(
      say({ 'cds.show-one': 'Visa {name} {other}' }, 'cds.show-one', { name: 'MST' }),
    ).to.equal('Visa MST {other}');
    expect(say({}, 'cell.yes')).to.equal('cell.yes');
  });

  it('every key the code uses has a template in catalog/vocabulary.yaml', () => {
    expect(WORDING_KEYS.filter((k) => w[k] === undefined)).to.deep.equal([]);
  });

  it('no server module spells out a phrase that has a template (one wording in one place)', () => {
    const phrases = WORDING_KEYS.map((k) => w[k]!).filter((t) => !t.includes('{') && t.length > 8);
    // The CSV header names its columns once (a file contract that tools join on), not a sentence.
    const allowed = new Set(['src/coverage/coverage-csv.ts: Katalogversion']);
    const files = readdirSync(path.join(projectRoot, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && f !== path.join('catalogue', 'wording.ts'))
      .map((f) => path.join('src', f));
    const hits = files.flatMap((f) => {
      const text = readFileSync(path.join(projectRoot, f), 'utf8');
      return phrases
        .filter((p) => [`'${p}'`, `\`${p}\``].some((q) => text.includes(q)))
        .map((p) => `${f}: ${p}`)
        .filter((hit) => !allowed.has(hit));
    });
    expect(hits).to.deep.equal([]);
  });
});
