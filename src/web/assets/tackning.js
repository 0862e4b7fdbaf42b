// @ts-check
// /tackning – the equity view: district × need-area matrix (views/coverage-matrix.js), the options
// in a cell (coverage-cell.js), gaps per district and the city-wide basutbud (coverage-lists.js),
// what the districts say they lack (seed 003) and the planning view (coverage-lacks.js).
import { api, vocabulary } from './api.js';
import { byId } from './dom.js';
import { makeLabels, showVersion } from './labels.js';
import { t, errorText } from './text.js';
import { FAILED } from './fallback-text.js';
import { coverageContext } from './views/coverage-shared.js';
import { renderMatrix } from './views/coverage-matrix.js';
import { openCell } from './views/coverage-cell.js';
import { renderBasutbud, renderDistrictGaps } from './views/coverage-lists.js';
import { renderLacks, renderPlanning } from './views/coverage-lacks.js';

async function init() {
  const status = byId('coverage-status');
  let C;
  try {
    const [cov, vocab] = await Promise.all([api('/api/v1/coverage'), vocabulary()]);
    C = coverageContext(cov, makeLabels(vocab, []));
  } catch (e) {
    // Without the vocabulary there are no page words: the failure message is a fallback.
    status.textContent = `${FAILED.coverage} ${errorText(e)}`;
    byId('main').dataset.state = 'ready';
    return;
  }
  showVersion(C.cov.catalogueVersion);
  renderMatrix(C);
  renderBasutbud(C);
  renderDistrictGaps(C);
  renderLacks(C);
  renderPlanning(C);
  const gaps = C.cov.districts.reduce((n, d) => n + d.gaps.length, 0);
  const hard = C.cov.districts.reduce((n, d) => n + d.hardGaps.length, 0);
  status.textContent = t('coverage.status', {
    districts: C.cov.districts.length,
    needs: C.cov.needAreas.length,
    gaps,
    hard,
  });

  const params = new URLSearchParams(location.search);
  const want = document.querySelector(
    `button.cell[data-district="${CSS.escape(params.get('district') ?? '')}"][data-need="${CSS.escape(params.get('needArea') ?? '')}"]`,
  );
  if (want instanceof HTMLElement) openCell(C, want, false);
  byId('main').dataset.state = 'ready';
}

init();
