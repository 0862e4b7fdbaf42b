// Configuration from the environment, with defaults, validated at start with clear messages.
import path from 'node:path';
import { defaultCatalogDir, defaultRulesDir } from './paths.js';
import { adminTokenProblem } from './admin-token.js';
import { readTimeouts, type Timeouts } from './timeouts.js';

export interface Config {
  port: number;
  host: string;
  catalogDir: string;
  rulesDir: string;
  adminToken?: string;
  corsOrigins: string[];
  logLevel: string;
  /** Requests per minute per client IP; 0 disables rate limiting. */
  rateLimit: number;
  timeouts: Timeouts;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const problems: string[] = [];
  const int = (name: string, def: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return def;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name}=${JSON.stringify(raw)} must be an integer ${min}–${max}`);
      return def;
    }
    return n;
  };
  const port = int('PORT', 3000, 0, 65535);
  const rateLimit = int('RATE_LIMIT', 600, 0, 1_000_000);
  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LOG_LEVEL=${JSON.stringify(logLevel)} must be one of ${LOG_LEVELS.join(', ')}`);
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const o of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(o))
      problems.push(
        `CORS_ORIGINS entry ${JSON.stringify(o)} must be an origin like https://host:port`,
      );
  }
  const adminToken = env.ADMIN_TOKEN || undefined;
  const tokenProblem = adminToken === undefined ? undefined : adminTokenProblem(adminToken);
  if (tokenProblem) problems.push(tokenProblem);
  const timeouts = readTimeouts(int, problems);
  if (problems.length) throw new ConfigError(problems);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    catalogDir: path.resolve(env.CATALOG_DIR || defaultCatalogDir),
    rulesDir: path.resolve(env.RULES_DIR || defaultRulesDir),
    adminToken,
    corsOrigins,
    logLevel,
    rateLimit,
    timeouts,
  };
}
