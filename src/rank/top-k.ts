// The best k of n fitting options, in order, without sorting all n: answers list at most `limit`
// options, and as the catalogue grows n grows while k does not.

/**
 * The best `k` of items[0 … n) under `compare` (negative: a before b; a strict total order), best
 * first. Takes a length rather than a typed-array view: views cost more to create than this loop.
 */
export function topK<T>(
  items: ArrayLike<T>,
  n: number,
  k: number,
  compare: (a: T, b: T) => number,
): T[] {
  const top: T[] = [];
  if (k <= 0) return top;
  for (let i = 0; i < n; i++) {
    const x = items[i]!;
    if (top.length === k && compare(x, top[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(x, top[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    // Shift the tail right by one (dropping the worst when full) and put x in its place.
    let j = top.length < k ? top.length : k - 1;
    while (j > lo) {
      top[j] = top[j - 1]!;
      j--;
    }
    top[lo] = x;
  }
  return top;
}
