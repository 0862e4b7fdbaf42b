// The Express app, built by a function and separate from listen(): tests run it in-process.
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { rateLimit } from 'express-rate-limit';
import { pinoHttp } from 'pino-http';
import { randomUUID } from 'node:crypto';
import type { AppContext } from './context.js';
import { HttpProblem, notFound } from './problem.js';
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
import { sourceRoutes } from './routes/sources.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function createApp(ctx: AppContext): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false); // see pinVersion: GETs carry the catalogue version as ETag
  app.set('query parser', 'simple');

  app.use(
    pinoHttp({
      logger: ctx.logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      // Never the body, query string, headers or anything else that could carry a profile.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split('?')[0],
        }),
        // The route template (not the URL), read when the response is logged.
        res: (res: { statusCode: number; req?: Request }) => ({
          statusCode: res.statusCode,
          ...(res.req?.route?.path
            ? { route: `${res.req.baseUrl ?? ''}${String(res.req.route.path)}` }
            : {}),
        }),
        err: (err: Error) => ({
          type: err.name,
          message: err instanceof HttpProblem ? err.message : 'internal error',
        }),
      },
      wrapSerializers: false,
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      quietReqLogger: true,
    }),
  );

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

  app.use(requireJson);
  app.use(express.json({ limit: '32kb', strict: true, type: 'application/json' }));

  app.use(healthRoutes());
  const api = express.Router();
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

  app.use((req: Request) => {
    throw notFound(`No route for ${req.method} ${req.path}`);
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
      ctx.logger.error({ err: { type: (err as Error)?.name }, path: req.path }, 'unhandled error');
    if (res.locals.version)
      problem.extra.catalogueVersion ??= (res.locals.version as { version: string }).version;
    res
      .status(problem.status)
      .type('application/problem+json')
      .send(JSON.stringify(problem.toJSON(req.originalUrl.split('?')[0])));
  };
}

function toProblem(err: unknown): HttpProblem {
  if (err instanceof HttpProblem) return err;
  const e = err as { type?: string; status?: number; statusCode?: number };
  switch (e?.type) {
    case 'entity.parse.failed':
      return new HttpProblem(
        400,
        'malformed-json',
        'Malformed JSON',
        'The request body is not valid JSON.',
      );
    case 'entity.too.large':
      return new HttpProblem(
        413,
        'payload-too-large',
        'Payload Too Large',
        'The request body is larger than 32 kB.',
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
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new HttpProblem(
      status,
      'bad-request',
      'Bad Request',
      'The request could not be processed.',
    );
  }
  return new HttpProblem(
    500,
    'internal-error',
    'Internal Server Error',
    'An unexpected error occurred. It has been logged.',
  );
}
