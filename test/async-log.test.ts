// Request logs go through pino's asynchronous destination, buffered; shutdown flushes them, so the
// lines of requests answered just before SIGTERM are not lost.
import { expect } from 'chai';
import { startServer } from './helpers/server-process.js';

describe('asynchronous request log', () => {
  it('keeps route template, status, latency and request id, and is flushed on SIGTERM', async () => {
    // A flush period far longer than the test: only the flush on exit can write the request lines.
    const server = await startServer({ LOG_FLUSH_MS: '600000' });
    try {
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${server.url}/api/v1/interventions/mst`, {
          headers: { 'X-Request-Id': `log-test-${i}` },
        });
        expect(res.status).to.equal(200);
        await res.arrayBuffer();
      }
      server.child.kill('SIGTERM');
      expect(await server.exited).to.equal(0);
      const lines = server.output
        .join('\n')
        .split('\n')
        .filter((l) => l.includes('"log-test-'))
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines).to.have.length(3);
      for (const line of lines) {
        expect(line.res).to.deep.equal({ statusCode: 200, route: '/api/v1/interventions/:id' });
        expect(line.responseTime).to.be.a('number');
      }
      expect(server.output.join('\n')).to.include('"msg":"stopped"');
    } finally {
      server.child.kill('SIGKILL');
    }
  });
});
