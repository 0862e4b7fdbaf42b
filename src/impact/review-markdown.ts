// The periodic review for people: Markdown the editors can keep as a checklist.
import type { ReviewReport } from './review.js';

const list = (ids: string[]) => (ids.length ? ids.map((id) => `\`${id}\``).join(', ') : 'none');

export function reviewMarkdown(r: ReviewReport, rowsPerTable = 15): string {
  const overdue = r.byLastReviewed.filter((x) => x.overdue);
  const out = [
    `## Catalogue review, ${r.today}`,
    '',
    `### Least recently reviewed (${overdue.length} not reviewed within ` +
      `${r.reviewWindowMonths ?? '–'} months)`,
    '',
    '| Intervention | Last reviewed | Overdue |',
    '|---|---|---|',
    ...r.byLastReviewed
      .slice(0, Math.max(rowsPerTable, overdue.length))
      .map((x) => `| ${x.name} (\`${x.id}\`) | ${x.lastReviewed} | ${x.overdue ? 'yes' : ''} |`),
    '',
    `### Facts resting only on sources older than ${r.staleAfterYears} years (${r.staleSources.length} records)`,
    '',
    ...(r.staleSources.length
      ? [
          '| Intervention | Fact | Newest source |',
          '|---|---|---|',
          ...r.staleSources.flatMap((x) =>
            x.facts.map((f) => `| ${x.name} (\`${x.id}\`) | ${f.fact} | ${f.newestYear} |`),
          ),
        ]
      : ['None.']),
    '',
    '### Unknowns to chase',
    '',
    `- Age bounds unknown (${r.unknownAge.length}): ${list(r.unknownAge)}`,
    `- Evidence unknown (${r.unknownEvidence.length}): ${list(r.unknownEvidence)}`,
    `- Form unknown (${r.unknownForm.length}): ${list(r.unknownForm)}`,
    `- Target group unknown (${r.unknownTargetGroup.length}): ${list(r.unknownTargetGroup)}`,
    `- Need areas only read, not stated (${r.needAreasRead.length}): ${list(r.needAreasRead)}`,
    `- No referral text (${r.noReferral.length}): ${list(r.noReferral)}`,
    '',
    '### Need areas with the fewest options',
    '',
    '| Need area | Districts with a local option | City-wide options |',
    '|---|---:|---:|',
    ...r.needAreas
      .slice(0, rowsPerTable)
      .map((n) => `| ${n.label} | ${n.districtsWithLocal} | ${n.cityWide} |`),
    '',
    '### Districts with the fewest local options',
    '',
    '| District | Need areas covered locally | Gaps | Hard gaps |',
    '|---|---:|---:|---:|',
    ...r.districts.map(
      (d) => `| ${d.name} | ${d.needAreasWithLocal} | ${d.gaps} | ${d.hardGaps} |`,
    ),
    '',
    `### Rules and options the population never reaches (${r.profiles.toLocaleString('en')} profiles)`,
    '',
    `- Rules that fire for no profile (${r.deadRules.length}): ` +
      (r.deadRules.length ? r.deadRules.map((x) => `\`${x.id}\` (${x.file})`).join(', ') : 'none'),
    `- Options rules name that no profile is shown in its top list (${r.unseenOptions.length}): ` +
      (r.unseenOptions.length
        ? r.unseenOptions
            .map(
              (o) =>
                `${o.name} (\`${o.id}\`${o.inAnyAnswer ? ', lower in some answers' : ', in no answer'})`,
            )
            .join(', ')
        : 'none'),
    '',
  ];
  return out.join('\n');
}
