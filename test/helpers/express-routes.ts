// Every route the Express app serves, read from its router stack (Express 5: app.router.stack),
// as [path template, methods]: the single source for "is every route documented?".
import type { Express } from 'express';

interface LayerLike {
  rawPath?: unknown;
  slash?: boolean;
  route?: { path: unknown; _methods(): string[] };
  handle?: { stack?: LayerLike[] };
}

/** `/x/:id` → `/x/{id}`, the OpenAPI spelling. */
const toTemplate = (p: string) => p.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

function walk(stack: LayerLike[], prefix: string, out: Map<string, Set<string>>): void {
  for (const layer of stack) {
    if (layer.route) {
      const paths = [layer.route.path].flat(Infinity);
      for (const p of paths) {
        if (typeof p !== 'string') throw new Error(`route with a non-string path: ${String(p)}`);
        const full = toTemplate(prefix + p);
        const methods = out.get(full) ?? new Set<string>();
        for (const m of layer.route._methods()) methods.add(m.toLowerCase());
        out.set(full, methods);
      }
    } else if (layer.handle?.stack) {
      const mounts = layer.slash ? [''] : [layer.rawPath].flat(Infinity);
      for (const m of mounts) walk(layer.handle.stack, prefix + (m === '/' ? '' : String(m)), out);
    }
  }
}

export function expressRoutes(app: Express): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  walk((app as unknown as { router: { stack: LayerLike[] } }).router.stack, '', out);
  return out;
}
