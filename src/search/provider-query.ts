// A query that names a provider ("Framtid Stockholm", "Enheten för stöd och skydd") asks what
// that provider runs. Its records then come first: those its source names (providers.yaml
// `services`), in the source's order, then its other records, best match first. Matching the
// provider's words alone cannot order them — every record of the provider matches them equally,
// and evidence or a word like "Stockholm" in a name would decide instead.
import type { Intervention, Provider } from '../domain/types.js';
import { providerFamily } from '../domain/provider-family.js';
import { fold, words } from './analyse.js';

/** Record id → its place in the answer to a query naming the provider. */
export type ProviderOrder = ReadonlyMap<string, number>;

interface NamedProvider {
  /** The name's words, folded: the whole name and the name before a qualifier. */
  names: string[];
  order: ProviderOrder;
}

const folded = (text: string): string[] => words(text).map(fold);

export function providerQueries(
  providers: readonly Provider[],
  interventions: readonly Intervention[],
): (query: string) => ProviderOrder | undefined {
  const named: NamedProvider[] = providers.map((p) => {
    const own = providerFamily(providers, p.id);
    const listed = p.services?.ids ?? [];
    const order = new Map(listed.map((id, i) => [id, i]));
    for (const i of interventions)
      if (own.has(i.provider) && !order.has(i.id)) order.set(i.id, listed.length);
    // "Framtid Stockholm (socialförvaltningen)", "Järva ungdomsmottagning – länsövergripande …":
    // the part before the qualifier is what people call the provider.
    const short = p.name.split(/\s[(–]/)[0]!;
    return { names: [folded(p.name).join(' '), folded(short).join(' ')], order };
  });
  return (query) => {
    // The query is the provider's name, with or without its qualifier: a word of it alone
    // ("MST" of "MST-CAN Bærum") is an ordinary search.
    const q = folded(query).join(' ');
    return q ? named.find((p) => p.names.includes(q))?.order : undefined;
  };
}
