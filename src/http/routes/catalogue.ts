// Read API over the catalogue: interventions (with filters), one intervention, districts, providers, vocabulary.
import { Router } from 'express';
import { versionOf } from '../context.js';
import { notFound } from '../problem.js';
import { queryEnum, queryInt } from '../validate-input.js';
import { needAreaIds } from '../../recommend/fact-types.js';
import type { Intervention } from '../../domain/types.js';

const LEVELS = ['district', 'central', 'regional', 'framework-agreement', 'external'] as const;
const CITY_WIDE = new Set(['central', 'regional', 'framework-agreement']);

/** Available to a child in this district: offered by the district itself, or city-wide. */
export function availableIn(i: Intervention, district: string): boolean {
  return (
    i.offeredInStockholm &&
    (CITY_WIDE.has(i.level) || i.offeredIn.some((o) => o.district === district))
  );
}

export function fitsAge(i: Intervention, age: number): boolean {
  return (
    (i.ageRange.min === null || age >= i.ageRange.min) &&
    (i.ageRange.max === null || age <= i.ageRange.max)
  );
}

export function catalogueRoutes(): Router {
  const r = Router();

  r.get('/interventions', (req, res) => {
    const v = versionOf(res);
    const district = queryEnum(req, 'district', [...v.districtById.keys()]);
    const needArea = queryEnum(req, 'needArea', needAreaIds());
    const level = queryEnum(req, 'level', LEVELS);
    const age = queryInt(req, 'age', 0, 25);
    const items = v.interventions.filter(
      (i) =>
        (!district || availableIn(i, district)) &&
        (!needArea || i.needAreas.includes(needArea)) &&
        (!level || i.level === level) &&
        (age === undefined || fitsAge(i, age)),
    );
    res.json({ catalogueVersion: v.version, count: items.length, items });
  });

  r.get('/interventions/:id', (req, res) => {
    const v = versionOf(res);
    const i = v.interventionById.get(req.params.id);
    if (!i) throw notFound(`No intervention with id '${req.params.id}'`);
    const provider = v.providerById.get(i.provider)!;
    res.json({
      catalogueVersion: v.version,
      ...i,
      provider: { id: provider.id, name: provider.name, level: provider.level },
    });
  });

  r.get('/districts', (_req, res) => {
    const v = versionOf(res);
    res.json({ catalogueVersion: v.version, items: v.catalogue.districts });
  });

  r.get('/providers', (_req, res) => {
    const v = versionOf(res);
    res.json({ catalogueVersion: v.version, items: v.catalogue.providers });
  });

  r.get('/vocabulary', (_req, res) => {
    const v = versionOf(res);
    res.json({
      catalogueVersion: v.version,
      ...v.catalogue.vocabulary,
      documents: v.catalogue.seedDocuments,
    });
  });

  return r;
}
