// Rules are data: check every condition references a known fact with an operator and values that
// fit the fact, and every event names existing interventions — with file:line:col.
import path from 'node:path';
import { problemAt, type YamlFile } from '../load/yaml-file.js';
import type { Condition, RuleDef } from '../catalogue/types.js';
import type { NeedArea } from '../catalogue/generated/intervention.js';
import { allFactTypes, type FactType } from '../catalogue/fact-types.js';
import type { Problem } from '../catalogue/problem.js';

interface Ctx {
  interventionIds: Set<string>;
  /** Ids of intervention files that exist even if invalid, so a broken record is not also a dangling reference. */
  allInterventionFiles: Set<string>;
  ageBandIds: string[];
  problems: Problem[];
  checkSchema: (y: YamlFile) => boolean;
}

const OPERATORS_BY_KIND: Record<FactType['kind'], string[]> = {
  integer: [
    'equal',
    'notEqual',
    'lessThan',
    'lessThanInclusive',
    'greaterThan',
    'greaterThanInclusive',
    'in',
    'notIn',
  ],
  boolean: ['equal', 'notEqual'],
  enum: ['equal', 'notEqual', 'in', 'notIn'],
  'enum-array': ['contains', 'doesNotContain'],
};

export function validateRules(files: YamlFile[], ctx: Ctx): RuleDef[] {
  const facts = allFactTypes(ctx.ageBandIds);
  const out: RuleDef[] = [];
  const ruleIds = new Map<string, string>();
  for (const y of files) {
    if (!ctx.checkSchema(y)) continue;
    const data = y.data as {
      needArea: NeedArea;
      rules: { id: string; description: string; conditions: Condition; event: RuleDef['event'] }[];
    };
    const at = (p: (string | number)[], x: Omit<Problem, 'file' | 'line' | 'col'>, key = false) =>
      ctx.problems.push(problemAt(y, p, x, key));
    const expected = path.basename(y.file).replace(/\.ya?ml$/, '');
    if (data.needArea !== expected) {
      at(['needArea'], {
        code: 'RULE_FILE_NAME',
        message: 'needArea must equal the file name',
        value: data.needArea,
        allowed: expected,
      });
    }
    data.rules.forEach((rule, i) => {
      const prev = ruleIds.get(rule.id);
      if (prev) {
        at(['rules', i, 'id'], {
          code: 'DUPLICATE_RULE_ID',
          message: `rule id already used in ${prev}`,
          value: rule.id,
          allowed: 'unique rule ids',
        });
      }
      ruleIds.set(rule.id, y.file);
      checkCondition(rule.conditions, ['rules', i, 'conditions'], true);
      rule.event.interventions.forEach((id, j) => {
        if (!ctx.allInterventionFiles.has(id)) {
          at(['rules', i, 'event', 'interventions', j], {
            code: 'UNKNOWN_INTERVENTION',
            message: 'rule supports an intervention that is not in the catalogue',
            value: id,
            allowed: 'an id of catalog/interventions/<id>.yaml',
          });
        }
      });
      out.push({ ...rule, needArea: data.needArea, file: y.file });
    });

    function checkCondition(c: Condition, p: (string | number)[], top: boolean): void {
      if (c === null || typeof c !== 'object') {
        at(p, {
          code: 'BAD_CONDITION',
          message: 'condition must be a mapping',
          value: c,
          allowed: 'all | any | not | {fact, operator, value}',
        });
        return;
      }
      const keys = Object.keys(c);
      if ('all' in c || 'any' in c) {
        const k = 'all' in c ? 'all' : 'any';
        const list = (c as Record<string, unknown>)[k];
        if (keys.length !== 1 || !Array.isArray(list) || list.length === 0) {
          at(p, {
            code: 'BAD_CONDITION',
            message: `'${k}' must be the only key and hold a non-empty list`,
            allowed: `${k}: [conditions…]`,
          });
          return;
        }
        list.forEach((child, i) => checkCondition(child as Condition, [...p, k, i], false));
        return;
      }
      if (top) {
        at(p, {
          code: 'BAD_CONDITION',
          message: 'top-level conditions must be all or any',
          allowed: 'all | any',
        });
        return;
      }
      if ('not' in c) {
        if (keys.length !== 1)
          at(p, {
            code: 'BAD_CONDITION',
            message: "'not' must be the only key",
            allowed: 'not: condition',
          });
        else checkCondition(c.not, [...p, 'not'], false);
        return;
      }
      const leaf = c as { fact?: unknown; operator?: unknown; value?: unknown };
      const extra = keys.filter((k) => !['fact', 'operator', 'value'].includes(k));
      for (const k of extra)
        at(
          [...p, k],
          {
            code: 'UNKNOWN_PROPERTY',
            message: `unknown property '${k}'`,
            allowed: 'fact, operator, value',
          },
          true,
        );
      if (typeof leaf.fact !== 'string' || !facts[leaf.fact]) {
        at(leaf.fact === undefined ? p : [...p, 'fact'], {
          code: 'UNKNOWN_FACT',
          message: 'condition references an unknown fact',
          value: leaf.fact,
          allowed: Object.keys(facts).join(', '),
        });
        return;
      }
      const t = facts[leaf.fact]!;
      const ops = OPERATORS_BY_KIND[t.kind];
      if (typeof leaf.operator !== 'string' || !ops.includes(leaf.operator)) {
        at(leaf.operator === undefined ? p : [...p, 'operator'], {
          code: 'BAD_OPERATOR',
          message: `operator does not fit fact '${leaf.fact}' (${t.kind})`,
          value: leaf.operator,
          allowed: ops.join(', '),
        });
        return;
      }
      checkValue(t, leaf.operator, leaf.value, [...p, 'value']);
    }

    function checkValue(t: FactType, op: string, value: unknown, p: (string | number)[]): void {
      const list = op === 'in' || op === 'notIn';
      if (list && !Array.isArray(value)) {
        at(p, { code: 'BAD_VALUE', message: `'${op}' needs a list`, value, allowed: '[values…]' });
        return;
      }
      const values = list ? (value as unknown[]) : [value];
      values.forEach((v, i) => {
        const vp = list ? [...p, i] : p;
        const bad = (allowed: string) =>
          at(vp, {
            code: 'BAD_VALUE',
            message: 'value the fact can never take',
            value: v,
            allowed,
          });
        if (t.kind === 'boolean' && typeof v !== 'boolean') bad('true, false');
        if (
          t.kind === 'integer' &&
          (typeof v !== 'number' || !Number.isInteger(v) || v < t.min || v > t.max)
        )
          bad(`integer ${t.min}–${t.max}`);
        if ((t.kind === 'enum' || t.kind === 'enum-array') && !t.values.includes(v as string))
          bad(t.values.join(', '));
      });
    }
  }
  return out;
}
