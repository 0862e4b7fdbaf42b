// @ts-check
// Results never look current when they are not: any form change after results exist dims them and
// shows "Profilen är ändrad – Visa insatser igen" with a submit button for the same form.
import { h, t } from '../common.js';

/**
 * @param {HTMLFormElement} form
 * @param {HTMLElement} results  the results section
 */
export function watchForStale(form, results) {
  const banner = h(
    'div',
    { class: 'stale-banner no-print', id: 'stale-banner', role: 'status', hidden: true },
    h('span', { text: `${t('stale.changed')} ` }),
    h('button', { type: 'submit', form: form.id, class: 'primary', text: t('stale.submit') }),
  );
  results.prepend(banner);
  const mark = () => {
    if (!results.querySelector('li.card')) return;
    results.dataset.stale = 'true';
    banner.hidden = false;
  };
  form.addEventListener('input', mark);
  form.addEventListener('change', mark);
  return {
    /** Call when fresh results have been rendered. */
    clear() {
      delete results.dataset.stale;
      banner.hidden = true;
    },
  };
}
