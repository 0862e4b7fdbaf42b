// One request's working state, in flat arrays kept per catalogue version instead of a Map and an
// object per fitting option per request. A generation stamp marks which entries belong to the
// current request, so nothing is cleared between requests. Sharing is safe because a request uses
// it in one synchronous stretch (no await between begin() and its last read).
export class RequestScratch {
  /** Summed rule weights, then the score, of each option touched in this request. */
  readonly weight: Float64Array;
  readonly score: Float64Array;
  /** Options that pass the hard constraints: kept[0 … keptCount). */
  readonly kept: Int32Array;
  keptCount = 0;
  /** Options some rule named that a hard constraint rules out: excluded[0 … excludedCount). */
  readonly excluded: Int32Array;
  excludedCount = 0;
  private readonly touchedIn: Uint32Array;
  private readonly keptIn: Uint32Array;
  private readonly firedIn: Uint32Array;
  private gen = 0;

  constructor(options: number, rules: number) {
    this.weight = new Float64Array(options);
    this.score = new Float64Array(options);
    this.kept = new Int32Array(options);
    this.excluded = new Int32Array(options);
    this.touchedIn = new Uint32Array(options);
    this.keptIn = new Uint32Array(options);
    this.firedIn = new Uint32Array(rules);
  }

  /** Start a request: every option and rule reads as untouched. */
  begin(): void {
    if (this.gen === 0xffffffff) {
      for (const a of [this.touchedIn, this.keptIn, this.firedIn]) a.fill(0);
      this.gen = 0;
    }
    this.gen++;
    this.keptCount = 0;
    this.excludedCount = 0;
  }

  /** True the first time option x is named in this request (its weight then starts at 0). */
  touch(x: number): boolean {
    if (this.touchedIn[x] === this.gen) return false;
    this.touchedIn[x] = this.gen;
    this.weight[x] = 0;
    return true;
  }
  keep(x: number): void {
    this.keptIn[x] = this.gen;
    this.kept[this.keptCount++] = x;
  }
  exclude(x: number): void {
    this.excluded[this.excludedCount++] = x;
  }
  isKept(x: number): boolean {
    return this.keptIn[x] === this.gen;
  }

  /** Rules (by their order number) that fired in this request. */
  fire(rule: number): void {
    this.firedIn[rule] = this.gen;
  }
  hasFired(rule: number): boolean {
    return this.firedIn[rule] === this.gen;
  }
}
