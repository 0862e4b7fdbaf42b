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
  /** Requests per minute per client on coverage and the HSDS export (their own, stricter budget). */
  heavyRateLimit: number;
  /** Express `trust proxy`: a hop count or a list of addresses/CIDRs; unset = trust none. */
  trustProxy?: number | string[];
  /** Base of absolute links (HSDS, CDS), e.g. https://insatsguiden.stockholm.se; unset = Host. */
  publicBaseUrl?: string;
  /** Processes serving one port (node:cluster); 1 = no cluster. */
  workers: number;
  /** Redis for rate-limit counts shared by every process; unset = in memory. */
  redisUrl?: string;
  /** Longest a log line waits in the asynchronous log buffer (ms). */
  logFlushMs: number;
  /** Bytes of recommendation answers kept per catalogue version for repeated requests; 0 = off. */
  answerCacheBytes: number;
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
  // RATE_LIMIT=0 switches every limit off unless HEAVY_RATE_LIMIT is given too.
  const heavyRateLimit = int('HEAVY_RATE_LIMIT', rateLimit === 0 ? 0 : 60, 0, 1_000_000);
  const logFlushMs = int('LOG_FLUSH_MS', 1000, 10, 600_000);
  const answerCacheBytes = int('ANSWER_CACHE_MB', 16, 0, 4096) * 1024 * 1024;
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
  const workers = int('WORKERS', 1, 1, 64);
  const trustProxy = readTrustProxy(env.TRUST_PROXY, problems);
  const publicBaseUrl = env.PUBLIC_BASE_URL ? env.PUBLIC_BASE_URL.replace(/\/+$/, '') : undefined;
  if (publicBaseUrl !== undefined && !/^https?:\/\/[^/\s?#]+(\/[^\s?#]*)?$/.test(publicBaseUrl))
    problems.push(
      `PUBLIC_BASE_URL=${JSON.stringify(env.PUBLIC_BASE_URL)} must be an http(s) URL without query`,
    );
  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl !== undefined && !/^rediss?:\/\/\S+$/.test(redisUrl))
    problems.push('REDIS_URL must be a redis:// or rediss:// URL');
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
    heavyRateLimit,
    logFlushMs,
    answerCacheBytes,
    trustProxy,
    publicBaseUrl,
    workers,
    redisUrl,
    timeouts,
  };
}

/** TRUST_PROXY: a hop count (0–10) or a comma-separated list of IPs, CIDRs or Express's names. */
function readTrustProxy(
  raw: string | undefined,
  problems: string[],
): number | string[] | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (/^\d+$/.test(raw)) {
    const n = Number(raw);
    if (n <= 10) return n;
  }
  const list = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const ok = (s: string) =>
    ['loopback', 'linklocal', 'uniquelocal'].includes(s) || /^[0-9A-Fa-f.:]+(\/\d{1,3})?$/.test(s);
  if (!list.length || !list.every(ok)) {
    problems.push(
      `TRUST_PROXY=${JSON.stringify(raw)} must be a hop count 0–10 or a list of IPs/CIDRs (or loopback, linklocal, uniquelocal)`,
    );
    return undefined;
  }
  return list;
}
