// Coverage model (likställighet): exact cells on a small fixture catalogue, the stated-lacks file
// loader, and facts about the real catalogue written from the seeds (section named in each test).
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { District, Intervention } from '../src/catalogue/types.js';
import type { NeedArea } from '../src/catalogue/generated/intervention.js';
import type { CatalogueVersion } from '../src/version/catalogue-version.js';
import {
  computeCoverage,
  districtCoverage,
  type Coverage,
  type CoverageCell,
  type CoverageInput,
  type StatedLack,
} from '../src/coverage/coverage-model.js';
import {
  validateStatedLacks,
  type StatedLacksContext,
} from '../src/validate/validate-stated-lacks.js';
import { parseYaml } from '../src/load/yaml-file.js';
import { parse as parseYamlText } from 'yaml';
import { loadFiles } from '../src/load/load-catalogue.js';
import { coverageCsv, csvField } from '../src/coverage/coverage-csv.js';
import { coverageMarkdown, md } from '../src/coverage/coverage-markdown.js';
import { needAreaIds } from '../src/catalogue/fact-types.js';
import {
  defaultCatalogDir,
  defaultRulesDir,
  defaultSeedsDir,
  projectRoot,
} from '../src/config/paths.js';
import { sharedStore } from './helpers/app.js';

/** The catalogue's own Swedish wording (catalog/vocabulary.yaml): the exports render its templates. */
const WORDING = (
  parseYamlText(readFileSync(path.join(defaultCatalogDir, 'vocabulary.yaml'), 'utf8')) as {
    wording: Record<string, string>;
  }
).wording;

// ---------------------------------------------------------------------------------------------
// Fixture catalogue, built in code.
// ---------------------------------------------------------------------------------------------

function iv(
  p: Partial<Intervention> & Pick<Intervention, 'id' | 'level' | 'needAreas'>,
): Intervention {
  return {
    name: p.id.toUpperCase(),
    aliases: [],
    summary: 'Fixture intervention for coverage tests.',
    targetGroup: ['family'],
    ageRange: { min: null, max: null },
    form: ['family'],
    decision: 'bistand',
    provider: p.level === 'district' ? 'sdf' : 'central-unit',
    offeredIn: [],
    offeredInStockholm: true,
    evidence: { level: 'unknown', notes: 'fixture' },
    alternativeToPlacement: false,
    referral: 'fixture',
    sources: [{ document: '003_b37bfb781987c934.txt', section: 'Fixture' }],
    lastReviewed: '2026-01-01',
    ...p,
  };
}

const at = (...ds: string[]) => ds.map((district) => ({ district }));

// Given in non-alphabetical order on purpose: output must be Swedish-collated (Bro, Åby, Älvdal).
const DISTRICTS: District[] = [
  { id: 'alvdal', name: 'Älvdal', area: 'outer' },
  { id: 'aby', name: 'Åby', area: 'outer' },
  { id: 'bro', name: 'Bro', area: 'inner' },
];

const NEEDS: NeedArea[] = ['parenting', 'criminality', 'neglect', 'adoption', 'separation'];

const INTERVENTIONS: Intervention[] = [
  // parenting: local in Bro and Åby only; no central option → hard gap in Älvdal.
  iv({
    id: 'p-local',
    level: 'district',
    needAreas: ['parenting'],
    offeredIn: at('bro', 'aby'),
    evidence: { level: 'manual-based', notes: '' },
  }),
  // criminality: central (high evidence) everywhere, local only in Älvdal.
  iv({
    id: 'c-central',
    level: 'central',
    needAreas: ['criminality'],
    evidence: { level: 'recommended-by-socialstyrelsen', notes: '' },
  }),
  iv({
    id: 'c-local',
    level: 'district',
    needAreas: ['criminality'],
    offeredIn: at('alvdal'),
    evidence: { level: 'local-practice', notes: '' },
  }),
  // neglect: only a district-run option whose districts are unknown, and a method not offered in
  // Stockholm (high evidence, but that never counts) → hard gap everywhere.
  iv({ id: 'n-unknown', level: 'district', needAreas: ['neglect'], offeredIn: [] }),
  iv({
    id: 'n-abroad',
    level: 'external',
    provider: 'abroad',
    needAreas: ['neglect', 'parenting'],
    offeredInStockholm: false,
    evidence: { level: 'evidence-based-manual', notes: '' },
  }),
  // adoption: framework agreement only → gap, not hard; plus a stopped district method (planning only).
  iv({
    id: 'a-ramavtal',
    name: 'Ramavtalsinsats',
    level: 'framework-agreement',
    needAreas: ['adoption'],
  }),
  iv({
    id: 'x-stopped',
    level: 'district',
    needAreas: ['adoption'],
    offeredIn: at('bro'),
    offeredInStockholm: false,
  }),
  // separation: local in every district → basutbud.
  iv({
    id: 's-all',
    level: 'district',
    needAreas: ['separation'],
    offeredIn: at('alvdal', 'aby', 'bro'),
  }),
];

