// The HTTP server around the app, with the configured time limits. Node's defaults let a slow
// client hold a connection for minutes (requestTimeout 300 s; timeouts checked every 30 s).
import http, { type Server } from 'node:http';
import type { RequestListener } from 'node:http';
import type { Timeouts } from '../config/timeouts.js';

/** How often Node looks for connections past their deadline: the precision of the limits above. */
const checkEvery = (t: Timeouts) => Math.max(100, Math.min(1000, Math.floor(t.headersMs / 4)));

export function createHttpServer(app: RequestListener, t: Timeouts): Server {
  const server = http.createServer(
    {
      headersTimeout: t.headersMs,
      requestTimeout: t.requestMs,
      keepAliveTimeout: t.keepAliveMs,
      connectionsCheckingInterval: checkEvery(t),
    },
    app,
  );
  // Node ends a keep-alive connection after keepAliveTimeout; headersTimeout restarts per request.
  server.keepAliveTimeout = t.keepAliveMs;
  return server;
}
