// Equity view (likställighet): coverage per district × need area, as JSON or CSV.
//   GET /coverage              all districts (+ need-area summary, basutbud, stated lacks, planning)
//   GET /coverage/:district    one district (+ the same city-wide context)
//   ?format=json|csv           csv: one row per district × need area, for spreadsheets
import { Router, type Response } from 'express';
import { versionOf } from '../context.js';
import { notFound } from '../problem.js';
import { validQuery } from '../validate-request.js';
import { jsonOf, precomputed, sendPrecomputed } from '../precomputed.js';
import { coverageCsv } from '../../coverage/coverage-csv.js';
import { districtCoverage, type Coverage } from '../../coverage/coverage-model.js';

export function coverageRoutes(): Router {
  const r = Router();
  const load = (res: Response): Coverage => versionOf(res).coverage;
  const csv = (body: string, name: string) => ({
    type: 'text/csv; charset=utf-8',
    body,
    headers: { 'Content-Disposition': `attachment; filename="${name}"` },
  });

  // Built once per catalogue version and format, then served as (pre-compressed) bytes.
  r.get('/coverage', async (req, res) => {
    const { format } = validQuery<{ format: 'json' | 'csv' }>(req, res);
    const v = versionOf(res);
    const p = precomputed(v, `coverage:${format}`, () => {
      const cov = load(res);
      return format === 'csv'
        ? csv(coverageCsv(cov, v.catalogue.vocabulary.wording), 'tackning.csv')
        : jsonOf(cov);
    });
    sendPrecomputed(req, res, p);
  });

  r.get('/coverage/:district', async (req, res) => {
    const { format } = validQuery<{ format: 'json' | 'csv' }>(req, res);
    const v = versionOf(res);
    const id = req.params.district;
    if (!v.districtById.has(id)) throw notFound('No district with this id.');
    const cov = load(res);
    const dc = districtCoverage(cov, id);
    if (!dc) throw notFound('No district with this id.');
    const p = precomputed(v, `coverage:${id}:${format}`, () =>
      format === 'csv'
        ? csv(coverageCsv(cov, v.catalogue.vocabulary.wording, [dc]), `tackning-${id}.csv`)
        : jsonOf({
            catalogueVersion: cov.catalogueVersion,
            highEvidenceLevels: cov.highEvidenceLevels,
            evidenceLevels: cov.evidenceLevels,
            needAreas: cov.needAreas.map((n) => ({ id: n.id, label: n.label })),
            ...dc,
            basutbud: cov.basutbud,
            statedLacks: cov.statedLacks,
            planning: cov.planning,
          }),
    );
    sendPrecomputed(req, res, p);
  });

  return r;
}
