// Realistic, anonymised profiles used by every benchmark (a mix of common assessment situations).
import type { Profile } from '../src/recommend/profile.js';

export const BENCH_PROFILES: Profile[] = [
  {
    age: 16,
    district: 'skarholmen',
    criminality: 'convicted',
    substanceUse: 'risky',
    schoolAbsence: 'frequent',
  },
  { age: 7, district: 'kungsholmen', violence: ['witnessed'], familyConflict: true },
  {
    age: 10,
    district: 'farsta',
    violence: ['physical-abuse'],
    parentalSubstanceAbuse: true,
    childDisclosedAbuse: true,
  },
  {
    age: 14,
    district: 'rinkeby-kista',
    schoolAbsence: 'long-term',
    neuropsychiatric: true,
    parentingSupport: true,
  },
  { age: 17, district: 'spanga-tensta', violence: ['honour-related'], mentalHealthConcerns: true },
  {
    age: 4,
    district: 'sodermalm',
    parentingSupport: true,
    behaviourProblems: true,
    separatedParents: true,
  },
  { age: 13, placedOutOfHome: true, schoolAbsence: 'occasional' },
  {
    age: 15,
    district: 'hasselby-vallingby',
    placementRisk: true,
    aggression: true,
    criminality: 'at-risk',
    familyConflict: true,
  },
];

/** Deterministic pseudo-random valid profiles (mulberry32), for cache-unfriendly load. */
export function randomProfiles(districts: string[], n: number, seed = 2026): Profile[] {
  let a = seed;
  const rnd = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const flags = [
    'aggression',
    'behaviourProblems',
    'familyConflict',
    'parentingSupport',
    'separatedParents',
    'parentalSubstanceAbuse',
    'parentalMentalIllness',
    'placementRisk',
    'placedOutOfHome',
    'neuropsychiatric',
    'crimeVictim',
    'adopted',
  ];
  const violence = ['witnessed', 'physical-abuse', 'sexual-abuse', 'honour-related', 'neglect'];
  return Array.from({ length: n }, () => {
    const p: Profile = { age: Math.floor(rnd() * 26), district: pick(districts) };
    if (rnd() < 0.3) p.violence = violence.filter(() => rnd() < 0.3);
    if (rnd() < 0.3) p.substanceUse = pick(['experimenting', 'risky', 'dependent']);
    if (rnd() < 0.3) p.schoolAbsence = pick(['occasional', 'frequent', 'long-term']);
    if (rnd() < 0.3) p.criminality = pick(['at-risk', 'suspected', 'convicted']);
    for (const f of flags) if (rnd() < 0.12) p[f] = true;
    return p;
  });
}