const LACKS: StatedLack[] = [
  {
    id: 'foraldraskap',
    text: 'Föräldraskapsstöd.',
    needAreas: ['parenting'],
    source: { document: '003_b37bfb781987c934.txt', section: 'Fixture' },
  },
  {
    id: 'brott',
    text: 'Insatser mot brott.',
    needAreas: ['criminality'],
    interventions: ['c-local', 'n-abroad', 'n-unknown', 'c-central'],
    source: { document: '003_b37bfb781987c934.txt', section: 'Fixture' },
  },
];

const FIXTURE: CoverageInput = {
  version: 'fixture-1',
  interventions: INTERVENTIONS,
  districts: DISTRICTS,
  ranking: { highEvidenceLevels: ['recommended-by-socialstyrelsen', 'evidence-based-manual'] },
  vocabulary: {
    needAreas: Object.fromEntries(NEEDS.map((n) => [n, { label: `Etikett ${n}` }])),
    evidenceLevels: {
      'manual-based': { label: 'Manualbaserad' },
      'recommended-by-socialstyrelsen': { label: 'Rekommenderas' },
    },
  },
  providers: [
    { id: 'sdf', name: 'Stadsdelen', level: 'district', description: 'x', sources: [] },
    {
      id: 'central-unit',
      name: 'Centrala enheten',
      level: 'central',
      description: 'x',
      sources: [],
    },
  ],
  needAreas: NEEDS,
};

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

function cellOf(cov: Coverage, district: string, need: string): CoverageCell {
  const d = districtCoverage(cov, district);
  if (!d) throw new Error(`no district ${district}`);
  const c = d.cells.find((x) => x.needArea === need);
  if (!c) throw new Error(`no cell ${district}/${need}`);
  return c;
}

