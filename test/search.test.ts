import { expect } from 'chai';
import type { Intervention, SearchTerms, Vocabulary } from '../src/catalogue/types.js';
import { buildSearchIndex, type SearchHit } from '../src/search/search-index.js';

// Own fixtures, independent of the (changing) real catalogue.
const vocabulary: Vocabulary = {
  needAreas: {
    criminality: { label: 'Kriminalitet', description: '' },
    'violence-witnessed': { label: 'Bevittnat våld i familjen', description: '' },
    'parental-substance-abuse': { label: 'Förälder med missbruk', description: '' },
    'school-absence': { label: 'Skolfrånvaro', description: '' },
  },
  evidenceLevels: {},
  targetGroups: { child: 'Barn', youth: 'Ungdom', parents: 'Föräldrar', family: 'Familj' },
  forms: {},
  decisions: {},
  levels: {},
  wording: {},
};

// Field weights as in the bundled catalog/search-terms.yaml; no synonyms (they have tests of their own).
const terms: SearchTerms = {
  weights: {
    fields: {
      name: 10,
      aliases: 10,
      provider: 6,
      level: 3,
      needAreas: 2,
      targetGroup: 1,
      summary: 1,
    },
    prefix: 0.3,
    compoundPart: 0.3,
    needArea: 4,
    needAreaReading: 3.2,
    synonymWord: 1,
    phraseWord: 0.3,
    evidence: {}, // factor 1 for every level: these tests are about matching
  },
  compounds: { minPartLength: 3, linking: ['s'] },
  synonyms: [],
};

const build = (interventions: Intervention[]) =>
  buildSearchIndex({ interventions, vocabulary, providers: [], terms });

function intervention(
  p: Pick<Intervention, 'id' | 'name' | 'summary'> & Partial<Intervention>,
): Intervention {
  return {
    aliases: [],
    targetGroup: [],
    ageRange: { min: null, max: null },
    needAreas: [],
    form: [],
    decision: 'bistand',
    provider: 'stadsdelsforvaltning',
    level: 'district',
    offeredIn: [],
    offeredInStockholm: true,
    evidence: { level: 'manual-based', notes: '' },
    alternativeToPlacement: false,
    referral: '',
    sources: [],
    lastReviewed: '2026-01-01',
    ...p,
  };
}

const fixtures: Intervention[] = [
  intervention({
    id: 'mst',
    name: 'Multisystemisk terapi (MST)',
    aliases: ['MST', 'Multi-systemisk terapi'],
    summary: 'Intensiv hemmabaserad öppenvård för ungdomar med kriminalitet och missbruk.',
    targetGroup: ['youth', 'family'],
    needAreas: ['criminality'],
  }),
  intervention({
    id: 'stodgrupp',
    name: 'Stödgrupp för barn',
    summary: 'Gruppsamtal för barn och föräldrar som har upplevt våld i nära relationer.',
    targetGroup: ['child'],
    needAreas: ['violence-witnessed'],
  }),
  intervention({
    id: 'familjeradgivning',
    name: 'Familjerådgivning',
    aliases: ['Samarbetssamtal'],
    summary: 'Samtal för par och familjer i kris.',
    targetGroup: ['family'],
  }),
  intervention({
    id: 'bsft',
    name: 'Kort strategisk familjeterapi (BSFT)',
    aliases: ['BSFT'],
    summary: 'Familjeterapi för ungdomar med alkoholberoende eller alkoholproblem i familjen.',
    targetGroup: ['youth'],
    needAreas: ['parental-substance-abuse'],
  }),
  intervention({
    id: 'kibb',
    name: 'Kognitiv integrerad behandling vid barnmisshandel (KIBB)',
    aliases: ['KIBB'],
    summary: 'Behandling för familjer där våldet har upphört.',
    targetGroup: ['parents', 'child'],
  }),
  intervention({
    id: 'fft',
    name: 'Funktionell familjeterapi (FFT)',
    aliases: ['FFT'],
    summary: 'Korttidsbehandling för familjer med tonåringar.',
    targetGroup: ['family'],
  }),
  intervention({
    id: 'skolteam',
    name: 'Skolteam',
    summary: 'Team som stödjer elever med hög frånvaro.',
    needAreas: ['school-absence'],
  }),
  intervention({
    id: 'heldag',
    name: 'Heldag – behandling och skola',
    summary: 'Dagverksamhet i samarbete med ett skolteam.',
  }),
];

const index = build(fixtures);
const ids = (hits: SearchHit[]): string[] => hits.map((h) => h.id);
const hit = (query: string, id: string): SearchHit | undefined =>
  index.search(query).find((h) => h.id === id);

