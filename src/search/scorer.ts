// Scores query clauses against a built lunr index the way lunr's own Index#query does — per field,
// the cosine of the clause-boost vector and the record's BM25 field vector — but from tables laid
// out once per catalogue version. lunr's query walks a token automaton per clause and upserts
// into sorted vectors per expanded term and field: ~1 ms for a word like "föräldra…" with its
// many compounds, against a few µs here. test/search-scorer.test.ts checks equal scores with lunr.
import type lunr from 'lunr';

export interface ScoreClause {
  /** Index terms the clause matches (a prefix already expanded). */
  terms: readonly string[];
  boost: number;
  /** Field positions the clause applies to. */
  fields: readonly number[];
}

export interface Scored {
  doc: number;
  score: number;
  /** Bit i set: field i matched. */
  fieldMask: number;
}

interface IndexJson {
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, Record<string, Record<string, unknown>> & { _index: number }][];
}

export class Scorer {
  /** term → flat (doc, field, weight) triples of its postings. */
  private readonly postings = new Map<string, number[]>();
  readonly terms: string[];
  /** The index's fields, in the order field positions refer to. */
  readonly fields: string[];
  private readonly scores: Float64Array;
  private readonly masks: Uint32Array;

  constructor(index: lunr.Index, docs: readonly string[]) {
    const json = index.toJSON() as unknown as IndexJson;
    const docIndex = new Map(docs.map((d, i) => [d, i]));
    const fieldIndex = new Map(json.fields.map((f, i) => [f, i]));
    // "field/doc" → termIndex → weight (the BM25 value times the field boost).
    const weights = new Map<string, Map<number, number>>();
    for (const [ref, flat] of json.fieldVectors) {
      const m = new Map<number, number>();
      for (let i = 0; i < flat.length; i += 2) m.set(flat[i]!, flat[i + 1]!);
      weights.set(ref, m);
    }
    this.terms = json.invertedIndex.map(([t]) => t);
    this.fields = json.fields;
    for (const [term, posting] of json.invertedIndex) {
      const flat: number[] = [];
      for (const [field, byDoc] of Object.entries(posting)) {
        if (field === '_index') continue;
        for (const doc of Object.keys(byDoc)) {
          const w = weights.get(`${field}/${doc}`)?.get(posting._index) ?? 0;
          flat.push(docIndex.get(doc)!, fieldIndex.get(field)!, w);
        }
      }
      this.postings.set(term, flat);
    }
    this.scores = new Float64Array(docs.length);
    this.masks = new Uint32Array(docs.length);
  }

  score(clauses: readonly ScoreClause[]): Scored[] {
    const fieldCount = this.fields.length;
    // The query vector: per term, per field, the boosts of the clauses that reach it summed.
    const qv = new Map<string, Float64Array>();
    for (const c of clauses) {
      for (const t of c.terms) {
        let v = qv.get(t);
        if (!v) qv.set(t, (v = new Float64Array(fieldCount)));
        for (const f of c.fields) v[f]! += c.boost;
      }
    }
    const norms = new Float64Array(fieldCount);
    for (const v of qv.values()) for (let f = 0; f < fieldCount; f++) norms[f]! += v[f]! * v[f]!;
    for (let f = 0; f < fieldCount; f++) norms[f] = Math.sqrt(norms[f]!);

    const { scores, masks } = this;
    const touched: number[] = [];
    for (const [t, v] of qv) {
      const p = this.postings.get(t);
      if (!p) continue;
      for (let i = 0; i < p.length; i += 3) {
        const f = p[i + 1]!;
        const b = v[f]!;
        if (b === 0) continue;
        const doc = p[i]!;
        if (masks[doc] === 0) touched.push(doc);
        masks[doc]! |= 1 << f;
        scores[doc]! += (b * p[i + 2]!) / norms[f]!;
      }
    }
    const out = touched.map((doc) => ({ doc, score: scores[doc]!, fieldMask: masks[doc]! }));
    for (const doc of touched) {
      scores[doc] = 0;
      masks[doc] = 0;
    }
    return out;
  }
}