describe('coverage model (fixture catalogue)', () => {
  const cov = computeCoverage(FIXTURE, LACKS);

  it('orders districts by Swedish collation and need areas as given', () => {
    expect(cov.districts.map((d) => d.district.name)).to.deep.equal(['Bro', 'Åby', 'Älvdal']);
    expect(cov.needAreas.map((n) => n.id)).to.deep.equal(NEEDS);
    expect(cov.needAreas[0]!.label).to.equal('Etikett parenting');
    expect(cov.catalogueVersion).to.equal('fixture-1');
    for (const d of cov.districts) expect(d.cells.map((c) => c.needArea)).to.deep.equal(NEEDS);
  });

  it('local option: no gap; a not-in-Stockholm option is listed for planning but counts for nothing', () => {
    const c = cellOf(cov, 'bro', 'parenting');
    expect(c).to.deep.equal({
      needArea: 'parenting',
      local: [
        {
          id: 'p-local',
          name: 'P-LOCAL',
          level: 'district',
          evidenceLevel: 'manual-based',
        },
      ],
      central: [],
      otherDistricts: [],
      unknownDistricts: [],
      notInStockholm: [
        {
          id: 'n-abroad',
          name: 'N-ABROAD',
          level: 'external',
          evidenceLevel: 'evidence-based-manual',
          provider: 'abroad',
        },
      ],
      highEvidence: false,
      gap: false,
      hardGap: false,
      staleOnly: false,
    });
  });

  it('no local and no central option: a hard gap, with the districts that could sell it', () => {
    const c = cellOf(cov, 'alvdal', 'parenting');
    expect(c.local).to.deep.equal([]);
    expect(c.central).to.deep.equal([]);
    expect(c.otherDistricts).to.have.length(1);
    expect(c.otherDistricts[0]!.id).to.equal('p-local');
    expect(c.otherDistricts[0]!.districts).to.deep.equal([
      { id: 'bro', name: 'Bro' },
      { id: 'aby', name: 'Åby' },
    ]);
    expect([c.gap, c.hardGap, c.highEvidence]).to.deep.equal([true, true, false]);
  });

  it('central option only: a gap but not a hard gap; high evidence from the central option', () => {
    const c = cellOf(cov, 'bro', 'criminality');
    expect(ids(c.local)).to.deep.equal([]);
    expect(c.central).to.deep.equal([
      {
        id: 'c-central',
        name: 'C-CENTRAL',
        level: 'central',
        evidenceLevel: 'recommended-by-socialstyrelsen',
        provider: 'central-unit',
        providerName: 'Centrala enheten',
      },
    ]);
    expect(ids(c.otherDistricts)).to.deep.equal(['c-local']);
    expect([c.gap, c.hardGap, c.highEvidence]).to.deep.equal([true, false, true]);
    const local = cellOf(cov, 'alvdal', 'criminality');
    expect(ids(local.local)).to.deep.equal(['c-local']);
    expect(ids(local.otherDistricts)).to.deep.equal([]);
    expect([local.gap, local.hardGap, local.highEvidence]).to.deep.equal([false, false, true]);
  });

  it('district-run options without a district list are "unknownDistricts", never local', () => {
    for (const d of ['bro', 'aby', 'alvdal']) {
      const c = cellOf(cov, d, 'neglect');
      expect(ids(c.unknownDistricts)).to.deep.equal(['n-unknown']);
      expect(ids(c.notInStockholm)).to.deep.equal(['n-abroad']);
      expect(ids(c.local)).to.deep.equal([]);
      // The only high-evidence method is not offered in Stockholm: it does not count.
      expect([c.gap, c.hardGap, c.highEvidence]).to.deep.equal([true, true, false]);
    }
  });

  it('framework agreements count as central; a district method not offered in Stockholm is planning only', () => {
    const c = cellOf(cov, 'bro', 'adoption');
    expect(c.central.map((o) => [o.id, o.level])).to.deep.equal([
      ['a-ramavtal', 'framework-agreement'],
    ]);
    expect(ids(c.local)).to.deep.equal([]);
    expect(ids(c.notInStockholm)).to.deep.equal(['x-stopped']);
    expect([c.gap, c.hardGap]).to.deep.equal([true, false]);
  });

  it('lists gaps and hard gaps per district, in need-area order', () => {
    const byId = Object.fromEntries(
      cov.districts.map((d) => [d.district.id, [d.gaps, d.hardGaps]]),
    );
    expect(byId).to.deep.equal({
      bro: [['criminality', 'neglect', 'adoption'], ['neglect']],
      aby: [['criminality', 'neglect', 'adoption'], ['neglect']],
      alvdal: [
        ['parenting', 'neglect', 'adoption'],
        ['parenting', 'neglect'],
      ],
    });
  });

  it('summarises need areas, the basutbud and the planning view', () => {
    expect(cov.basutbud).to.deep.equal(['separation']);
    const parenting = cov.needAreas.find((n) => n.id === 'parenting')!;
    expect(parenting).to.deep.equal({
      id: 'parenting',
      label: 'Etikett parenting',
      districtsWithLocal: 2,
      gapIn: ['alvdal'],
      hardGapIn: ['alvdal'],
    });
    expect(cov.planning.map((p) => [p.needArea, ids(p.options)])).to.deep.equal([
      ['parenting', ['n-abroad']],
      ['neglect', ['n-abroad']],
      ['adoption', ['x-stopped']],
    ]);
    expect(cov.evidenceLevels).to.deep.equal([
      { id: 'manual-based', label: 'Manualbaserad', high: false },
      { id: 'recommended-by-socialstyrelsen', label: 'Rekommenderas', high: true },
    ]);
  });

  it('shows for each stated lack the central options and where the named interventions are', () => {
    const [parenting, crime] = cov.statedLacks;
    expect(parenting!.central).to.deep.equal([]);
    expect(parenting!.named).to.deep.equal([]);
    expect(parenting!.existsCentrally).to.equal(false);
    expect(ids(crime!.central)).to.deep.equal(['c-central']);
    expect(crime!.existsCentrally).to.equal(true);
    expect(
      crime!.named.map((n) => [n.id, n.availability, n.districts.map((d) => d.id)]),
    ).to.deep.equal([
      ['c-local', 'district', ['alvdal']],
      ['n-abroad', 'not-in-stockholm', []],
      ['n-unknown', 'unknown-district', []],
      ['c-central', 'central', []],
    ]);
  });

  it('is deterministic: input order does not change the output', () => {
    const shuffled = computeCoverage(
      {
        ...FIXTURE,
        interventions: [...INTERVENTIONS].reverse(),
        districts: [...DISTRICTS].reverse(),
      },
      LACKS,
    );
    expect(shuffled).to.deep.equal(cov);
  });

  it('defaults need areas to the schema enum', () => {
    const all = computeCoverage({ ...FIXTURE, needAreas: undefined });
    expect(all.needAreas.map((n) => n.id)).to.deep.equal(needAreaIds());
  });

  it('writes RFC 4180 CSV with a BOM, one row per district × need area', () => {
    const csv = coverageCsv(cov, WORDING);
    expect(csv.startsWith('\uFEFFStadsdelsförvaltning,Stadsdel-id,')).to.equal(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).to.equal('');
    expect(lines.length - 2).to.equal(3 * NEEDS.length);
    expect(lines[1]).to.equal(
      'Bro,bro,Innerstad,Etikett parenting,parenting,P-LOCAL,,,,N-ABROAD (finns inte i Stockholm),nej,nej,nej,fixture-1',
    );
    expect(lines).to.include(
      'Älvdal,alvdal,Ytterstad,Etikett parenting,parenting,,,"P-LOCAL (Bro, Åby)",,N-ABROAD (finns inte i Stockholm),nej,ja,ja,fixture-1',
    );
    expect(csvField('a "b", c')).to.equal('"a ""b"", c"');
    expect(csvField('rad\nbrytning')).to.equal('"rad\nbrytning"');
    expect(csvField('enkel')).to.equal('enkel');
  });

  it('neutralises a catalogue text that Excel would run as a formula (= + - @)', () => {
    for (const start of ['=', '+', '-', '@']) {
      const name = `${start}HYPERLINK("http://x.example","klicka")`;
      const evil = computeCoverage({
        ...FIXTURE,
        interventions: INTERVENTIONS.map((i) => (i.id === 'p-local' ? { ...i, name } : i)),
      });
      const line = coverageCsv(evil, WORDING)
        .split('\r\n')
        .find((l) => l.startsWith('Bro,bro,Innerstad,Etikett parenting,'))!;
      // Quoted (it holds quotes and a comma) and prefixed with ' so the cell is text.
      expect(line.split(',').slice(5, 6)[0]).to.equal(`"'${start}HYPERLINK(""http://x.example""`);
      expect(csvField(`${start}1+1`)).to.equal(`'${start}1+1`);
    }
    expect(csvField('a-b')).to.equal('a-b');
  });

  it('writes a Markdown report with gaps, basutbud, stated lacks and the planning view', () => {
    const text = coverageMarkdown(cov, WORDING);
    expect(text).to.include('# Täckning av öppenvård');
    expect(text).to.include('## Basutbud');
    expect(text).to.include('täcker lokalt: Etikett separation.');
    expect(text).to.include('### Älvdal (ytterstad)');
    expect(text).to.include('| Etikett parenting | ja | – | P-LOCAL (Bro, Åby) |');
    expect(text).to.include(
      '| Etikett criminality | nej | C-CENTRAL (central) ★ | P-LOCAL'.slice(0, 40),
    );
    expect(text).to.include('> Föräldraskapsstöd.');
    expect(text).to.include('- Finns centralt: inget centralt alternativ i katalogen');
    expect(text).to.include('## Planeringsunderlag: finns inte i Stockholm');
    expect(text).to.include('| Etikett neglect | N-ABROAD | evidence-based-manual |');
    expect(md('a|b *c* <d>')).to.equal('a\\|b \\*c\\* \\<d\\>');
  });
});

