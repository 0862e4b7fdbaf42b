// Recommendation answers kept as the bytes sent, per catalogue version. A case-management system
// asks again for the same anonymised profile as the social worker moves between assessment
// screens; the answer is a pure function of the version and the request, so the second ask skips
// the recommender and the serialisation (together most of a request's own CPU time, see README
// "HTTP vs the limit"). The cache lives in the version's runtime and dies with it on reload.
import { LRUCache } from 'lru-cache';
import type { CatalogueVersion } from '../version/catalogue-version.js';

/** The cache of this version, created on first use with the configured bound; none when 0. */
function cacheOf(v: CatalogueVersion, maxBytes: number): LRUCache<string, Buffer> | undefined {
  if (maxBytes <= 0) return undefined;
  return (v.runtime.answers ??= new LRUCache<string, Buffer>({
    maxSize: maxBytes,
    // The key is the profile as JSON: count it as well as the answer, or long keys slip the bound.
    sizeCalculation: (body, key) => body.length + key.length,
  }));
}

/**
 * The answer for `key` from the cache, or `compute`d, serialised to bytes and kept. The key must
 * name everything the answer depends on besides the version (view, options, profile).
 */
export async function cachedAnswer(
  v: CatalogueVersion,
  maxBytes: number,
  key: string,
  compute: () => Promise<string>,
): Promise<Buffer> {
  const cache = cacheOf(v, maxBytes);
  const hit = cache?.get(key);
  if (hit) return hit;
  const body = Buffer.from(await compute());
  cache?.set(key, body);
  return body;
}
