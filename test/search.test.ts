import { expect } from 'chai';
import type { Intervention, Vocabulary } from '../src/domain/types.js';
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

const index = buildSearchIndex(fixtures, vocabulary);
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
      const hits = buildSearchIndex(docs, vocabulary).search('missbruk');
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

    it('reports aliases', () => {
      expect(hit('samarbetssamtal', 'familjeradgivning')?.matchedFields).to.deep.equal(['aliases']);
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
      expect(hits[1]?.matchedFields).to.deep.equal(['summary']);
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
      const hits = buildSearchIndex(docs, vocabulary).search('skolteam');
      expect(ids(hits)).to.have.length(3);
      expect(hits[2]?.id).to.equal('a-summary');
      expect(hits[1]!.score).to.be.greaterThan(hits[2]!.score);
    });

    it('orders by score, then id', () => {
      const twin = (id: string): Intervention =>
        intervention({ id, name: 'Tvilling', summary: 'Samma text.' });
      const twins = buildSearchIndex([twin('twin-b'), twin('twin-c'), twin('twin-a')], vocabulary);
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
      expect(index.search('familj', 2)).to.have.length(2);
      expect(index.search('familj', 0)).to.deep.equal([]);
      expect(index.search('familj', Number.NaN).length).to.be.greaterThan(2);
    });

    it('keeps the best hits when limiting', () => {
      expect(index.search('familj', 1)).to.deep.equal(index.search('familj').slice(0, 1));
    });
  });

  it('handles an empty catalogue and unknown vocabulary ids', () => {
    expect(buildSearchIndex([], vocabulary).search('mst')).to.deep.equal([]);
    const odd = intervention({ id: 'odd', name: 'Udda', summary: '', needAreas: ['nytt-omrade'] });
    expect(ids(buildSearchIndex([odd], vocabulary).search('nytt'))).to.deep.equal(['odd']);
  });
});
