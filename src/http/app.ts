// The Express app, built by a function and separate from listen(): tests run it in-process.
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import compression from 'compression';
import type { AppContext } from './context.js';
import { HttpProblem, nothingHere } from './problem.js';
import { pinVersion, requireJson } from './middleware.js';
import { corsFor } from './cors.js';
import { methodNotAllowed } from './method-not-allowed.js';
import { minuteLimiter } from './rate-limits.js';
import { limitStoreFor } from './rate-limit-store.js';
import { COMPRESS_THRESHOLD } from './precomputed.js';
import { catalogueRoutes } from './routes/catalogue.js';
import { recommendationRoutes } from './routes/recommendations.js';
import { searchRoutes } from './routes/search.js';
import { adminRoutes } from './routes/admin.js';
import { healthRoutes } from './routes/health.js';
import { webRoutes } from './routes/web.js';
import { docsRoutes } from './routes/docs.js';
import { cdsRoutes } from './routes/cds-hooks.js';
import { exportRoutes } from './routes/export.js';
import { coverageRoutes } from './routes/coverage.js';
import { rememberMount, requestLog, routeTemplate } from './request-log.js';
import { BODY_LIMIT_BYTES, refuseOversizeBody } from './body-limit.js';
import { parseFailure, problemForStatus } from './status-problems.js';
import { sourceRoutes } from './routes/sources.js';

export function createApp(ctx: AppContext): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false); // see pinVersion: GETs carry the catalogue version as ETag
  app.set('query parser', 'simple');
  // Behind the city's reverse proxy: which hops to trust for the client address (rate limits).
  if (ctx.config.trustProxy !== undefined) app.set('trust proxy', ctx.config.trustProxy);
  // Absolute links (HSDS, CDS cards) come from here when set, never from the Host header.
  app.locals.publicBaseUrl = ctx.config.publicBaseUrl;

  app.use(requestLog(ctx.logger));

  // gzip or brotli by Accept-Encoding for answers over ~1 kB (precomputed ones come pre-compressed).
  app.use(compression({ threshold: COMPRESS_THRESHOLD }));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  const cors = corsFor(ctx.config.corsOrigins);
  if (cors) app.use(cors);
  app.use(pinVersion(ctx.store));

  const store = limitStoreFor(ctx.config.redisUrl, ctx.logger);
  const apiLimit = minuteLimiter({ perMinute: ctx.config.rateLimit, prefix: 'api', store });
  if (apiLimit) app.use(['/api', '/cds-services'], apiLimit);
  // Coverage and the HSDS export are the heaviest answers: a stricter budget of their own.
  const heavyLimit = minuteLimiter({
    perMinute: ctx.config.heavyRateLimit,
    prefix: 'heavy',
    store,
  });
  if (heavyLimit) app.use(['/api/v1/coverage', '/api/v1/export'], heavyLimit);

  app.use(refuseOversizeBody);
  app.use(requireJson);
  app.use(express.json({ limit: BODY_LIMIT_BYTES, strict: true, type: 'application/json' }));

  // The hot path first: a nested router that does not match a request hands it on through
  // setImmediate (a turn of the event loop), so POST /recommendations should pass through none.
  const api = express.Router();
  api.use(rememberMount);
  api.use(recommendationRoutes(ctx.config.answerCacheBytes));
  api.use(catalogueRoutes());
  api.use(searchRoutes());
  api.use(coverageRoutes());
  api.use(sourceRoutes());
  api.use(exportRoutes());
  api.use(adminRoutes(ctx));
  app.use('/api/v1', api);
  app.use(healthRoutes());
  app.use(cdsRoutes());
  app.use(docsRoutes());
  app.use(webRoutes());

  app.use(methodNotAllowed(app));
  app.use(() => {
    // The path is not echoed: it may carry a personal identity number or a name.
    throw nothingHere();
  });
  app.use(problemHandler(ctx));
  return app;
}

/** The one place errors become responses: RFC 9457 problem+json, never a stack trace. */
function problemHandler(ctx: AppContext) {
  return (err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const problem = toProblem(err);
    if (problem.status >= 500)
      ctx.logger.error(
        { err: { type: (err as Error)?.name }, route: routeTemplate(req, res) },
        'unhandled error',
      );
    if (res.locals.version)
      problem.extra.catalogueVersion ??= (res.locals.version as { version: string }).version;
    res
      .status(problem.status)
      .type('application/problem+json')
      .send(JSON.stringify(problem.toJSON()));
  };
}

function toProblem(err: unknown): HttpProblem {
  if (err instanceof HttpProblem) return err;
  const e = err as { type?: string; status?: number; statusCode?: number };
  switch (e?.type) {
    case 'entity.parse.failed':
      return parseFailure(err as { body?: unknown });
    case 'entity.too.large':
      return new HttpProblem(
        413,
        'payload-too-large',
        'Payload Too Large',
        `The request body is larger than ${BODY_LIMIT_BYTES / 1024} kB.`,
      );
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HttpProblem(
        415,
        'unsupported-media-type',
        'Unsupported Media Type',
        'Send the body as UTF-8 application/json.',
      );
    case 'request.aborted':
      return new HttpProblem(
        400,
        'request-aborted',
        'Request Aborted',
        'The request was aborted by the client.',
      );
  }
  const status = e?.status ?? e?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) return problemForStatus(status);
  return new HttpProblem(
    500,
    'internal-error',
    'Internal Server Error',
    'An unexpected error occurred. It has been logged.',
  );
}
