// The Swedish web pages: static files from src/web (no build step, no CDN). The single page app
// renders /, /insats/:id, /katalog and /sok; /tackning is the equity view.
import path from 'node:path';
import express, { Router } from 'express';
import { webDir } from '../../config/paths.js';

export function webRoutes(): Router {
  const r = Router();
  r.use(
    '/assets',
    express.static(path.join(webDir, 'assets'), { fallthrough: false, index: false, maxAge: '1h' }),
  );
  const page = (file: string) => (_req: express.Request, res: express.Response) => {
    res.set('Cache-Control', 'no-cache');
    res.sendFile(path.join(webDir, file));
  };
  r.get(['/', '/katalog', '/sok', '/insats/:id', '/om-kunskapslage'], page('index.html'));
  r.get('/tackning', page('tackning.html'));
  r.get('/kalla/:id', page('kalla.html'));
  return r;
}
