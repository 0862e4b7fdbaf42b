// Hard constraints applied to every candidate whatever the rules say: offered in Stockholm, the
// child's age inside the age range, and the preconditions the seeds state.
import type { Intervention } from '../catalogue/types.js';
import type { Profile } from './profile.js';
import { ageRangeText, say, type Wording } from '../catalogue/wording.js';

const CRIMINALITY_ORDER = ['none', 'at-risk', 'suspected', 'convicted'];

export interface ConstraintResult {
  /** Swedish reasons it is excluded (empty = allowed). */
  why: string[];
  /** Swedish notes to show with the reasons when allowed (unknown bounds, open preconditions). */
  notes: string[];
}

/** The child's age is inside the range; an unknown bound does not exclude. */
export function fitsAgeRange(r: Intervention['ageRange'], age: number): boolean {
  return (r.min === null || age >= r.min) && (r.max === null || age <= r.max);
}

/** Soft bounds ("främst 12–20 år", `strict: false`) never exclude; hard bounds do. */
export const isSoftAgeRange = (r: Intervention['ageRange']): boolean => r.strict === false;

/** The same decision as checkConstraints(…).why.length > 0, without building any text. */
export function isExcluded(i: Intervention, p: Profile): boolean {
  if (!i.offeredInStockholm) return true;
  if (!isSoftAgeRange(i.ageRange) && !fitsAgeRange(i.ageRange, p.age)) return true;
  for (const pc of i.preconditions ?? []) {
    if (pc.flag && p[pc.flag] === false) return true;
    if (
      pc.criminalityAtLeast &&
      CRIMINALITY_ORDER.indexOf(p.criminality ?? 'none') <
        CRIMINALITY_ORDER.indexOf(pc.criminalityAtLeast)
    )
      return true;
  }
  return false;
}

export function checkConstraints(i: Intervention, p: Profile, w: Wording): ConstraintResult {
  const why: string[] = [];
  const notes: string[] = [];
  if (!i.offeredInStockholm) why.push(say(w, 'excluded.not-in-stockholm'));
  const { min, max } = i.ageRange;
  if (!fitsAgeRange(i.ageRange, p.age) && isSoftAgeRange(i.ageRange)) {
    // A soft bound keeps the option; the bound is something to check (#13).
    notes.push(say(w, 'caveat.age-soft', { range: ageRangeText(w, i.ageRange), age: p.age }));
  } else if (!fitsAgeRange(i.ageRange, p.age)) {
    why.push(say(w, 'excluded.age', { range: ageRangeText(w, i.ageRange) }));
  } else if (min === null && max === null) {
    notes.push(say(w, 'caveat.age-unknown'));
  } else if (min === null || max === null) {
    notes.push(say(w, 'caveat.age-one-bound', { range: ageRangeText(w, i.ageRange) }));
  }
  for (const pc of i.preconditions ?? []) {
    if (pc.flag) {
      const v = p[pc.flag];
      if (v === false) why.push(say(w, 'excluded.precondition', { text: pc.text }));
      else if (v === undefined) notes.push(say(w, 'caveat.precondition', { text: pc.text }));
    }
    if (pc.criminalityAtLeast) {
      const have = CRIMINALITY_ORDER.indexOf(p.criminality ?? 'none');
      if (have < CRIMINALITY_ORDER.indexOf(pc.criminalityAtLeast))
        why.push(say(w, 'excluded.precondition', { text: pc.text }));
    }
    if (!pc.flag && !pc.criminalityAtLeast)
      notes.push(say(w, 'caveat.precondition', { text: pc.text }));
  }
  // Conditions the profile does not ask (data minimisation, #13): shown, never decided.
  for (const e of i.eligibilityNotes ?? []) notes.push(e);
  return { why, notes };
}

/**
 * checkConstraints(…).notes of each plain option (no preconditions, hard age bounds), by position:
 * once its age fits they depend only on its age range, so they are computed with the version (for
 * an age inside the range). Null for the rest, whose notes depend on the profile.
 */
export function plainNotesOf(
  t: { interventions: readonly Intervention[]; plain: Uint8Array },
  w: Wording,
): (string[] | null)[] {
  return t.interventions.map((i, x) => {
    if (t.plain[x] !== 1) return null;
    const age = i.ageRange.min ?? i.ageRange.max ?? 0;
    return checkConstraints(i, { age } as Profile, w).notes;
  });
}
