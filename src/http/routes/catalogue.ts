// Read API over the catalogue: interventions (with filters), one intervention, districts, providers, vocabulary.
import { Router } from 'express';
import { versionOf } from '../context.js';
import { notFound } from '../problem.js';
import { jsonOf, precomputed, sendPrecomputed } from '../precomputed.js';
import { validQuery } from '../validate-request.js';
import type { NeedArea } from '../../catalogue/generated/intervention.js';
import type {
  InterventionDetail,
  VocabularyResponse,
} from '../../catalogue/generated/api/catalogue.js';
import { availabilityOf, type Availability } from '../../catalogue/availability.js';
import { fitsAgeRange, isSoftAgeRange } from '../../recommend/constraints.js';
import { profileSchemaFor } from '../../recommend/profile.js';

/** Availabilities that mean a child living in the district can get it. */
const AVAILABLE_TO_DISTRICT = new Set<Availability>([
  'local',
  'central',
  'regional',
  'framework-agreement',
]);

export function catalogueRoutes(): Router {
  const r = Router();

  r.get('/interventions', (req, res) => {
    const v = versionOf(res);
    const { district, needArea, level, age } = validQuery<{
      district?: string;
      needArea?: NeedArea;
      level?: string;
      age?: number;
    }>(req, res);
    const items = v.interventions.filter(
      (i) =>
        (!district || AVAILABLE_TO_DISTRICT.has(availabilityOf(i, district))) &&
        (!needArea || i.needAreas.includes(needArea)) &&
        (!level || i.level === level) &&
        // A soft range ("främst") keeps the option for a child outside it, as recommendations do.
        (age === undefined || isSoftAgeRange(i.ageRange) || fitsAgeRange(i.ageRange, age)),
    );
    const answer = { catalogueVersion: v.version, count: items.length, items };
    // The unfiltered list is what clients of lean answers fetch once per version: kept as bytes.
    if (Object.keys(req.query).length === 0)
      sendPrecomputed(
        req,
        res,
        precomputed(v, 'interventions', () => jsonOf(answer)),
      );
    else res.json(answer);
  });

  r.get('/interventions/:id', (req, res) => {
    const v = versionOf(res);
    const i = v.interventionById.get(req.params.id);
    if (!i) throw notFound('No intervention with this id.');
    const provider = v.providerById.get(i.provider)!;
    // Typed by the contract (schemas/api/catalogue.schema.json), so tsc checks the answer's shape.
    const detail: InterventionDetail = {
      catalogueVersion: v.version,
      ...i,
      provider: { id: provider.id, name: provider.name, level: provider.level },
      staleFacts: v.staleFactsById.get(i.id) ?? [],
    };
    res.json(detail);
  });

  r.get('/districts', (_req, res) => {
    const v = versionOf(res);
    res.json({ catalogueVersion: v.version, items: v.catalogue.districts });
  });

  r.get('/providers', (_req, res) => {
    const v = versionOf(res);
    res.json({ catalogueVersion: v.version, items: v.catalogue.providers });
  });

  r.get('/vocabulary', (req, res) => {
    const v = versionOf(res);
    const p = precomputed(v, 'vocabulary', () => {
      const answer: VocabularyResponse = {
        catalogueVersion: v.version,
        ...v.catalogue.vocabulary,
        documents: v.catalogue.seedDocuments,
        // The answer's groups (rules/ranking.yaml): the page's headings and "Visa:" filter.
        resultGroups: v.catalogue.ranking.resultGroups,
        // The profile exactly as POST /recommendations validates it: the page builds its form from it.
        profileSchema: profileSchemaFor([...v.districtById.keys()]),
      };
      return jsonOf(answer);
    });
    sendPrecomputed(req, res, p);
  });

  return r;
}
