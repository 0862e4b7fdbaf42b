// @ts-check
// "Kopiera till anteckning": plain Swedish text for a case note. Only what the page shows: per
// option its name, provider and how it is had, "Skäl:", "Så kopplar du in:", and a closing line
// with the date and the catalogue version. No profile fields.

import { t } from '../text.js';

/** @typedef {import('./types.js').Recommendation} Recommendation */

/**
 * @param {Recommendation[]} chosen
 * @param {string} catalogueVersion
 * @param {Date} [now]
 */
export function caseNoteText(chosen, catalogueVersion, now = new Date()) {
  const blocks = chosen.map((r) =>
    [
      `${r.name} (${r.provider.name})`,
      r.accessNote,
      `${t('label.reasons')}: ${r.reasons.join('; ')}`,
      `${t('fact.referral')}: ${r.referral}`,
    ].join('\n'),
  );
  const date = now.toLocaleDateString('sv-SE');
  blocks.push(t('note.source', { version: catalogueVersion, date }));
  return blocks.join('\n\n');
}
