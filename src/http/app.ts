// The Express app, built by a function and separate from listen(): tests run it in-process.
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { rateLimit } from 'express-rate-limit';
import type { AppContext } from './context.js';
import { HttpProblem, nothingHere } from './problem.js';
import { cors, pinVersion, requireJson } from './middleware.js';
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

  app.use(requestLog(ctx.logger));

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
  app.use(cors(ctx.config.corsOrigins));
  app.use(pinVersion(ctx.store));

  if (ctx.config.rateLimit > 0) {
    const limiter = rateLimit({
      windowMs: 60_000,
      limit: ctx.config.rateLimit,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (_req, _res, next) =>
        next(
          new HttpProblem(
            429,
            'rate-limited',
            'Too Many Requests',
            `At most ${ctx.config.rateLimit} requests per minute.`,
          ),
        ),
    });
    app.use(['/api', '/cds-services'], limiter);
  }

  app.use(refuseOversizeBody);
  app.use(requireJson);
  app.use(express.json({ limit: BODY_LIMIT_BYTES, strict: true, type: 'application/json' }));

  app.use(healthRoutes());
  const api = express.Router();
  api.use(rememberMount);
  api.use(catalogueRoutes());
  api.use(recommendationRoutes());
  api.use(searchRoutes());
  api.use(coverageRoutes());
  api.use(sourceRoutes());
  api.use(exportRoutes());
  api.use(adminRoutes(ctx));
  app.use('/api/v1', api);
  app.use(cdsRoutes());
  app.use(docsRoutes());
  app.use(webRoutes());

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