// ---------------------------------------------------------------------------------------------
// catalog/stated-lacks.yaml: schema + cross-reference problems at file:line:col.
// ---------------------------------------------------------------------------------------------

describe('stated lacks file', () => {
  // Parse + validate from text, as the catalogue loader and validator do with the file on disk.
  const parseStatedLacks = (file: string, text: string, c: StatedLacksContext) => {
    const { yaml, problems } = parseYaml(file, text);
    return problems.length ? { lacks: [], problems } : validateStatedLacks(yaml, c);
  };
  const ctx = {
    interventionIds: new Set(['mst', 'trappan']),
    seedDocuments: new Set(['003_b37bfb781987c934.txt']),
  };
  const HEAD = '# yaml-language-server: $schema=../schemas/stated-lacks.schema.json\n';

  it('accepts a valid file', () => {
    const r = parseStatedLacks(
      'catalog/stated-lacks.yaml',
      HEAD +
        'lacks:\n' +
        '  - id: mst\n    text: MST.\n    needAreas: [criminality]\n    interventions: [mst]\n' +
        '    source: { document: 003_b37bfb781987c934.txt, section: Vad som saknas vid den egna öppenvården }\n',
      ctx,
    );
    expect(r.problems).to.deep.equal([]);
    expect(r.lacks.map((l) => l.id)).to.deep.equal(['mst']);
  });

  it('reports schema and cross-reference problems at file:line:col', () => {
    const text =
      'lacks:\n' + //                                                   line 1 (no schema comment)
      '  - id: a\n' + //                                                line 2
      '    text: Första.\n' + //                                        line 3
      '    needAreas: [criminality, flying]\n' + //                     line 4
      '    source: { document: 003_b37bfb781987c934.txt, section: Avsnitt }\n' + // line 5
      '    colour: red\n' + //                                          line 6
      '  - id: b\n' + //                                                line 7
      '    text: Andra.\n' + //                                         line 8
      '    needAreas: []\n' + //                                        line 9
      '    interventions: [mst, no-such-thing]\n' + //                  line 10
      '    source: { document: 004_202d6c1a07db4e5e.txt, section: Avsnitt }\n' + // line 11
      '  - id: b\n' + //                                                line 12
      '    text: Tredje.\n' + //                                        line 13
      '    needAreas: []\n' + //                                        line 14
      '    source: { document: 003_b37bfb781987c934.txt, section: Avsnitt }\n'; // line 15
    const schema = parseStatedLacks('catalog/stated-lacks.yaml', text, ctx);
    const brief = (ps: typeof schema.problems) =>
      ps.map((p) => `${p.file}:${p.line}:${p.col} ${p.code}`).sort();
    expect(brief(schema.problems)).to.deep.equal([
      'catalog/stated-lacks.yaml:1:1 MISSING_SCHEMA_COMMENT',
      'catalog/stated-lacks.yaml:4:30 NOT_ALLOWED_VALUE',
      'catalog/stated-lacks.yaml:6:5 UNKNOWN_PROPERTY',
    ]);
    const fixed = HEAD + text.replace(', flying', '').replace('    colour: red\n', '');
    const cross = parseStatedLacks('catalog/stated-lacks.yaml', fixed, ctx);
    expect(brief(cross.problems)).to.deep.equal([
      // The fixed text has the schema line on top and no line 6, so lines from 7 on keep their numbers.
      'catalog/stated-lacks.yaml:10:26 UNKNOWN_INTERVENTION',
      'catalog/stated-lacks.yaml:11:25 UNKNOWN_SEED',
      'catalog/stated-lacks.yaml:12:9 DUPLICATE_ID',
      'catalog/stated-lacks.yaml:14:16 EMPTY_LACK',
    ]);
    expect(cross.lacks).to.deep.equal([]);
  });

  it('the catalogue loader treats a missing file as no lacks, and reports problems with the relative path', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lacks-'));
    const loc = { root: dir, catalogDir: dir, rulesDir: dir };
    try {
      const none = await loadFiles(loc);
      expect(none.statedLacks).to.equal(undefined);
      expect(none.problems.map((p) => p.file)).not.to.include('stated-lacks.yaml');
      await writeFile(path.join(dir, 'stated-lacks.yaml'), HEAD + 'lacks: [\n', 'utf8');
      const broken = (await loadFiles(loc)).problems.filter((p) => p.file === 'stated-lacks.yaml');
      expect(broken[0]!.code).to.equal('YAML_SYNTAX');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The real catalogue: facts from the seeds.
// ---------------------------------------------------------------------------------------------

describe('coverage of the real catalogue (facts from the seeds)', () => {
  let v: CatalogueVersion;
  let cov: Coverage;
  const ALL = [
    'bromma',
    'enskede-arsta-vantor',
    'farsta',
    'hagersten-liljeholmen',
    'hasselby-vallingby',
    'kungsholmen',
    'norrmalm',
    'rinkeby-kista',
    'skarholmen',
    'skarpnack',
    'spanga-tensta',
    'sodermalm',
    'alvsjo',
    'ostermalm',
  ];
  const cell = (d: string, n: string) => cellOf(cov, d, n);
  const localIn = (interventionId: string, need: string) =>
    ALL.filter((d) => cell(d, need).local.some((o) => o.id === interventionId)).sort();

  before(async () => {
    v = (await sharedStore()).current();
    cov = v.coverage;
  });

  it('covers all 14 districts × every need area of the schema, built with the version', async () => {
    expect(cov.districts).to.have.length(14);
    expect(cov.districts.map((d) => d.district.id).sort()).to.deep.equal([...ALL].sort());
    for (const d of cov.districts)
      expect(d.cells.map((c) => c.needArea)).to.deep.equal(needAreaIds());
    expect(cov.catalogueVersion).to.equal(v.version);
    expect(computeCoverage(v, v.catalogue.statedLacks)).to.deep.equal(cov);
  });

  it('the stated lacks are part of the catalogue version (loaded, validated and hashed with it)', () => {
    expect(cov.statedLacks.length).to.equal(v.catalogue.statedLacks.length);
    expect(v.catalogue.statedLacks.length).to.be.greaterThan(15);
  });

  it('003 "Stadsdelsförvaltningarnas öppenvård": Norrmalm has procured its open care — no own family treatment, most gaps', () => {
    expect(localIn('familjebehandling', 'family-conflict')).to.deep.equal(
      ALL.filter((d) => d !== 'norrmalm').sort(),
    );
    // Its own options are services (råd- och stödsamtal, ABC, Komet …); no bistånd-only treatment of its own.
    const norrmalm = districtCoverage(cov, 'norrmalm')!;
    const ownBistand = norrmalm.cells
      .flatMap((c) => ids(c.local))
      .filter((id) => v.interventionById.get(id)!.decision === 'bistand');
    expect(ownBistand).to.deep.equal([]);
    for (const d of cov.districts) {
      if (d.district.id !== 'norrmalm') expect(d.gaps.length).to.be.lessThan(norrmalm.gaps.length);
    }
  });

  it('003 "Respektive stadsdelsförvaltnings öppenvård i form av biståndsbedömda insatser – Skärholmen": no local group activity for children; they are referred elsewhere', () => {
    // "I stadsdelsförvaltningen saknas gruppverksamheter för barn. Barn i behov av detta hänvisas till annan stadsdelsförvaltning."
    const childGroup = (id: string) => {
      const i = v.interventionById.get(id)!;
      return (
        i.form.includes('group') &&
        i.targetGroup.includes('child') &&
        !i.targetGroup.includes('parents')
      );
    };
    const skarholmen = districtCoverage(cov, 'skarholmen')!;
    const localGroups = skarholmen.cells.flatMap((c) => ids(c.local)).filter(childGroup);
    expect(localGroups).to.deep.equal([]);
    // … while other districts have children's groups Skärholmen could use, and Familjerådgivningen's is central.
    const sep = cell('skarholmen', 'separation');
    expect(sep.otherDistricts.filter((o) => childGroup(o.id)).map((o) => o.id)).to.include.members([
      'skilda-varldar',
      'mina-foraldrar-ar-skilda',
    ]);
    expect(ids(sep.central)).to.include('familjeradgivningen-barngrupp');
    expect(
      cov.districts
        .filter((d) => d.district.id !== 'skarholmen')
        .some((d) => d.cells.some((c) => c.local.some((o) => childGroup(o.id)))),
    ).to.equal(true);
  });

  it('003 "… biståndsbedömda insatser – Kungsholmen": KIBB is local only in Kungsholmen; physical abuse elsewhere relies on other options', () => {
    expect(localIn('kibb', 'physical-abuse')).to.deep.equal(['kungsholmen']);
    for (const d of ALL.filter((x) => x !== 'kungsholmen')) {
      const kibb = cell(d, 'physical-abuse').otherDistricts.find((o) => o.id === 'kibb');
      expect(kibb?.districts, d).to.deep.equal([{ id: 'kungsholmen', name: 'Kungsholmen' }]);
    }
    // 003 "Barnahus Stockholm (socialtjänstens del)": Barnahus stopped offering KIBB, so there is no
    // central option for physical abuse: a district without a local one has a hard gap.
    for (const d of cov.districts) {
      const c = cell(d.district.id, 'physical-abuse');
      expect(c.central, d.district.id).to.deep.equal([]);
      expect(c.hardGap).to.equal(c.local.length === 0);
    }
    expect(cell('kungsholmen', 'physical-abuse').hardGap).to.equal(false);
  });

  it('004 "Multisystemisk terapi (MST)": MST is local in the five districts of the two teams, buyable elsewhere', () => {
    const five = [
      'enskede-arsta-vantor',
      'ostermalm',
      'rinkeby-kista',
      'sodermalm',
      'spanga-tensta',
    ];
    expect(localIn('mst', 'criminality')).to.deep.equal(five);
    expect(localIn('mst', 'placement-risk')).to.deep.equal(five);
    expect(ids(cell('farsta', 'criminality').otherDistricts)).to.include('mst');
  });

  it('003 "Stödcentrum": support to young crime victims exists centrally for every district', () => {
    for (const d of ALL) {
      const c = cell(d, 'crime-victim');
      expect(ids(c.central), d).to.include('stodcentrum-brottsofferstod');
      expect(c.hardGap).to.equal(false);
    }
  });

  it('003 "Kruton" and "Origo": honour-related violence is covered centrally/regionally for every district, locally nowhere', () => {
    for (const d of ALL) {
      const c = cell(d, 'honour-related-violence');
      expect(
        c.central.map((o) => [o.id, o.level]),
        d,
      ).to.deep.equal([
        ['kruton', 'central'],
        ['origo', 'regional'],
      ]);
      expect([c.gap, c.hardGap]).to.deep.equal([true, false]);
    }
  });

  it('002 "MST-CAN": MST-CAN appears as "finns inte i Stockholm" under its needs, never as local or central', () => {
    for (const n of ['physical-abuse', 'neglect', 'violence-witnessed', 'placement-risk']) {
      for (const d of ALL) {
        const c = cell(d, n);
        expect(ids(c.notInStockholm), `${d}/${n}`).to.include('mst-can');
        expect(ids([...c.local, ...c.central, ...c.otherDistricts])).not.to.include('mst-can');
      }
      expect(ids(cov.planning.find((p) => p.needArea === n)!.options)).to.include('mst-can');
    }
  });

  it('003 "Råd och stöd som service": råd- och stödsamtal as a service in 13 of 14 districts — not in Älvsjö', () => {
    expect(localIn('foraldramottagning', 'parenting')).to.deep.equal(
      ALL.filter((d) => d !== 'alvsjo').sort(),
    );
  });

  it('003 "Samarbetssamtal": every district offers samarbetssamtal, so separation is in the basutbud', () => {
    expect(localIn('samarbetssamtal', 'separation')).to.deep.equal([...ALL].sort());
    expect(cov.basutbud).to.include('separation');
    for (const n of cov.basutbud) for (const d of cov.districts) expect(d.gaps).not.to.include(n);
  });

  it('003 "Mini Maria Stockholm" and "BSFT": youth substance use is covered centrally everywhere, with high evidence', () => {
    for (const d of ALL) {
      const c = cell(d, 'substance-use');
      expect(ids(c.central), d).to.include.members(['mini-maria', 'bsft']);
      expect([c.hardGap, c.highEvidence]).to.deep.equal([false, true]);
    }
  });

  it('003 "… – Farsta" (Humlan): children of parents with substance abuse — local there, nothing central; BRA-samtal (Södermalm) is only the catalogue\'s reading, so it fills no cell', () => {
    expect(localIn('humlan', 'parental-substance-abuse')).to.deep.equal(['farsta']);
    // #13: 003 (service – Södermalm) says only "anhöriga barn"; the need area is needAreasReading.
    expect(localIn('bra-samtal', 'parental-substance-abuse')).to.deep.equal([]);
    // Nothing central: where 003 names no such support (e.g. Norrmalm, Skärholmen) it is a hard gap.
    for (const d of ALL) expect(cell(d, 'parental-substance-abuse').central, d).to.deep.equal([]);
    expect(cell('norrmalm', 'parental-substance-abuse').hardGap).to.equal(true);
    expect(cell('skarholmen', 'parental-substance-abuse').hardGap).to.equal(true);
    expect(cell('sodermalm', 'parental-substance-abuse').hardGap).to.equal(true);
    expect(ids(cell('farsta', 'parental-substance-abuse').local)).to.deep.equal(['humlan']);
  });

  it('003 "… biståndsbedömda insatser – Spånga-Tensta" (uppföljning efter barnförhör): local only there; Barnahus centrally; Efter barnförhör not in Stockholm', () => {
    expect(
      localIn('familjeresursen-uppfoljning-barnforhor', 'after-child-interview'),
    ).to.deep.equal(['spanga-tensta']);
    for (const d of ALL) {
      const c = cell(d, 'after-child-interview');
      expect(ids(c.central), d).to.deep.equal(['barnahus-medfoljarstod']);
      expect(ids(c.notInStockholm)).to.deep.equal(['efter-barnforhor']);
      expect(c.gap).to.equal(d !== 'spanga-tensta');
    }
  });

  it('003 "Resursteamerna barn och ungdom": adoption and placed children are served centrally (Resurscentrum, Spira, Stella)', () => {
    for (const d of ALL) {
      expect(ids(cell(d, 'adoption').central)).to.deep.equal([
        'resurscentrum-for-adopterade',
        'spira',
      ]);
      expect(cell(d, 'adoption').gap).to.equal(true);
      expect(cell(d, 'adoption').hardGap).to.equal(false);
      expect(ids(cell(d, 'placed-out-of-home').central)).to.include('stella');
    }
  });

  it('003 "… biståndsbedömda insatser – Enskede Årsta Vantör" (högriskteam) and "– Farsta" (Kristeam): acute crisis teams are local there', () => {
    expect(localIn('hogriskteam', 'crisis')).to.deep.equal(['enskede-arsta-vantor']);
    expect(localIn('hogriskteam', 'placement-risk')).to.deep.equal(['enskede-arsta-vantor']);
    expect(localIn('kristeam', 'crisis')).to.deep.equal(['farsta']);
    // No central crisis option: districts without a local one have a hard gap.
    expect(cell('bromma', 'crisis').hardGap).to.equal(true);
  });

  it('003 "Fältverksamheter" (Revansch in one unnamed field group): unknown district, never counted as local', () => {
    for (const d of ALL) {
      const c = cell(d, 'criminality');
      expect(ids(c.unknownDistricts), d).to.include('revansch');
      expect(ids(c.local)).not.to.include('revansch');
    }
  });

  describe('003 "Vad som saknas vid den egna öppenvården" (catalog/stated-lacks.yaml)', () => {
    it('lists all 22 bullets, quoted from the seed', () => {
      expect(cov.statedLacks).to.have.length(22);
      const seed = path.join(defaultSeedsDir, '003_b37bfb781987c934.txt');
      if (!existsSync(seed)) return;
      const text = readFileSync(seed, 'utf8');
      const start = text.indexOf('Vad som saknas vid den egna öppenvården\n');
      const section = text.slice(
        start,
        text.indexOf('Köpt öppenvård vid stadsdelsförvaltningarna', start),
      );
      const bullets = section
        .split('\n')
        .filter((l) => l.startsWith('- '))
        .map((l) => l.slice(2).trim());
      expect(cov.statedLacks.map((l) => l.text)).to.deep.equal(bullets);
    });

    it('shows what already exists centrally — much of what districts miss (003 "Basutbud", "Framtid Stockholm")', () => {
      const central = cov.statedLacks.filter((l) => l.existsCentrally);
      expect(central.length).to.be.greaterThan(cov.statedLacks.length / 2);
      const lack = (id: string) => cov.statedLacks.find((l) => l.id === id)!;
      // "Arbete med unga och familj parallellt, speciellt vid missbruk hos unga." → BSFT, Mini Maria (Framtid Stockholm).
      expect(
        lack('unga-och-familj-parallellt').named.map((n) => [n.id, n.availability]),
      ).to.deep.equal([
        ['bsft', 'central'],
        ['mini-maria', 'central'],
      ]);
      // "MST." → local in five districts; Framtid Stockholm's BSFT is the central alternative.
      const mst = lack('mst');
      expect(mst.named[0]!.districts.map((d) => d.id)).to.deep.equal([
        'enskede-arsta-vantor',
        'rinkeby-kista',
        'spanga-tensta',
        'sodermalm',
        'ostermalm',
      ]);
      expect(ids(mst.central)).to.include('bsft');
      // "Trappansamtal." → Trappan, district-run in seven districts; no central alternative.
      expect(lack('trappansamtal').named[0]!.districts).to.have.length(7);
      expect(lack('trappansamtal').existsCentrally).to.equal(false);
      // "Stöd till barn som har föräldrar i missbruk." → nothing central.
      expect(lack('barn-till-foraldrar-i-missbruk').existsCentrally).to.equal(false);
      // Barnahus follow-up: the model Efter barnförhör is not introduced in Stockholm.
      expect(
        lack('team-efter-barnforhor').named.find((n) => n.id === 'efter-barnforhor')!.availability,
      ).to.equal('not-in-stockholm');
    });

    it('the real file validates against its schema and the catalogue', async () => {
      const files = await loadFiles({
        root: projectRoot,
        catalogDir: defaultCatalogDir,
        rulesDir: defaultRulesDir,
      });
      expect(files.statedLacks).to.not.equal(undefined);
      const r = validateStatedLacks(files.statedLacks!, {
        interventionIds: new Set(v.interventionById.keys()),
        seedDocuments: new Set(v.catalogue.seedDocuments.map((d) => d.document)),
      });
      expect(r.problems).to.deep.equal([]);
      expect(r.lacks.length).to.equal(v.catalogue.statedLacks.length);
    });
  });
});

describe('coverage marks cells resting only on stale facts (#13)', () => {
  it('a cell whose only local options have stale availability is staleOnly; a fresh one is not', async () => {
    const { sharedStore } = await import('./helpers/app.js');
    const v = (await sharedStore()).current();
    const cov = computeCoverage(v);
    const cells = cov.districts.flatMap((d) => d.cells.filter((c) => !c.gap));
    const stale = v.staleFactsById;
    for (const c of cells) {
      const allStale = c.local.every((o) => stale.get(o.id)!.some((f) => f.fact === 'offeredIn'));
      expect(c.staleOnly, c.needArea).to.equal(allStale);
    }
    // With 003 (2018) as the only district source, most local cells are stale; the check can fail.
    expect(cells.some((c) => c.staleOnly)).to.equal(true);
  });
});
