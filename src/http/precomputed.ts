// Heavy GET answers (HSDS export, coverage JSON/CSV, the OpenAPI document, vocabulary, the whole
// intervention list) depend only on the catalogue version, so they are serialised once per version
// and kept as bytes; gzip and brotli forms are made on first demand and kept too. Before this the
// export was rebuilt and 0.8 MB of coverage serialised on every request, starving other clients.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';
import type { CatalogueVersion } from '../version/catalogue-version.js';
import type { ResponseBytes } from '../version/runtime.js';

export type Precomputed = ResponseBytes;

/** Smaller answers are not worth compressing (the same threshold as the compression middleware). */
export const COMPRESS_THRESHOLD = 1024;
/**
 * Entries per version. The keys are routes × districts × formats (about 40) plus one HSDS export per
 * base URL when it comes from the Host header: past this bound answers are built but not kept, so
 * a client inventing Host headers cannot grow the cache.
 */
const MAX_ENTRIES = 64;

export function precomputed(
  v: CatalogueVersion,
  key: string,
  build: () => { type: string; body: string; headers?: Record<string, string> },
): Precomputed {
  // Kept in the version's runtime: it dies with the version, so a reload never serves old bytes.
  const byKey = v.runtime.responses;
  let entry = byKey.get(key);
  if (!entry) {
    const b = build();
    entry = { type: b.type, body: Buffer.from(b.body, 'utf8'), headers: b.headers ?? {} };
    if (byKey.size < MAX_ENTRIES) byKey.set(key, entry);
  }
  return entry;
}

/** JSON answer of a plain value, precomputed. */
export const jsonOf = (value: unknown) => ({
  type: 'application/json; charset=utf-8',
  body: JSON.stringify(value),
});

/**
 * Send precomputed bytes: 304 when the (version) ETag matches, else the encoding the client
 * prefers among br, gzip and identity, compressed once and kept.
 */
export function sendPrecomputed(req: Request, res: Response, p: Precomputed): void {
  res.set(p.headers);
  res.type(p.type);
  res.vary('Accept-Encoding');
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  const encoding =
    p.body.length >= COMPRESS_THRESHOLD ? req.acceptsEncodings('br', 'gzip', 'identity') : false;
  if (encoding === 'br') {
    p.br ??= brotliCompressSync(p.body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 9,
        [constants.BROTLI_PARAM_SIZE_HINT]: p.body.length,
      },
    });
    res.set('Content-Encoding', 'br').send(p.br);
  } else if (encoding === 'gzip') {
    p.gzip ??= gzipSync(p.body, { level: 9 });
    res.set('Content-Encoding', 'gzip').send(p.gzip);
  } else {
    res.send(p.body);
  }
}
