// Swedish compounds split against the index's own terms: "hedersvåld" → "heder…" + "våld",
// "skolfrånvaro" → "skol…" + "frånvaro". Each part is then searched too (weights.compoundPart), so a
// compound nobody wrote in the catalogue still finds the records that use its parts.
import { stems } from './analyse.js';

/** The index's terms, sorted, for exact and prefix look-ups. */
export class TermList {
  private readonly terms: string[];
  private readonly set: ReadonlySet<string>;

  constructor(terms: Iterable<string>) {
    this.terms = [...new Set(terms)].sort();
    this.set = new Set(this.terms);
  }

  has(term: string): boolean {
    return this.set.has(term);
  }

  /** Position of the first term ≥ s (binary search). */
  private lowerBound(s: string): number {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid]! < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Some term is longer than `prefix` and starts with it. */
  extends(prefix: string): boolean {
    const next = this.terms[this.lowerBound(prefix + '\u0000')];
    return next !== undefined && next.startsWith(prefix);
  }

  /** Every term starting with `prefix`, itself included (lunr's trailing wildcard). */
  withPrefix(prefix: string): string[] {
    const out: string[] = [];
    for (let i = this.lowerBound(prefix); i < this.terms.length; i++) {
      const t = this.terms[i]!;
      if (!t.startsWith(prefix)) break;
      out.push(t);
    }
    return out;
  }
}

function startsWithTerm(s: string, terms: TermList, min: number): boolean {
  for (let n = min; n <= s.length; n++) if (terms.has(s.slice(0, n))) return true;
  return false;
}

export interface CompoundConfig {
  minPartLength: number;
  /** Linking letters (fogemorfem) that may end the first part: heder-s-våld. */
  linking: string[];
}

export interface CompoundParts {
  /** The first part, searched as the start of a word ("heder" finds "hedersrelaterat"). */
  head: string;
  /** The last part's terms, searched as whole words. */
  tail: string[];
}

/**
 * Split a folded word in two where the last part is a word of the index and the first part
 * starts a word of the index (with or without a linking letter). The longest last part wins: it
 * is the most specific ("skol|frånvaro", not "skolfrån|varo").
 */
export function splitCompound(
  folded: string,
  terms: TermList,
  cfg: CompoundConfig,
): CompoundParts | undefined {
  const min = cfg.minPartLength;
  for (let at = min; at <= folded.length - min; at++) {
    const rest = folded.slice(at);
    // A stem is a start of its word: without an index term that starts the rest, skip stemming.
    if (!startsWithTerm(rest, terms, min)) continue;
    const tail = stems(rest).filter((t) => terms.has(t));
    if (tail.length === 0) continue;
    const first = folded.slice(0, at);
    for (const head of [
      first,
      ...cfg.linking.filter((l) => first.endsWith(l)).map((l) => first.slice(0, -l.length)),
    ]) {
      if (head.length >= min && (terms.has(head) || terms.extends(head))) return { head, tail };
    }
  }
  return undefined;
}