describe('search index', () => {
  describe('Swedish stemming', () => {
    it('finds "föräldrar" with "föräldrarna"', () => {
      expect(hit('föräldrarna', 'stodgrupp')?.matchedFields).to.include('summary');
    });

    it('finds "våld" with "våldet" and "våldet" with "våld"', () => {
      expect(ids(index.search('våldet'))).to.include('stodgrupp');
      expect(ids(index.search('våld'))).to.include('kibb');
    });

    it('matches inflected forms of names', () => {
      expect(ids(index.search('familjerådgivningen'))[0]).to.equal('familjeradgivning');
    });
  });

  describe('diacritics are optional', () => {
    it('finds "öppenvård" with "oppenvard"', () => {
      expect(ids(index.search('oppenvard'))).to.deep.equal(['mst']);
    });

    it('finds "våld" with "vald"', () => {
      expect(ids(index.search('vald'))).to.have.members(['stodgrupp', 'kibb']);
      expect(ids(index.search('vald'))).to.deep.equal(ids(index.search('våld')));
    });

    it('finds "Familjerådgivning" with "familjeradgivning"', () => {
      const [first] = index.search('familjeradgivning');
      expect(first?.id).to.equal('familjeradgivning');
      expect(first?.matchedFields).to.include('name');
    });

    it('ignores stopwords typed without diacritics', () => {
      expect(index.search('för')).to.deep.equal([]);
      expect(index.search('for pa nar')).to.deep.equal([]);
    });
  });

  describe('compounds', () => {
    it('finds "alkoholberoende"/"alkoholproblem" with "alkohol"', () => {
      const hits = index.search('alkohol');
      expect(ids(hits)).to.deep.equal(['bsft']);
      expect(hits[0]?.matchedFields).to.deep.equal(['summary']);
    });

    it('finds compounds from an inflected word ("skolan" → "skolfrånvaro", "skolteam")', () => {
      expect(ids(index.search('skolan'))).to.include.members(['skolteam', 'heldag']);
    });

    it('does not expand terms shorter than three characters', () => {
      expect(index.search('fa')).to.deep.equal([]);
      expect(index.search('fam').length).to.be.greaterThan(0);
    });

    it('ranks a whole-word match above a compound match', () => {
      const docs = [
        intervention({ id: 'a-compound', name: 'A', summary: 'Stöd vid missbruksproblem.' }),
        intervention({ id: 'b-whole', name: 'B', summary: 'Stöd vid missbruket.' }),
      ];
      const hits = build(docs).search('missbruk');
      expect(ids(hits)).to.deep.equal(['b-whole', 'a-compound']);
      expect(hits[0]!.score).to.be.greaterThan(hits[1]!.score);
    });
  });

  describe('abbreviations', () => {
    for (const [query, id] of [
      ['mst', 'mst'],
      ['MST', 'mst'],
      ['bsft', 'bsft'],
      ['Kibb', 'kibb'],
      ['FFT', 'fft'],
    ] as const) {
      it(`finds ${id} with "${query}"`, () => {
        const [first] = index.search(query);
        expect(first?.id).to.equal(id);
        expect(first?.matchedFields).to.deep.equal(['name', 'aliases']);
      });
    }
  });

  describe('matchedFields', () => {
    it('reports need areas by Swedish label and by id', () => {
      expect(hit('kriminalitet', 'mst')?.matchedFields).to.deep.equal(['summary', 'needAreas']);
      expect(hit('criminality', 'mst')?.matchedFields).to.deep.equal(['needAreas']);
      expect(hit('bevittnat', 'stodgrupp')?.matchedFields).to.deep.equal(['needAreas']);
    });

    it('reports target groups by Swedish label', () => {
      expect(hit('ungdom', 'mst')?.matchedFields).to.deep.equal(['summary', 'targetGroup']);
      expect(hit('föräldrar', 'kibb')?.matchedFields).to.deep.equal(['targetGroup']);
    });

    it('reports aliases (and the summary, where a compound part "samtal" matches)', () => {
      expect(hit('samarbetssamtal', 'familjeradgivning')?.matchedFields).to.deep.equal([
        'aliases',
        'summary',
      ]);
    });

    it('lists every field matched by a multi-word query in a fixed order', () => {
      expect(hit('missbruk mst', 'mst')?.matchedFields).to.deep.equal([
        'name',
        'aliases',
        'summary',
      ]);
    });
  });

  describe('ranking', () => {
    it('ranks a name match above a summary-only match', () => {
      const hits = index.search('skolteam');
      expect(ids(hits)).to.deep.equal(['skolteam', 'heldag']);
      // Heldag's name matches only by the compound part "skol…" (from "skolteam"), which weighs less.
      expect(hits[1]?.matchedFields).to.deep.equal(['name', 'summary']);
      expect(hits[0]!.score).to.be.greaterThan(hits[1]!.score * 2);
    });

    it('boosts name and aliases above a summary that repeats the word', () => {
      const docs = [
        intervention({ id: 'a-summary', name: 'Heldag', summary: 'Skolteam, skolteam.' }),
        intervention({
          id: 'b-name',
          name: 'Skolteam och behandling i hemmet',
          summary: 'Dagverksamhet för elever med hög frånvaro.',
        }),
        intervention({
          id: 'c-alias',
          name: 'Dagbehandling',
          aliases: ['Skolteam Syd', 'Dagteam'],
          summary: 'Behandling för elever med hög frånvaro.',
        }),
      ];
      const hits = build(docs).search('skolteam');
      expect(ids(hits)).to.have.length(3);
      expect(hits[2]?.id).to.equal('a-summary');
      expect(hits[1]!.score).to.be.greaterThan(hits[2]!.score);
    });

    it('orders by score, then id', () => {
      const twin = (id: string): Intervention =>
        intervention({ id, name: 'Tvilling', summary: 'Samma text.' });
      const twins = build([twin('twin-b'), twin('twin-c'), twin('twin-a')]);
      expect(ids(twins.search('tvilling'))).to.deep.equal(['twin-a', 'twin-b', 'twin-c']);
    });

    it('returns the intervention name and a positive score', () => {
      const [first] = index.search('kibb');
      expect(first?.name).to.equal('Kognitiv integrerad behandling vid barnmisshandel (KIBB)');
      expect(first?.score).to.be.greaterThan(0);
    });
  });

  describe('hostile input', () => {
    const junk = Array.from({ length: 5000 }, (_, i) => '*~^:"+-()åäö🙂x'[i % 15]).join('');
    const inputs = [
      'MST:',
      '*~^',
      '"',
      '+-',
      ':',
      'name:mst',
      '-mst +kibb',
      'mst~2^10*',
      '🙂👨‍👩‍👧',
      '\u0000\uffff\ud800',
      'a'.repeat(5000),
      junk,
      Array.from({ length: 500 }, (_, i) => `ord${i}`).join(' '),
    ];
    for (const input of inputs) {
      it(`does not throw on ${JSON.stringify(input.slice(0, 24))}`, () => {
        expect(() => index.search(input)).to.not.throw();
        expect(index.search(input)).to.be.an('array');
      });
    }

    it('still finds the words around operator characters', () => {
      expect(ids(index.search('MST:'))[0]).to.equal('mst');
      expect(ids(index.search('"kibb"'))[0]).to.equal('kibb');
    });

    it('returns [] for empty, blank and punctuation-only queries', () => {
      for (const q of ['', '   ', '*~^', '"', '+-', ':', '🙂', 'och']) {
        expect(index.search(q), q).to.deep.equal([]);
      }
    });

    it('uses only the first 12 words', () => {
      const words = Array.from({ length: 12 }, (_, i) => `ord${i}`);
      expect(ids(index.search([...words.slice(1), 'mst'].join(' ')))).to.deep.equal(['mst']);
      expect(index.search([...words, 'mst'].join(' '))).to.deep.equal([]);
    });

    it('returns [] for a non-string query', () => {
      expect(index.search(undefined as unknown as string)).to.deep.equal([]);
    });
  });

  describe('limit', () => {
    it('returns at most `limit` hits', () => {
      expect(index.search('familj').length).to.be.greaterThan(2);
      expect(index.search('familj', { limit: 2 })).to.have.length(2);
      expect(index.search('familj', { limit: 0 })).to.deep.equal([]);
      expect(index.search('familj', { limit: Number.NaN }).length).to.be.greaterThan(2);
    });

    it('keeps the best hits when limiting', () => {
      expect(index.search('familj', { limit: 1 })).to.deep.equal(
        index.search('familj').slice(0, 1),
      );
    });
  });

  it('handles an empty catalogue and unknown vocabulary ids', () => {
    expect(build([]).search('mst')).to.deep.equal([]);
    const odd = intervention({
      id: 'odd',
      name: 'Udda',
      summary: '',
      needAreas: ['nytt-omrade' as never],
    });
    expect(ids(build([odd]).search('nytt'))).to.deep.equal(['odd']);
  });
});

