// What the coverage model reads: a catalogue version's slice, or a hand-made input (tests,
// fixtures), both brought to one shape.
import type { District, Intervention, Provider, RankingConfig } from '../catalogue/types.js';
import type { NeedArea } from '../catalogue/generated/intervention.js';
import { needAreaIds } from '../catalogue/fact-types.js';

/** What the model needs when not given a whole CatalogueVersion (tests, fixtures). */
export interface CoverageInput {
  version: string;
  interventions: Intervention[];
  districts: District[];
  ranking: Pick<RankingConfig, 'highEvidenceLevels'>;
  vocabulary: {
    needAreas: Record<string, { label: string }>;
    evidenceLevels?: Record<string, { label: string }>;
  };
  providers?: Provider[];
  /** Defaults to the need-area enum of schemas/intervention.schema.json. */
  needAreas?: NeedArea[];
  /** Ids whose availability (offeredIn) rests only on stale sources; none when absent. */
  staleAvailability?: ReadonlySet<string>;
}

/** The slice of a catalogue version the coverage model reads. */
export interface VersionSlice {
  version: string;
  interventions: Intervention[];
  interventionById: ReadonlyMap<string, Intervention>;
  catalogue: {
    districts: District[];
    ranking: Pick<RankingConfig, 'highEvidenceLevels'>;
    vocabulary: CoverageInput['vocabulary'];
    providers: Provider[];
  };
  staleFactsById: ReadonlyMap<string, readonly { fact: string }[]>;
}

function isVersion(x: VersionSlice | CoverageInput): x is VersionSlice {
  return 'catalogue' in x && 'interventionById' in x;
}

export function normalise(x: VersionSlice | CoverageInput): Required<CoverageInput> {
  if (isVersion(x)) {
    return {
      version: x.version,
      interventions: x.interventions,
      districts: x.catalogue.districts,
      ranking: x.catalogue.ranking,
      vocabulary: x.catalogue.vocabulary,
      providers: x.catalogue.providers,
      needAreas: needAreaIds(),
      staleAvailability: new Set(
        [...x.staleFactsById]
          .filter(([, f]) => f.some((s) => s.fact === 'offeredIn'))
          .map(([id]) => id),
      ),
    };
  }
  return {
    version: x.version,
    interventions: x.interventions,
    districts: x.districts,
    ranking: x.ranking,
    vocabulary: x.vocabulary,
    providers: x.providers ?? [],
    needAreas: x.needAreas ?? needAreaIds(),
    staleAvailability: x.staleAvailability ?? new Set(),
  };
}
