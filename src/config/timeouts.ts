// Time limits for the HTTP server and for shutdown. Memory is capped by the body limit; these cap
// how long a client can hold a connection (slow headers, slow bodies, idle keep-alive) and how
// long a shutdown may wait for requests in flight.
export interface Timeouts {
  /** Whole request head must arrive within this (Node's headersTimeout). */
  headersMs: number;
  /** Whole request, head and body, must arrive within this (Node's requestTimeout). */
  requestMs: number;
  /** An idle keep-alive connection is closed after this (Node's keepAliveTimeout). */
  keepAliveMs: number;
  /** After SIGTERM, requests in flight get this long before their connections are cut. */
  shutdownDrainMs: number;
}

type IntReader = (name: string, def: number, min: number, max: number) => number;

export function readTimeouts(int: IntReader, problems: string[]): Timeouts {
  const t: Timeouts = {
    headersMs: int('HEADERS_TIMEOUT_MS', 10_000, 100, 120_000),
    requestMs: int('REQUEST_TIMEOUT_MS', 30_000, 100, 600_000),
    keepAliveMs: int('KEEP_ALIVE_TIMEOUT_MS', 5_000, 100, 120_000),
    shutdownDrainMs: int('SHUTDOWN_DRAIN_MS', 10_000, 0, 600_000),
  };
  if (t.headersMs > t.requestMs)
    problems.push('HEADERS_TIMEOUT_MS must not be larger than REQUEST_TIMEOUT_MS');
  return t;
}
