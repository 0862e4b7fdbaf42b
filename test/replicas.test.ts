// Replicas: WORKERS=2 on one port with REDIS_URL share one rate-limit budget and serve one
// catalogue version; SIGHUP to the primary reloads every worker; SIGTERM drains all, exit 0.
// Needs Debian's redis-server (.ci/run installs it); it is started here on a free loopback port.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import net from 'node:net';
import { expect } from 'chai';
import { startServer } from './helpers/server-process.js';

const REDIS = process.env.REDIS_SERVER_PATH ?? 'redis-server';

async function freePort(): Promise<number> {
  const s = net.createServer().listen(0, '127.0.0.1');
  await once(s, 'listening');
  const port = (s.address() as net.AddressInfo).port;
  s.close();
  await once(s, 'close');
  return port;
}

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    REDIS,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.on('error', (e) =>
      reject(new Error(`cannot start ${REDIS} (apt-get install redis-server): ${e.message}`)),
    );
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      if (/Ready to accept connections/.test(out)) resolve();
    });
    child.on('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out}`)));
  });
  return child;
}

/** One request on a connection of its own, so the cluster hands connections to both workers. */
function get(
  url: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false, headers: { Connection: 'close' } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
  });
}

describe('replicas: two workers and Redis', function () {
  this.timeout(90_000);
  let redis: ChildProcess | undefined;
  after(() => {
    redis?.kill('SIGKILL');
  });

  it('share one rate-limit budget and one version; SIGHUP reloads both; SIGTERM drains both', async () => {
    const redisPort = await freePort();
    redis = await startRedis(redisPort);
    const server = await startServer({
      WORKERS: '2',
      RATE_LIMIT: '10',
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    });
    try {
      // Both workers up (each logs its listening line with its worker id).
      const deadline = Date.now() + 30_000;
      const workersUp = () =>
        new Set(
          server.output
            .filter((l) => l.includes('Insatsguiden listening'))
            .map((l) => (JSON.parse(l) as { worker?: number }).worker),
        );
      while (workersUp().size < 2 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      expect([...workersUp()].sort()).to.deep.equal([1, 2]);

      const answers = [];
      for (let i = 0; i < 12; i++) answers.push(await get(`${server.url}/api/v1/districts`));
      const statuses = answers.map((a) => a.status);
      // One budget of 10 across both workers: in memory each would allow 10 (20 in all).
      expect(statuses.slice(0, 10)).to.deep.equal(Array(10).fill(200));
      expect(statuses.slice(10)).to.deep.equal([429, 429]);
      const versions = new Set(answers.map((a) => a.headers['x-catalogue-version']));
      expect(versions.size).to.equal(1);

      server.child.kill('SIGHUP');
      while (
        server.output.filter((l) => l.includes('catalogue reloaded (SIGHUP)')).length < 2 &&
        Date.now() < deadline + 30_000
      )
        await new Promise((r) => setTimeout(r, 100));
      expect(server.output.filter((l) => l.includes('catalogue reloaded (SIGHUP)'))).to.have.length(
        2,
      );

      server.child.kill('SIGTERM');
      expect(await server.exited).to.equal(0);
      expect(server.output.join('\n')).to.include('all workers stopped');
      expect(server.output.filter((l) => l.includes('"msg":"stopped"'))).to.have.length(2);
    } finally {
      server.child.kill('SIGKILL');
    }
  });
});
