// Coverage as CSV for spreadsheets: RFC 4180 (CRLF, double-quote escaping), UTF-8 with a BOM so
// Excel reads å/ä/ö correctly. Written by csv-stringify with escape_formulas: planners open the
// file in Excel, so a catalogue text starting with = + - @ is prefixed with ' and never runs. One row per district × need area. Header labels are Swedish (the
// readers are Swedish planners); the district and need-area ids are kept in their own columns so
// the file can also be joined by machine.
import { stringify, type Options } from 'csv-stringify/sync';
import type {
  Coverage,
  DistrictCoverage,
  OptionRef,
  OtherDistrictOption,
} from './coverage-model.js';
import { areaText, levelShort, listText, say, yesNo, type Wording } from '../catalogue/wording.js';

export const CSV_BOM = '\uFEFF';

export const CSV_HEADER = [
  'Stadsdelsförvaltning',
  'Stadsdel-id',
  'Område',
  'Behovsområde',
  'Behovsområde-id',
  'Lokala insatser',
  'Centrala/regionala insatser och ramavtal',
  'Insatser i andra stadsdelar',
  'Stadsdel okänd',
  'Finns inte i Stockholm',
  'Hög evidens',
  'Lucka',
  'Hård lucka',
  'Katalogversion',
] as const;

const CSV_OPTIONS: Options = {
  record_delimiter: 'windows',
  // Quote a lone CR or LF too, not only the CRLF record delimiter.
  quote_record_delimiter: true,
  escape_formulas: true,
};

/** RFC 4180 lines: a field is quoted when it holds a comma, quote, CR or LF (quotes doubled). */
export function csvLines(rows: readonly (readonly string[])[]): string {
  return stringify(rows as string[][], CSV_OPTIONS);
}

/** One field as it appears in a line (tests). */
export function csvField(v: string): string {
  return csvLines([[v]]).slice(0, -2);
}

/** "BSFT (central)", "Origo (regional)", "Heldag (ramavtal)" (also the Markdown report's). */
export const centralText = (w: Wording, o: OptionRef) => `${o.name} (${levelShort(w, o.level)})`;

/** "KIBB (Kungsholmen)". */
export const otherDistrictText = (o: OtherDistrictOption) =>
  `${o.name} (${listText(o.districts.map((d) => d.name))})`;

const list = (xs: string[]) => listText(xs, '; ');

/** The whole file (with BOM). `districts` defaults to every district in the coverage. */
export function coverageCsv(
  cov: Coverage,
  w: Wording,
  districts: readonly DistrictCoverage[] = cov.districts,
): string {
  const notInStockholm = say(w, 'cell.not-in-stockholm');
  const label = new Map(cov.needAreas.map((n) => [n.id, n.label]));
  const rows: string[][] = [[...CSV_HEADER]];
  for (const d of districts) {
    for (const c of d.cells) {
      rows.push([
        d.district.name,
        d.district.id,
        areaText(w, d.district.area),
        label.get(c.needArea) ?? c.needArea,
        c.needArea,
        list(c.local.map((o) => o.name)),
        list(c.central.map((o) => centralText(w, o))),
        list(c.otherDistricts.map(otherDistrictText)),
        list(c.unknownDistricts.map((o) => o.name)),
        list(c.notInStockholm.map((o) => `${o.name} (${notInStockholm})`)),
        yesNo(w, c.highEvidence),
        yesNo(w, c.gap),
        yesNo(w, c.hardGap),
        cov.catalogueVersion,
      ]);
    }
  }
  return CSV_BOM + csvLines(rows);
}
