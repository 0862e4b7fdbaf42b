// @ts-check
// "Välj" (up to 4 options, kept in the address as valda=id,id) and the tray with "Jämför",
// "Skriv ut valda" and "Kopiera till anteckning".
import { h, fill, t } from '../common.js';
import { compareTable } from './compare-table.js';
import { caseNoteText } from './case-note.js';

/** @typedef {import('./types.js').Recommendation} Recommendation */

export const MAX_PICKED = 4;

/**
 * The chosen ids named in the address that are among the options, at most MAX_PICKED.
 * @param {URLSearchParams} params
 * @param {Set<string>} known
 */
export function pickedFrom(params, known) {
  const ids = (params.get('valda') ?? '').split(',').filter((id) => known.has(id));
  return [...new Set(ids)].slice(0, MAX_PICKED);
}

/** @param {string[]} picked */
function writeAddress(picked) {
  const params = new URLSearchParams(location.search);
  if (picked.length) params.set('valda', picked.join(','));
  else params.delete('valda');
  history.replaceState(history.state, '', `${location.pathname}?${params}`);
}

/**
 * Wire the Välj boxes inside `root` to a tray; returns the tray element.
 * @param {HTMLElement} root
 * @param {{ recs: Recommendation[], picked: string[], catalogueVersion: string,
 *   L: import('./types.js').Labels, w: import('./types.js').Wording }} ctx
 */
export function pickTray(root, ctx) {
  const byId = new Map(ctx.recs.map((r) => [r.id, r]));
  let picked = [...ctx.picked];
  const status = h('p', { class: 'tray-status', role: 'status', 'aria-live': 'polite' });
  const compareOut = h('div', { id: 'compare-out' });
  const chosen = () => picked.map((id) => byId.get(id)).filter((r) => r !== undefined);
  const compareBtn = h('button', { type: 'button', id: 'tray-compare', text: t('tray.compare') });
  const printBtn = h('button', { type: 'button', id: 'tray-print', text: t('tray.print') });
  const copyBtn = h('button', { type: 'button', id: 'tray-copy', text: t('tray.copy') });
  const tray = h(
    'div',
    { class: 'tray no-print', id: 'tray', role: 'region', 'aria-label': t('tray.label') },
    status,
    h('div', { class: 'tray-actions' }, compareBtn, printBtn, copyBtn),
  );

  const update = () => {
    tray.hidden = picked.length === 0;
    status.textContent = t('tray.status', {
      count: picked.length,
      max: MAX_PICKED,
      names: chosen()
        .map((r) => r.name)
        .join(', '),
    });
    for (const box of root.querySelectorAll('input[data-pick]')) {
      const input = /** @type {HTMLInputElement} */ (box);
      input.checked = picked.includes(input.dataset.pick ?? '');
      input.disabled = !input.checked && picked.length >= MAX_PICKED;
      input.closest('li.card')?.classList.toggle('picked', input.checked);
    }
    compareBtn.toggleAttribute('disabled', picked.length < 2);
  };
  root.addEventListener('change', (e) => {
    const input = /** @type {HTMLInputElement} */ (e.target);
    const id = input.dataset?.pick;
    if (!id) return;
    picked = input.checked ? [...picked, id].slice(0, MAX_PICKED) : picked.filter((x) => x !== id);
    writeAddress(picked);
    update();
  });
  compareBtn.addEventListener('click', () => {
    fill(compareOut, compareTable(chosen(), ctx.L, ctx.w));
    /** @type {HTMLElement | null} */ (compareOut.querySelector('h3'))?.focus();
  });
  printBtn.addEventListener('click', () => {
    document.body.classList.add('print-selected');
    window.print();
  });
  window.addEventListener('afterprint', () => document.body.classList.remove('print-selected'));
  copyBtn.addEventListener('click', async () => {
    const text = caseNoteText(chosen(), ctx.catalogueVersion);
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = t('tray.copied');
    } catch {
      status.textContent = t('tray.copy-failed');
      fill(
        compareOut,
        h('textarea', { readonly: true, rows: '10', 'aria-label': t('tray.copy-text'), text }),
      );
    }
  });
  update();
  return h('div', {}, tray, compareOut);
}
