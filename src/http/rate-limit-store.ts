// With REDIS_URL set, every rate limit keeps its counts in Redis (rate-limit-redis with the
// official `redis` client), so N processes or machines share one budget per client; without it
// each process counts in memory. One client per process, connected on first use; commands wait in
// the client's offline queue until it is connected.
import { createClient } from 'redis';
import { RedisStore } from 'rate-limit-redis';
import type { Store } from 'express-rate-limit';
import type { Logger } from 'pino';

type Client = ReturnType<typeof createClient>;
const clients = new Map<string, Client>();

function clientFor(url: string, logger: Logger): Client {
  let client = clients.get(url);
  if (!client) {
    client = createClient({ url });
    // Logged, never thrown: the limiter lets requests pass while Redis is away (passOnStoreError).
    client.on('error', (e: Error) => logger.warn({ err: { type: e.name } }, 'redis error'));
    void client.connect().catch(() => undefined);
    clients.set(url, client);
  }
  return client;
}

/** A store factory for minuteLimiter, or undefined for in-memory counting. */
export function limitStoreFor(
  redisUrl: string | undefined,
  logger: Logger,
): ((prefix: string) => Store) | undefined {
  if (!redisUrl) return undefined;
  const client = clientFor(redisUrl, logger);
  return (prefix) =>
    new RedisStore({
      prefix: `insatsguiden:rl:${prefix}:`,
      sendCommand: (...args: string[]) => client.sendCommand(args),
    });
}

/** Close the Redis connections (on shutdown). */
export async function closeLimitStores(): Promise<void> {
  await Promise.all([...clients.values()].map((c) => c.quit().catch(() => undefined)));
  clients.clear();
}
