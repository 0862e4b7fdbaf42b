// `lastReviewed` is the editor's review date: a record not reviewed within the configured window
// (rules/ranking.yaml `reviewWindowMonths`) gets a warning, never an error — old is not wrong.
import { problemAt, type YamlFile } from '../load/yaml-file.js';
import type { Intervention, RankingConfig } from '../catalogue/types.js';
import type { Problem } from '../catalogue/problem.js';

/** The earliest review date (YYYY-MM-DD) still inside a window of `months` before `today`. */
export function reviewCutoff(today: Date, months: number): string {
  const limit = new Date(today);
  limit.setUTCMonth(limit.getUTCMonth() - months);
  return limit.toISOString().slice(0, 10);
}

export function reviewOverdue(
  y: YamlFile,
  r: Intervention,
  ranking: Pick<RankingConfig, 'reviewWindowMonths'>,
  today: Date,
  warnings: Problem[],
): void {
  const months = ranking.reviewWindowMonths;
  if (months === undefined) return;
  const cutoff = reviewCutoff(today, months);
  if (r.lastReviewed < cutoff) {
    warnings.push(
      problemAt(y, ['lastReviewed'], {
        code: 'REVIEW_OVERDUE',
        message: `not reviewed within ${months} months (reviewWindowMonths)`,
        value: r.lastReviewed,
        allowed: `a review on or after ${cutoff}`,
      }),
    );
  }
}
