// Coverage as a Markdown report (Swedish): overview matrix, basutbud, gaps per district with the
// central alternatives, what districts said they lack (seed 003) and the planning view.
import type { Coverage, NamedOption, OptionRef } from './coverage-model.js';
import type { NeedArea } from '../catalogue/generated/intervention.js';
import { areaText, levelShort, listText, say, yesNo, type Wording } from '../catalogue/wording.js';
import { centralText, otherDistrictText } from './coverage-csv.js';

/** Escape text for Markdown (inline and table cells): no markup, no table breaks, one line. */
export function md(s: string): string {
  return s
    .replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ')
    .trim();
}

const join = (xs: string[], empty = '–') => (xs.length ? listText(xs.map(md)) : empty);

function namedText(w: Wording, o: NamedOption): string {
  switch (o.availability) {
    case 'central':
      return `${md(o.name)} – ${levelShort(w, o.level)}, för alla stadsdelar`;
    case 'district':
      return `${md(o.name)} – finns i ${join(o.districts.map((d) => d.name))}`;
    case 'unknown-district':
      return `${md(o.name)} – i stadsdelsförvaltning, källorna anger inte var`;
    case 'not-in-stockholm':
      return `${md(o.name)} – ${say(w, 'cell.not-in-stockholm')}`;
  }
}

export function coverageMarkdown(cov: Coverage, w: Wording): string {
  const label = new Map(cov.needAreas.map((n) => [n.id, n.label]));
  const evidence = new Map(cov.evidenceLevels.map((e) => [e.id, e.label]));
  const nl = (n: NeedArea) => label.get(n) ?? n;
  const highNames = cov.highEvidenceLevels.map((e) => evidence.get(e) ?? e);
  const mark = (o: OptionRef) => (cov.highEvidenceLevels.includes(o.evidenceLevel) ? ' ★' : '');
  const L: string[] = [];

  L.push('# Täckning av öppenvård för barn, unga och familj i Stockholm', '');
  L.push(
    `Katalogversion: \`${cov.catalogueVersion}\`. Rapporten är beräknad från katalogen, ` +
      'inte handskriven. Bara insatser som erbjuds i Stockholm räknas som lokala eller centrala.',
    '',
  );
  L.push(
    '- **Lucka**: inget lokalt alternativ i stadsdelsförvaltningen.',
    '- **Hård lucka**: varken lokalt eller centralt/regionalt alternativ eller ramavtal.',
    `- **★ / hög evidens**: ${join(highNames)} (rules/ranking.yaml).`,
    '- Insatser i stadsdelsförvaltning där källorna inte anger vilka stadsdelar räknas inte som lokala.',
    '',
  );

  // Overview matrix: need areas × districts.
  L.push('## Översikt', '');
  L.push('L = finns lokalt, C = bara centralt/regionalt/ramavtal (lucka), – = hård lucka.', '');
  L.push(`| Behovsområde | ${cov.districts.map((d) => md(d.district.name)).join(' | ')} |`);
  L.push(`|---|${cov.districts.map(() => ':-:').join('|')}|`);
  cov.needAreas.forEach((n, i) => {
    const cells = cov.districts.map((d) => {
      const c = d.cells[i]!;
      return c.hardGap ? '–' : c.gap ? 'C' : 'L';
    });
    L.push(`| ${md(n.label)} | ${cells.join(' | ')} |`);
  });
  L.push('');

  L.push('## Basutbud', '');
  L.push(
    cov.basutbud.length
      ? `Behovsområden som samtliga ${cov.districts.length} stadsdelsförvaltningar täcker lokalt: ${join(cov.basutbud.map(nl))}.`
      : 'Inget behovsområde täcks lokalt av samtliga stadsdelsförvaltningar.',
    '',
  );

  L.push('## Luckor per stadsdelsförvaltning', '');
  for (const d of cov.districts) {
    L.push(`### ${md(d.district.name)} (${areaText(w, d.district.area).toLowerCase()})`, '');
    const gaps = d.cells.filter((c) => c.gap);
    if (!gaps.length) {
      L.push('Inga luckor: varje behovsområde har minst ett lokalt alternativ.', '');
      continue;
    }
    L.push(`${gaps.length} luckor, varav ${d.hardGaps.length} hårda.`, '');
    L.push('| Behovsområde | Hård lucka | Centrala alternativ | I andra stadsdelar (kan köpas) |');
    L.push('|---|:-:|---|---|');
    for (const c of gaps) {
      L.push(
        `| ${md(nl(c.needArea))} | ${yesNo(w, c.hardGap)} | ` +
          `${c.central.length ? listText(c.central.map((o) => md(centralText(w, o)) + mark(o))) : '–'} | ` +
          `${join([...c.otherDistricts.map((o) => otherDistrictText(o) + mark(o)), ...c.unknownDistricts.map((o) => `${o.name} (${say(w, 'coverage.district-unknown')})`)])} |`,
      );
    }
    L.push('');
  }

  L.push('## Vad stadsdelsförvaltningarna säger saknas', '');
  if (!cov.statedLacks.length) L.push('Inga uppgifter (catalog/stated-lacks.yaml saknas).', '');
  else {
    const central = cov.statedLacks.filter((l) => l.existsCentrally).length;
    L.push(
      `Källa: ${md(cov.statedLacks[0]!.source.document)}, "${md(cov.statedLacks[0]!.source.section)}". ` +
        `För ${central} av ${cov.statedLacks.length} saknade insatser finns redan ett centralt/regionalt alternativ eller ramavtal.`,
      '',
    );
    for (const l of cov.statedLacks) {
      L.push(`> ${md(l.text)}`, '');
      if (l.needAreas.length) L.push(`- Behovsområden: ${join(l.needAreas.map(nl))}`);
      if (l.named.length)
        L.push(
          `- Namngivna insatser: ${listText(
            l.named.map((o) => namedText(w, o)),
            '; ',
          )}`,
        );
      L.push(
        `- Finns centralt: ${l.central.length ? listText(l.central.map((o) => md(centralText(w, o)) + mark(o))) : 'inget centralt alternativ i katalogen'}`,
      );
      if (l.note) L.push(`- Not: ${md(l.note)}`);
      L.push('');
    }
  }

  L.push(`## Planeringsunderlag: ${say(w, 'cell.not-in-stockholm')}`, '');
  if (!cov.planning.length) L.push('Katalogen har inga metoder som inte erbjuds i Stockholm.', '');
  else {
    L.push('| Behovsområde | Metod | Evidens |');
    L.push('|---|---|---|');
    for (const p of cov.planning) {
      for (const o of p.options) {
        L.push(
          `| ${md(p.label)} | ${md(o.name)} | ${md(evidence.get(o.evidenceLevel) ?? o.evidenceLevel)} |`,
        );
      }
    }
    L.push('');
  }
  return L.join('\n');
}
