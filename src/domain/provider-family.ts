import type { Provider } from './types.js';

/** The provider and every provider below it (through `parent`). */
export function providerFamily(providers: readonly Provider[], id: string): Set<string> {
  const ids = new Set([id]);
  // Parents are few and shallow: repeat until no provider joins (also ends on a cycle).
  for (let grew = true; grew;) {
    grew = false;
    for (const p of providers) {
      if (p.parent && ids.has(p.parent) && !ids.has(p.id)) {
        ids.add(p.id);
        grew = true;
      }
    }
  }
  return ids;
}