describe('search: compounds and synonyms', () => {
  const docs = [
    intervention({
      id: 'hrv',
      name: 'Stöd mot hedersrelaterat förtryck',
      summary: 'Öppenvård för unga.',
      needAreas: ['criminality'],
    }),
    intervention({ id: 'vald', name: 'Samtal om våld', summary: 'Krissamtal för barn.' }),
    intervention({
      id: 'foralder',
      name: 'Barngrupp',
      summary: 'Grupp för barn vars förälder har ett missbruk.',
      needAreas: ['parental-substance-abuse'],
    }),
    intervention({
      id: 'foraldrastod',
      name: 'Föräldrastöd i grupp',
      summary: 'Föräldraskapsstöd för föräldrar.',
    }),
  ];
  const withSynonyms = (synonyms: SearchTerms['synonyms']) =>
    buildSearchIndex({
      interventions: docs,
      vocabulary,
      providers: [],
      terms: { ...terms, synonyms },
    });

  it('splits a compound against the index terms, whole word still preferred', () => {
    const compounds = buildSearchIndex({
      interventions: [
        ...docs,
        intervention({ id: 'whole', name: 'Hedersvåld', summary: 'Ett ord.' }),
      ],
      vocabulary,
      providers: [],
      terms,
    });
    const hits = compounds.search('hedersvåld');
    expect(ids(hits)[0]).to.equal('whole');
    expect(ids(hits).slice(1)).to.have.members(['hrv', 'vald']); // "heder…" and "våld"
    expect(hits[0]!.score).to.be.greaterThan(hits[1]!.score * 2);
  });

  it('does not split without a part the index knows', () => {
    expect(ids(withSynonyms([]).search('hedersxyzq'))).to.deep.equal([]);
  });

  it('maps a phrase to a need area in any order, inflection and without å ä ö', () => {
    const index = withSynonyms([
      { phrases: ['missbruk förälder'], needAreas: ['parental-substance-abuse'] },
    ]);
    for (const q of ['missbruk förälder', 'förälder missbruk', 'missbruket foralder']) {
      const [first] = index.search(q);
      expect(first?.id, q).to.equal('foralder');
      expect(first?.matchedFields, q).to.include('needAreas');
    }
    // Without the synonym the name match of "Föräldrastöd" would win.
    const plain = withSynonyms([]);
    expect(plain.search('förälder missbruk')[0]!.score).to.be.lessThan(
      index.search('förälder missbruk')[0]!.score,
    );
  });

  it('adds a synonym’s words to the query', () => {
    const index = withSynonyms([{ phrases: ['HRV'], words: ['hedersrelaterat'] }]);
    expect(ids(index.search('hrv'))).to.deep.equal(['hrv']);
    expect(ids(withSynonyms([]).search('hrv'))).to.deep.equal([]);
  });

  it('ignores a phrase inside a longer matched phrase', () => {
    const index = withSynonyms([
      { phrases: ['missbruk'], needAreas: ['criminality'] },
      { phrases: ['missbruk förälder'], needAreas: ['parental-substance-abuse'] },
    ]);
    expect(ids(index.search('missbruk förälder'))).to.not.include('hrv');
    expect(ids(index.search('missbruk'))).to.include('hrv');
  });
});

describe('search hits carry what a social worker acts on', () => {
  const docs = [
    intervention({
      id: 'lokal',
      name: 'Lokal grupp',
      summary: 'Grupp för barn, t.ex. efter separation. Andra meningen syns inte.',
      offeredIn: [{ district: 'bromma' }],
      ageRange: { min: 7, max: 12 },
      evidence: { level: 'manual-based', notes: '' },
    }),
  ];
  const index = buildSearchIndex({ interventions: docs, vocabulary, providers: [], terms });

  it('has level, availability relative to the district, age range, evidence and one sentence', () => {
    const [hit] = index.search('grupp', { district: 'bromma' });
    expect(hit).to.include({ id: 'lokal', name: 'Lokal grupp', level: 'district' });
    expect(hit!.availability).to.equal('local');
    expect(hit!.ageRange).to.deep.equal({ min: 7, max: 12 });
    expect(hit!.evidence).to.deep.equal({ level: 'manual-based' });
    expect(hit!.summary).to.equal('Grupp för barn, t.ex. efter separation.');
    expect(index.search('grupp', { district: 'farsta' })[0]!.availability).to.equal(
      'other-district',
    );
    expect(index.search('grupp')[0]!.availability).to.equal('other-district');
  });
});
