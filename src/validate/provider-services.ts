// A provider's `services` (catalog/providers.yaml): the activities its source names, in the
// source's order, which the search uses to list a provider's services when its name is searched.
// Each id must be a record of the provider or of a provider below it, and the quote must be in
// the cited section like every other citation.
import { problemAt, type YamlFile } from '../load/yaml-file.js';
import type { Intervention, Provider } from '../domain/types.js';
import { providerFamily } from '../domain/provider-family.js';
import { checkSourceEntry, type CitationCheck } from './validate-sources.js';

export function checkProviderServices(
  y: YamlFile,
  providers: readonly Provider[],
  interventions: readonly Intervention[],
  ctx: CitationCheck,
): void {
  const byId = new Map(interventions.map((i) => [i.id, i]));
  providers.forEach((p, pi) => {
    if (!p.services) return;
    const family = providerFamily(providers, p.id);
    const at = ['providers', pi, 'services'];
    p.services.ids.forEach((id, i) => {
      const r = byId.get(id);
      if (r && family.has(r.provider)) return;
      ctx.problems.push(
        problemAt(y, [...at, 'ids', i], {
          code: r ? 'PROVIDER_MISMATCH' : 'UNKNOWN_INTERVENTION',
          message: r
            ? `the record's provider is '${r.provider}'`
            : 'no record with this id in catalog/interventions/',
          value: id,
          allowed: `ids of records whose provider is ${[...family].join(', ')}`,
        }),
      );
    });
    checkSourceEntry(y, p.services.source, [...at, 'source'], true, ctx);
  });
}
