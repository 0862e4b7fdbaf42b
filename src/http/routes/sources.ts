// The source documents the catalogue cites: metadata and full text, so a social worker can read
// the original of any quote (/kalla/<id> renders it). Ids are the file names without ".txt".
import { Router } from 'express';
import { versionOf } from '../context.js';
import { notFound } from '../problem.js';
import type { SeedDocumentMeta } from '../../catalogue/types.js';

export const sourceId = (document: string): string => document.replace(/\.txt$/, '');

function meta(d: SeedDocumentMeta) {
  // `headings` is a validation aid for wrapped texts, not metadata a client needs.
  const { document, title, publisher, kind, date, year } = d;
  return { id: sourceId(document), document, title, publisher, kind, date, year };
}

export function sourceRoutes(): Router {
  const r = Router();
  r.get('/sources', (_req, res) => {
    const v = versionOf(res);
    res.json({ catalogueVersion: v.version, items: v.catalogue.seedDocuments.map(meta) });
  });
  r.get('/sources/:id', (req, res) => {
    const v = versionOf(res);
    const d = v.catalogue.seedDocuments.find((x) => sourceId(x.document) === req.params.id);
    const text = d && v.sourceTexts.get(d.document);
    if (!d || text === undefined) throw notFound('No such source document');
    res.json({ catalogueVersion: v.version, ...meta(d), text });
  });
  return r;
}
