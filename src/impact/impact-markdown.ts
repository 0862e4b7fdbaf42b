// The impact report for people: Markdown ready to paste into a merge request.
import type { CatalogueVersion } from '../version/catalogue-version.js';
import type { GroupCount } from './compare.js';
import type { ImpactReport } from './impact.js';

const pct = (n: number, of: number) => `${((100 * n) / Math.max(of, 1)).toFixed(1)} %`;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** "Skärholmen +12 −3, Farsta +4" — the groups with the most change first, at most `n`. */
function groups(m: Record<string, GroupCount>, label: (k: string) => string, n = 4): string {
  const rows = Object.entries(m).sort(
    ([a, x], [b, y]) => y.gained + y.lost - (x.gained + x.lost) || (a < b ? -1 : 1),
  );
  const text = rows
    .slice(0, n)
    .map(
      ([k, c]) =>
        `${label(k)} ${[c.gained && `+${c.gained}`, c.lost && `−${c.lost}`].filter(Boolean).join(' ')}`,
    );
  return text.join(', ') + (rows.length > n ? ` (+${rows.length - n} more)` : '');
}

export function impactMarkdown(r: ImpactReport, head: CatalogueVersion): string {
  const total = r.population.synthetic + r.population.cases;
  const district = (id: string) => head.districtById.get(id)?.name ?? id;
  const need = (id: string) => head.catalogue.vocabulary.needAreas[id]?.label ?? id;
  const out: string[] = [
    `## Catalogue impact: ${r.base.label} (${r.base.version}) → ${r.head.label} (${r.head.version})`,
    '',
    `Population: ${r.population.synthetic.toLocaleString('en')} synthetic profiles (seed ${r.population.seed}, ` +
      `test/population.yaml) and ${r.population.cases} case profiles (test/cases). An option counts as ` +
      `shown when it is in a profile's top ${r.population.topN}.`,
    '',
    `**${r.changedAnswers.toLocaleString('en')} of ${total.toLocaleString('en')} profiles ` +
      `(${pct(r.changedAnswers, total)}) see a different answer.**`,
    '',
  ];
  const inOut = r.interventions.filter((i) => i.gained || i.lost);
  const movedOnly = r.interventions.length - inOut.length;
  if (inOut.length) {
    out.push(
      `### Options gained or lost in the top ${r.population.topN}`,
      '',
      '| Intervention | Gained | Lost | Rank moves (median, − is up) | Districts | Age bands |',
      '|---|---:|---:|---|---|---|',
      ...inOut.map(
        (i) =>
          `| ${cell(i.name)} (\`${i.id}\`) | ${i.gained} | ${i.lost} | ` +
          `${i.rankChanged ? `${i.rankChanged} (${i.medianRankChange! > 0 ? '+' : ''}${i.medianRankChange})` : '–'} | ` +
          `${cell(groups(i.byDistrict, district)) || '–'} | ${cell(groups(i.byAgeBand, (b) => b)) || '–'} |`,
      ),
      '',
    );
  }
  if (movedOnly)
    out.push(
      `${movedOnly} more option(s) only moved in rank without entering or leaving a top ` +
        `${r.population.topN} (the JSON report lists them).`,
      '',
    );
  out.push('### Equity matrix and needs overview (district × need area)', '');
  if (!r.cells.length) out.push('No cell changes.', '');
  else
    out.push(
      '| District | Need area | Before | After | Options added | Options removed |',
      '|---|---|---|---|---|---|',
      ...r.cells.map(
        (c) =>
          `| ${district(c.district)} | ${cell(need(c.needArea))} | ${c.before} | ${c.after} | ` +
          `${c.added.join(', ') || '–'} | ${c.removed.join(', ') || '–'} |`,
      ),
      '',
    );
  out.push('### Recommendation cases (test/cases)', '');
  const now = r.cases.filter((c) => c.failures.length);
  const fixed = r.cases.filter((c) => !c.failures.length && c.failedBefore);
  if (!now.length && !fixed.length) out.push('Every case holds on both sides.', '');
  for (const c of now)
    out.push(
      `- ${c.failedBefore ? 'still fails' : '**now fails**'}: ${c.file} — ${c.name}: ${c.failures.join('; ')}`,
    );
  for (const c of fixed) out.push(`- now holds: ${c.file} — ${c.name}`);
  if (now.length || fixed.length) out.push('');
  out.push('### Age and precondition violations', '');
  out.push(
    r.violations.length
      ? r.violations
          .map((v) => `- **${v.id}** shown against its own limits to ${v.profiles} profile(s)`)
          .join('\n')
      : 'None: no option is shown to a profile outside its age range or preconditions.',
    '',
    `_Computed in ${(r.elapsedMs / 1000).toFixed(1)} s._`,
  );
  return out.join('\n') + '\n';
}
