// CDS Hooks cards for one answer: up to MAX_CARDS recommendation cards plus one card naming the
// central alternatives that fill a local gap. Domain code: the HTTP route (src/http/routes/
// cds-hooks.ts) checks the request and passes the base URL; this module never sees req/res.
import type { CatalogueVersion } from '../compile/catalogue-version.js';
import { stableUuid, ageText } from './hsds.js';
import type { RecommendationResult } from '../recommend/recommend.js';
import type { RecommendationView } from '../explain/explain.js';
import { availabilityOf, type Availability } from '../recommend/availability.js';

const MAX_CARDS = 5;
const SUMMARY_MAX = 139; // CDS Hooks: summary "SHOULD be <140 characters"
const SOURCE_LABEL = 'Insatsguiden – Stockholms stad';

const AVAILABILITY_LABEL: Record<Availability, string> = {
  local: 'finns i stadsdelen',
  central: 'central insats, hela staden',
  regional: 'regional insats',
  'framework-agreement': 'via ramavtal',
  'other-district': 'finns i annan stadsdel',
  unknown: 'tillgänglighet okänd',
  'not-offered': 'erbjuds inte i Stockholm',
};

export interface CdsCard {
  uuid: string;
  summary: string;
  indicator: 'info';
  detail: string;
  source: { label: string; url: string };
  links: { label: string; url: string; type: 'absolute' }[];
}

export function cardsFor(
  v: CatalogueVersion,
  result: RecommendationResult,
  base: string,
): CdsCard[] {
  const cards = result.recommendations
    .slice(0, MAX_CARDS)
    .map((rec) => recommendationCard(v, rec, base));
  // The card names the gap fillers: city-wide options for needs without a fitting local one.
  const fillers = result.centralAlternatives.filter((c) => c.fillsLocalGap).map((c) => c.id);
  const central = fillers.map((id) => v.interventionById.get(id)).filter((i) => i !== undefined);
  if (central.length) {
    const intro = result.profile.district
      ? 'Centrala eller regionala insatser för behov som saknar en lokal insats i stadsdelen:'
      : 'Stadsövergripande insatser som passar behoven:';
    cards.push({
      uuid: stableUuid(`cds-card:${v.version}:central-alternatives:${fillers.join(',')}`),
      summary: truncate(`Centrala alternativ: ${central.map((i) => i.name).join(', ')}`),
      indicator: 'info',
      detail: [
        intro,
        '',
        ...central.map(
          (i) => `- ${md(i.name)} (${AVAILABILITY_LABEL[availabilityOf(i, undefined)]})`,
        ),
      ].join('\n'),
      source: { label: SOURCE_LABEL, url: `${base}/katalog` },
      links: central.map((i) => ({
        label: `Visa ${i.name}`,
        url: interventionUrl(base, i.id),
        type: 'absolute' as const,
      })),
    });
  }
  return cards;
}

function recommendationCard(v: CatalogueVersion, rec: RecommendationView, base: string): CdsCard {
  const vocab = v.catalogue.vocabulary;
  const url = interventionUrl(base, rec.id);
  const detail = [
    '**Därför föreslås insatsen**',
    '',
    ...rec.reasons.map((reason) => `- ${md(reason)}`),
    '',
    `**Kunskapsläge:** ${md(vocab.evidenceLevels[rec.evidence.level]?.label ?? rec.evidence.level)}`,
    '',
    `**Ålder:** ${md(ageText(vocab.wording, rec.ageRange))}`,
    '',
    `**Tillgänglighet:** ${md(availabilityText(rec))}`,
    ...(rec.caveats.length ? ['', `**Att kontrollera:** ${md(rec.caveats.join(' · '))}`] : []),
  ].join('\n');
  return {
    uuid: stableUuid(`cds-card:${v.version}:${rec.id}`),
    summary: truncate(`${rec.name} – ${AVAILABILITY_LABEL[rec.availability]}`),
    indicator: 'info',
    detail,
    source: { label: SOURCE_LABEL, url },
    links: [{ label: 'Visa i Insatsguiden', url, type: 'absolute' }],
  };
}

function availabilityText(rec: RecommendationView): string {
  const label = AVAILABILITY_LABEL[rec.availability];
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
