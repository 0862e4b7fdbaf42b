// Compare two sides' answers over one population: who gains or loses which option in the top N,
// how ranks move, which equity cells change, which cases now fail, and any option shown against
// its own age range or preconditions. Pure: the same answers give the same report.
import type { Coverage } from '../coverage/coverage-model.js';
import type { Answer } from './run-population.js';

export interface Population {
  /** District and age band of each profile (by index), for the splits. */
  district: string[];
  band: string[];
}

export interface GroupCount {
  gained: number;
  lost: number;
}

export interface InterventionImpact {
  id: string;
  name: string;
  /** Profiles that now have it in the top N, and that no longer have it there. */
  gained: number;
  lost: number;
  /** Profiles ranking it on both sides at a different rank; median of (new − old), negative = up. */
  rankChanged: number;
  medianRankChange: number | null;
  byDistrict: Record<string, GroupCount>;
  byAgeBand: Record<string, GroupCount>;
}

export type CellState = 'local' | 'central' | 'gap';

export interface CellChange {
  district: string;
  needArea: string;
  before: CellState;
  after: CellState;
  /** Option ids that appear in / leave the cell's local, central or other-district lists. */
  added: string[];
  removed: string[];
}

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function bump(m: Record<string, GroupCount>, key: string, k: keyof GroupCount): void {
  (m[key] ??= { gained: 0, lost: 0 })[k]++;
}

export function compareAnswers(
  before: readonly Answer[],
  after: readonly Answer[],
  pop: Population,
  topN: number,
  nameOf: (id: string) => string,
): { changed: number[]; interventions: InterventionImpact[] } {
  const changed: number[] = [];
  const byId = new Map<string, InterventionImpact & { moves: number[] }>();
  const entry = (id: string) => {
    let e = byId.get(id);
    if (!e) {
      e = {
        id,
        name: nameOf(id),
        gained: 0,
        lost: 0,
        rankChanged: 0,
        medianRankChange: null,
        byDistrict: {},
        byAgeBand: {},
        moves: [],
      };
      byId.set(id, e);
    }
    return e;
  };
  for (let p = 0; p < before.length; p++) {
    const a = before[p]!;
    const b = after[p]!;
    if (a.digest === b.digest) continue;
    changed.push(p);
    const topA = new Set(a.ranked.slice(0, topN));
    const topB = new Set(b.ranked.slice(0, topN));
    const rankA = new Map(a.ranked.map((id, i) => [id, i]));
    for (const id of topB)
      if (!topA.has(id)) {
        const e = entry(id);
        e.gained++;
        bump(e.byDistrict, pop.district[p]!, 'gained');
        bump(e.byAgeBand, pop.band[p]!, 'gained');
      }
    for (const id of topA)
      if (!topB.has(id)) {
        const e = entry(id);
        e.lost++;
        bump(e.byDistrict, pop.district[p]!, 'lost');
        bump(e.byAgeBand, pop.band[p]!, 'lost');
      }
    b.ranked.forEach((id, i) => {
      const was = rankA.get(id);
      if (was !== undefined && was !== i) entry(id).moves.push(i - was);
    });
  }
  const interventions = [...byId.values()]
    .map(({ moves, ...e }) => ({
      ...e,
      rankChanged: moves.length,
      medianRankChange: median(moves),
    }))
    .filter((e) => e.gained || e.lost || e.rankChanged)
    .sort(
      (x, y) =>
        y.gained + y.lost - (x.gained + x.lost) ||
        y.rankChanged - x.rankChanged ||
        (x.id < y.id ? -1 : 1),
    );
  return { changed, interventions };
}

function cellState(c: { local: unknown[]; central: unknown[] }): CellState {
  return c.local.length ? 'local' : c.central.length ? 'central' : 'gap';
}

function cellIds(c: Coverage['districts'][number]['cells'][number]): Set<string> {
  return new Set([...c.local, ...c.central, ...c.otherDistricts].map((o) => `${o.id}`));
}

/** Equity-matrix cells (district × need area) whose state or options differ. */
export function compareCoverage(before: Coverage, after: Coverage): CellChange[] {
  const out: CellChange[] = [];
  const old = new Map(
    before.districts.flatMap((d) =>
      d.cells.map((c) => [`${d.district.id}/${c.needArea}`, c] as const),
    ),
  );
  for (const d of after.districts)
    for (const c of d.cells) {
      const o = old.get(`${d.district.id}/${c.needArea}`);
      const was = o ? cellIds(o) : new Set<string>();
      const now = cellIds(c);
      const locals = (x?: typeof c) => (x ? x.local.map((y) => y.id).join() : '');
      const change: CellChange = {
        district: d.district.id,
        needArea: c.needArea,
        before: o ? cellState(o) : 'gap',
        after: cellState(c),
        added: [...now].filter((id) => !was.has(id)),
        removed: [...was].filter((id) => !now.has(id)),
      };
      if (
        change.before !== change.after ||
        change.added.length ||
        change.removed.length ||
        locals(o) !== locals(c)
      )
        out.push(change);
    }
  return out;
}
