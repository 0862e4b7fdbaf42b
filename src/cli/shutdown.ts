// Graceful shutdown of one HTTP server: stop accepting, tell every client the connection ends
// (`Connection: close` on each answer still to come), close idle keep-alive sockets at once and
// cut whatever is still busy after a bounded drain. Independent of signals, so a cluster worker
// can run it when its primary asks.
import type { Server, ServerResponse } from 'node:http';

export interface Shutdown {
  /** Starts draining (idempotent); resolves when every connection is closed. */
  begin(): Promise<void>;
  readonly draining: boolean;
}

export function gracefulShutdown(server: Server, drainMs: number): Shutdown {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  let closed: Promise<void> | undefined;

  // Before the app's own listener, so even an answer sent synchronously carries the header.
  server.prependListener('request', (_req, res: ServerResponse) => {
    inFlight.add(res);
    if (draining) res.setHeader('Connection', 'close');
    res.once('close', () => {
      inFlight.delete(res);
      // An answer that went out with keep-alive before the drain began leaves its socket idle.
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
  });

  return {
    get draining() {
      return draining;
    },
    begin() {
      if (closed) return closed;
      draining = true;
      for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
      closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), drainMs).unref();
      return closed;
    },
  };
}
