// CDS Hooks cards for one answer: up to MAX_CARDS recommendation cards plus one card naming the
// central alternatives that fill a local gap. Domain code: the HTTP route (src/http/routes/
// cds-hooks.ts) checks the request and passes the base URL; this module never sees req/res.
import type { Intervention, Vocabulary } from '../catalogue/types.js';
import { stableUuid } from './hsds.js';

/** The slice of a catalogue version the cards read. */
export interface CdsCardsInput {
  version: string;
  interventionById: ReadonlyMap<string, Intervention>;
  catalogue: { vocabulary: Vocabulary };
}
import { ageText, availabilityText, say, type Wording } from '../catalogue/wording.js';
import type { RecommendationResult } from '../recommend/recommend.js';
import type { RecommendationView } from '../explain/explain.js';
// A card is the type generated from schemas/api/cds.schema.json (the CDS Hooks 2.0 fields sent).
import type { CdsCard } from '../catalogue/generated/api/cds.js';
import { availabilityOf } from '../catalogue/availability.js';

const MAX_CARDS = 5;
const SUMMARY_MAX = 139; // CDS Hooks: summary "SHOULD be <140 characters"
const SOURCE_LABEL = 'Insatsguiden – Stockholms stad';

export function cardsFor(v: CdsCardsInput, result: RecommendationResult, base: string): CdsCard[] {
  const cards = result.recommendations
    .slice(0, MAX_CARDS)
    .map((rec) => recommendationCard(v, rec, base));
  // The card names the gap fillers: city-wide options for needs without a fitting local one.
  const fillers = result.centralAlternatives.filter((c) => c.fillsLocalGap).map((c) => c.id);
  const central = fillers.map((id) => v.interventionById.get(id)).filter((i) => i !== undefined);
  if (central.length) {
    const w = v.catalogue.vocabulary.wording;
    const intro = say(
      w,
      result.profile.district ? 'cds.central.intro-district' : 'cds.central.intro-city',
    );
    cards.push({
      uuid: stableUuid(`cds-card:${v.version}:central-alternatives:${fillers.join(',')}`),
      summary: truncate(
        say(w, 'cds.central.summary', { names: central.map((i) => i.name).join(', ') }),
      ),
      indicator: 'info',
      detail: [
        intro,
        '',
        ...central.map(
          (i) => `- ${md(i.name)} (${availabilityText(w, availabilityOf(i, undefined))})`,
        ),
      ].join('\n'),
      source: { label: SOURCE_LABEL, url: `${base}/katalog` },
      links: central.map((i) => ({
        label: say(w, 'cds.show-one', { name: i.name }),
        url: interventionUrl(base, i.id),
        type: 'absolute' as const,
      })),
    });
  }
  return cards;
}

function recommendationCard(v: CdsCardsInput, rec: RecommendationView, base: string): CdsCard {
  const vocab = v.catalogue.vocabulary;
  const w = vocab.wording;
  const url = interventionUrl(base, rec.id);
  const evidence = vocab.evidenceLevels[rec.evidence.level]?.label ?? rec.evidence.level;
  const detail = [
    `**${say(w, 'cds.reasons')}**`,
    '',
    ...rec.reasons.map((reason) => `- ${md(reason)}`),
    '',
    `**${say(w, 'cds.evidence')}:** ${md(evidence)}`,
    '',
    `**${say(w, 'cds.age')}:** ${md(ageText(w, rec.ageRange))}`,
    '',
    `**${say(w, 'cds.availability')}:** ${md(whereText(w, rec))}`,
    ...(rec.caveats.length
      ? ['', `**${say(w, 'label.caveats')}:** ${md(rec.caveats.join(' · '))}`]
      : []),
  ].join('\n');
  return {
    uuid: stableUuid(`cds-card:${v.version}:${rec.id}`),
    summary: truncate(`${rec.name} – ${availabilityText(w, rec.availability)}`),
    indicator: 'info',
    detail,
    source: { label: SOURCE_LABEL, url },
    links: [{ label: say(w, 'cds.show'), url, type: 'absolute' }],
  };
}

function whereText(w: Wording, rec: RecommendationView): string {
  const label = availabilityText(w, rec.availability);
  const where = `${label.charAt(0).toUpperCase()}${label.slice(1)} (${rec.provider.name}). ${rec.accessNote}`;
  return rec.availabilityNote ? `${where}. ${rec.availabilityNote}` : where;
}

const interventionUrl = (base: string, id: string) => `${base}/insats/${encodeURIComponent(id)}`;

/** At most SUMMARY_MAX code points, cut between code points so no character is split. */
export function truncate(s: string): string {
  const chars = [...s];
  return chars.length <= SUMMARY_MAX
    ? s
    : `${chars
        .slice(0, SUMMARY_MAX - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * Catalogue text as inert Markdown on one line: inline markup characters are escaped everywhere,
 * and block markers (#, >, -, +, "1.") at the start, where they would open a heading or nested list.
 */
export function md(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([#>+=-])/, '\\$1');
}
