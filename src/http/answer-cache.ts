// Recommendation answers kept as the bytes sent, per catalogue version. A case-management system
// asks again for the same anonymised profile as the social worker moves between assessment
// screens; the answer is a pure function of the version and the request, so the second ask skips
// the recommender and the serialisation (together most of a request's own CPU time, see README
// "HTTP vs the limit"), and gets compressed bytes made once (precomputed.ts) instead of being
// compressed again. The cache lives in the version's runtime and dies with it on reload.
import { LRUCache } from 'lru-cache';
import type { CatalogueVersion } from '../version/catalogue-version.js';
import type { ResponseBytes } from '../version/runtime.js';

/**
 * Room kept per answer byte: the gzip and brotli forms a hit may add later are counted up front
 * (each is well under a quarter of the JSON), so the bound holds once they exist.
 */
const ROOM_PER_BYTE = 1.5;

/** The cache of this version, created on first use with the configured bound; none when 0. */
function cacheOf(
  v: CatalogueVersion,
  maxBytes: number,
): LRUCache<string, ResponseBytes> | undefined {
  if (maxBytes <= 0) return undefined;
  return (v.runtime.answers ??= new LRUCache<string, ResponseBytes>({
    maxSize: maxBytes,
    // The key is the profile as JSON: count it as well as the answer, or long keys slip the bound.
    sizeCalculation: (entry, key) => Math.ceil(entry.body.length * ROOM_PER_BYTE) + key.length,
  }));
}

/**
 * The answer for `key`: `hit` when it came from the cache, else `compute`d, serialised to bytes
 * and kept. The key must name everything the answer depends on besides the version.
 */
export async function cachedAnswer(
  v: CatalogueVersion,
  maxBytes: number,
  key: string,
  compute: () => Promise<string>,
): Promise<{ entry: ResponseBytes; hit: boolean }> {
  const cache = cacheOf(v, maxBytes);
  const kept = cache?.get(key);
  if (kept) return { entry: kept, hit: true };
  const entry: ResponseBytes = {
    type: 'application/json; charset=utf-8',
    body: Buffer.from(await compute()),
    headers: {},
  };
  cache?.set(key, entry);
  return { entry, hit: false };
}
