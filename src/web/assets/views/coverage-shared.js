// @ts-check
// What the parts of /tackning share: the coverage answer's types, a cell's state (local, only
// central, hard gap) and one option as a list item with its evidence.
import { h } from '../dom.js';
import { t } from '../text.js';

/**
 * The coverage answer's shapes are generated from schemas/api/coverage.schema.json, the contract
 * GET /api/v1/coverage is tested against (npm run gen:types), so the page reads the same types.
 * @typedef {import('../../../catalogue/generated/api/coverage.js').CoverageResponse} Coverage
 * @typedef {import('../../../catalogue/generated/api/coverage.js').CoverageCell} Cell
 * @typedef {import('../../../catalogue/generated/api/coverage.js').DistrictCoverage} DistrictCoverage
 * @typedef {import('../../../catalogue/generated/api/coverage.js').StatedLackCoverage} StatedLack
 * @typedef {import('../../../catalogue/generated/api/coverage.js').OptionRef
 *   | import('../../../catalogue/generated/api/coverage.js').OtherDistrictOption
 *   | import('../../../catalogue/generated/api/coverage.js').NamedOption} CovOption
 * @typedef {{ cov: Coverage, L: import('../results/types.js').Labels, high: Set<string>,
 *   needLabel: (id: string) => string, evidenceLabel: (id: string) => string }} CovCtx
 * @typedef {{ cls: string, symbol: string, key: string }} CellState
 */

/** @type {Record<'local' | 'central' | 'hard', CellState>} */
export const STATE = {
  local: { cls: 'st-local', symbol: '●', key: 'coverage.state.local' },
  central: { cls: 'st-central', symbol: '◆', key: 'coverage.state.central' },
  hard: { cls: 'st-hard', symbol: '✕', key: 'coverage.state.hard' },
};

/** @param {Cell} cell */
export function stateOf(cell) {
  if (!cell.gap) return STATE.local;
  return cell.hardGap ? STATE.hard : STATE.central;
}

/**
 * The short word for a provider level ("central", "ramavtal" …).
 * @param {string | undefined} level
 */
export const levelShort = (level) => t(`coverage.level.${level}`);

/**
 * Build the shared context from the coverage answer and labels.
 * @param {Coverage} cov
 * @param {import('../results/types.js').Labels} L
 * @returns {CovCtx}
 */
export function coverageContext(cov, L) {
  return {
    cov,
    L,
    high: new Set(cov.highEvidenceLevels),
    needLabel: (id) => cov.needAreas.find((n) => n.id === id)?.label ?? id,
    evidenceLabel: (id) => cov.evidenceLevels.find((e) => e.id === id)?.label ?? id,
  };
}

/**
 * One option as a list item: link, extra (level or districts), ★ for high evidence, evidence.
 * @param {CovCtx} C
 * @param {CovOption} o
 * @param {string} [extra]
 */
export function optionLink(C, o, extra) {
  return h(
    'li',
    { 'data-id': o.id },
    h('a', { href: `/insats/${encodeURIComponent(o.id)}`, text: o.name }),
    extra ? ` (${extra})` : '',
    C.high.has(o.evidenceLevel)
      ? [
          h('span', { 'aria-hidden': 'true', text: ' ★' }),
          h('span', { class: 'visually-hidden', text: ` (${t('coverage.high-evidence')})` }),
        ]
      : null,
    h('span', { class: 'meta', text: ` – ${C.evidenceLabel(o.evidenceLevel)}` }),
  );
}
