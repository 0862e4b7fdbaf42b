// A rule in rules/<need-area>.yaml says the interventions it names meet that need. When a record's
// sources state neither that need area (`needAreas`) nor the catalogue reads it (`needAreasReading`),
// the match would rank and read as sourced while nothing backs it: a coded warning, so editors see
// every such pair (#13). A warning, not an error: the rules predate the check and many pairs rest on
// the rule's own description of the source; each needs an editor's decision, not a mass edit.
import { problemAt, type YamlFile } from '../load/yaml-file.js';
import type { Intervention, RuleDef } from '../catalogue/types.js';
import type { Problem } from '../catalogue/problem.js';
import { needAreasOf } from '../catalogue/need-reading.js';

export function ruleNeedAreaWarnings(
  ruleFiles: readonly YamlFile[],
  rules: readonly RuleDef[],
  interventions: readonly Intervention[],
): Problem[] {
  const byId = new Map(interventions.map((i) => [i.id, i]));
  const fileByName = new Map(ruleFiles.map((y) => [y.file, y]));
  const out: Problem[] = [];
  for (const r of rules) {
    const y = fileByName.get(r.file);
    if (!y) continue;
    const index = (y.data as { rules: { id: string }[] }).rules.findIndex((x) => x.id === r.id);
    r.event.interventions.forEach((id, j) => {
      const i = byId.get(id);
      if (!i || needAreasOf(i).includes(r.needArea)) return;
      out.push(
        problemAt(y, ['rules', index, 'event', 'interventions', j], {
          code: 'RULE_NEED_NOT_STATED',
          message: `'${id}' is reached through need area '${r.needArea}', which its sources do not state`,
          value: id,
          allowed: `add '${r.needArea}' to its needAreas with the passage that states it, or to needAreasReading with a note, or name another intervention`,
        }),
      );
    });
  }
  return out;
}
