// A recommendation answer as plain Swedish text, grouped the way the page groups it: for
// `npm run recommend` and anyone who needs the answer in a terminal or a plain-text note.
import type { District, Intervention, RankingConfig, Vocabulary } from '../catalogue/types.js';
import type { RecommendationResult } from '../recommend/recommend.js';
import type { RecommendationView } from './explain.js';
import { ageRangeText, say } from '../catalogue/wording.js';

/** The slice of a catalogue version the text reads. */
export interface AnswerTextInput {
  catalogue: { vocabulary: Vocabulary; ranking: Pick<RankingConfig, 'resultGroups'> };
  hash: string;
  interventionById: ReadonlyMap<string, Intervention>;
  districtById: ReadonlyMap<string, District>;
}

export function answerText(v: AnswerTextInput, r: RecommendationResult, date: string): string {
  const w = v.catalogue.vocabulary.wording;
  const voc = v.catalogue.vocabulary;
  const out: string[] = [];
  out.push(`${say(w, 'label.catalogue-version')} ${v.hash} · ${date}`, '');
  if (r.needsOverview.length) {
    out.push(`${say(w, 'label.needs')}:`);
    for (const n of r.needsOverview) {
      const parts = [
        n.local.length && say(w, 'overview.local', { ids: n.local.join(', ') }),
        n.cityWide.length && say(w, 'overview.city-wide', { ids: n.cityWide.join(', ') }),
        n.elsewhere.length && say(w, 'overview.elsewhere', { ids: n.elsewhere.join(', ') }),
      ].filter(Boolean);
      const gap =
        n.gap === 'hard'
          ? ` (${say(w, 'overview.hard', { district: r.profile.district ?? '' })})`
          : '';
      out.push(`  ${n.label}: ${parts.join('; ') || say(w, 'overview.nothing')}${gap}`);
    }
    out.push('');
  }
  if (!r.recommendations.length) out.push(say(w, 'label.no-options'), '');
  const line = (o: RecommendationView) => {
    const evidence = voc.evidenceLevels[o.evidence.level]?.label ?? o.evidence.level;
    const rows = [
      `  ${o.rank}. ${o.name} — ${o.provider.name}`,
      `     ${o.accessNote} · ${ageRangeText(w, o.ageRange)} · ${evidence}`,
      `     ${say(w, 'label.reasons')}: ${o.reasons.join('; ')}`,
    ];
    if (o.caveats.length) rows.push(`     ${say(w, 'label.caveats')}: ${o.caveats.join('; ')}`);
    return rows;
  };
  // The groups are data (rules/ranking.yaml resultGroups), shared with the page.
  for (const g of v.catalogue.ranking.resultGroups) {
    const shown: readonly string[] = g.availabilities;
    const in_ = r.recommendations.filter((o) => shown.includes(o.availability));
    if (!in_.length) continue;
    // npm run validate checks that every group heading has a sentence.
    out.push(`${w[g.heading] ?? g.heading} (${in_.length})`, ...in_.flatMap(line), '');
  }
  if (r.excluded?.length) {
    out.push(`${say(w, 'label.why-not')}`);
    for (const x of r.excluded) out.push(`  ${x.name}: ${x.why.join('; ')}`);
    out.push('');
  }
  return out.join('\n');
}
