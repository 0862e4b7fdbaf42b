// The service's logger: pino writing through an asynchronous destination (sonic-boom), so a request
// never waits on a synchronous write to stdout — under load those writes were a main cost per
// request. Lines are buffered up to 4 kB and written at least every LOG_FLUSH_MS (1 s). On exit,
// including process.exit after a SIGTERM drain, pino.destination flushes synchronously by itself
// (it registers the stream with on-exit-leak-free); test/async-log.test.ts holds it to that.
import { pino, type Logger } from 'pino';

export function serviceLogger(level: string, flushMs = 1000): Logger {
  const destination = pino.destination({
    dest: 1,
    sync: false,
    minLength: 4096,
    periodicFlush: flushMs,
  });
  return pino({ level, base: { service: 'insatsguiden' } }, destination);
}
