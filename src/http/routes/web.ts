// The Swedish web pages: static files from src/web (no build step, no CDN). The single page app
// renders /, /insats/:id, /katalog and /sok; /tackning is the equity view.
import path from 'node:path';
import express, { Router } from 'express';
import { webDir } from '../../config/paths.js';
import { rememberMount } from '../request-log.js';
import { problemForStatus } from '../status-problems.js';

export function webRoutes(): Router {
  const r = Router();
  r.use(
    '/assets',
    rememberMount,
    onlyGetOrHead,
    express.static(path.join(webDir, 'assets'), { fallthrough: false, index: false, maxAge: '1h' }),
  );
  const page = (file: string) => (_req: express.Request, res: express.Response) => {
    res.set('Cache-Control', 'no-cache');
    res.sendFile(path.join(webDir, file));
  };
  // One route per path, so the request log names the template that matched.
  for (const p of ['/', '/katalog', '/sok', '/insats/:id', '/om-kunskapslage'])
    r.get(p, page('index.html'));
  r.get('/tackning', page('tackning.html'));
  r.get('/kalla/:id', page('kalla.html'));
  return r;
}

/** serve-static answers other methods with an empty 405; ours is a problem that names what is allowed. */
function onlyGetOrHead(req: express.Request, res: express.Response, next: express.NextFunction) {
  if (req.method === 'GET' || req.method === 'HEAD') {
    next();
    return;
  }
  res.set('Allow', 'GET, HEAD');
  next(problemForStatus(405));
}
