// @ts-check
// What the parts of /tackning share: the coverage answer's types, a cell's state (local, only
// central, hard gap) and one option as a list item with its evidence.
import { h } from '../dom.js';
import { t } from '../text.js';

/**
 * @typedef {{ id: string, name: string, evidenceLevel: string, level?: string,
 *   districts?: { id?: string, name: string }[], provider?: string, providerName?: string,
 *   availability?: string }} CovOption
 * @typedef {{ needArea: string, gap: boolean, hardGap: boolean, highEvidence?: boolean,
 *   staleOnly?: boolean, local: CovOption[], central: CovOption[],
 *   otherDistricts: (CovOption & { districts: { name: string }[] })[],
 *   unknownDistricts?: CovOption[], notInStockholm: CovOption[] }} Cell
 * @typedef {{ district: { id: string, name: string }, cells: Cell[], gaps: string[],
 *   hardGaps: string[] }} DistrictCoverage
 * @typedef {{ id: string, text: string, needAreas: string[], central: CovOption[],
 *   named?: (CovOption & { availability: string })[], note?: string, existsCentrally: boolean,
 *   source: { document: string, section: string } }} StatedLack
 * @typedef {{
 *   catalogueVersion: string, districts: DistrictCoverage[],
 *   needAreas: { id: string, label: string }[], evidenceLevels: { id: string, label: string }[],
 *   highEvidenceLevels?: string[], basutbud: string[], statedLacks?: StatedLack[],
 *   planning: { label: string, options: CovOption[] }[]
 * }} Coverage
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
    high: new Set(cov.highEvidenceLevels ?? []),
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
