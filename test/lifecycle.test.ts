// Issue 14, points 4–6 on the real process: signals are safe from the first moment, shutdown closes
// keep-alive connections and is bounded, and slow or oversized requests are cut by configured limits.
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  constants,
  openSync,
  readFileSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { spawnServer, startServer, type SpawnedServer } from './helpers/server-process.js';
import { copyCatalogue, type CatalogueCopy } from './helpers/catalogue-copy.js';
import { connect } from './helpers/raw-http.js';
import { readConfig } from '../src/config/config.js';

async function waitFor(cond: () => boolean, ms = 10_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

/**
 * A catalogue whose districts.yaml is a named pipe: loading blocks on it until the test writes the
 * file's content, so "before the catalogue is ready" lasts exactly as long as the test wants.
 */
function blockedCatalogue(): { copy: CatalogueCopy; release(): void } {
  const copy = copyCatalogue();
  const file = path.join(copy.catalogDir, 'districts.yaml');
  const content = readFileSync(file);
  unlinkSync(file);
  execFileSync('mkfifo', [file]);
  return {
    copy,
    release() {
      // The server is blocked opening the pipe, so a non-blocking open for writing succeeds. The
      // path then becomes a regular file again, for any later reload.
      const fd = openSync(file, constants.O_WRONLY | constants.O_NONBLOCK);
      unlinkSync(file);
      writeFileSync(file, content);
      writeSync(fd, content); // smaller than a pipe's buffer, so it never blocks
      closeSync(fd);
    },
  };
}

async function startBlocked(): Promise<{ s: SpawnedServer; release(): void; done(): void }> {
  const b = blockedCatalogue();
  const s = spawnServer({ CATALOG_DIR: b.copy.catalogDir, RULES_DIR: b.copy.rulesDir });
  // The server says when it starts loading; should it not, wait long enough for it to be loading.
  await waitFor(() => s.output.some((l) => l.includes('loading catalogue')), 5000);
  return {
    s,
    release: b.release,
    done: () => {
      s.child.kill('SIGKILL');
      b.copy.remove();
    },
  };
}

describe('signals before the catalogue is ready', function () {
  this.timeout(60_000);

  it('SIGTERM while loading exits 0 promptly', async () => {
    const { s, release, done } = await startBlocked();
    try {
      s.child.kill('SIGTERM');
      expect(
        await waitFor(
          () => s.output.some((l) => l.includes('stopping before the catalogue is ready')),
          5000,
        ),
        s.output.join('\n'),
      ).to.equal(true);
      // Node's exit waits for its file-system threads, and one is blocked opening the pipe (a
      // test artifact: a real file is never blocked), so the pipe is released for the exit.
      release();
      const code = await Promise.race([s.exited, new Promise((r) => setTimeout(r, 5000, 'alive'))]);
      expect(code, s.output.join('\n')).to.equal(0);
      expect(s.output.join('\n')).not.to.include('listening');
    } finally {
      done();
    }
  });

  it('SIGHUP while loading is queued with a log line, and the server then starts and reloads', async () => {
    const { s, release, done } = await startBlocked();
    try {
      s.child.kill('SIGHUP');
      expect(
        await waitFor(
          () => s.output.some((l) => l.includes('SIGHUP before the catalogue is ready')),
          5000,
        ),
        s.output.join('\n'),
      ).to.equal(true);
      release();
      const url = await s.ready;
      expect(
        await waitFor(() => s.output.some((l) => l.includes('catalogue reloaded (SIGHUP)'))),
        s.output.join('\n'),
      ).to.equal(true);
      expect((await fetch(`${url}/ready`)).status).to.equal(200);
      s.child.kill('SIGTERM');
      expect(await s.exited).to.equal(0);
    } finally {
      done();
    }
  });
});

describe('shutdown', function () {
  this.timeout(60_000);

  it('answers with Connection: close, closes keep-alive sockets and bounds the drain', async () => {
    const s = await startServer({ SHUTDOWN_DRAIN_MS: '1500' });
    const port = Number(new URL(s.url).port);
    // Idle keep-alive clients.
    const idle = await Promise.all([1, 2, 3].map(() => connect(port)));
    for (const c of idle) {
      await c.send('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
      expect((await c.response()).headers.connection).to.equal('keep-alive');
    }
    // A keep-alive request in flight: headers and half the body sent.
    const body = JSON.stringify({ age: 12, criminality: 'convicted' });
    const busy = await connect(port);
    await busy.send(
      `POST /api/v1/recommendations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`,
    );
    // A stalled client that never finishes its headers.
    const stalled = await connect(port);
    await stalled.send('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    await new Promise((r) => setTimeout(r, 200));

    const sent = Date.now();
    s.child.kill('SIGTERM');
    expect(await waitFor(() => s.output.some((l) => l.includes('shutting down')))).to.equal(true);
    for (const c of idle) expect(await c.closedWithin(1000), 'idle socket closed').to.equal(true);
    await busy.send(body.slice(5));
    const answer = await busy.response();
    expect(answer.status).to.equal(200);
    expect(answer.headers.connection).to.equal('close');
    expect(await busy.closedWithin(1000), 'socket closed after its last answer').to.equal(true);
    const code = await Promise.race([s.exited, new Promise((r) => setTimeout(r, 5000, 'alive'))]);
    expect(code, 'exit code (the drain of 1.5 s bounds the stalled client)').to.equal(0);
    expect(Date.now() - sent).to.be.lessThan(5000);
  });
});

describe('timeouts and limits from configuration', function () {
  this.timeout(60_000);

  it('has safe defaults and validates values', () => {
    const c = readConfig({});
    expect(c.timeouts).to.deep.equal({
      headersMs: 10_000,
      requestMs: 30_000,
      keepAliveMs: 5_000,
      shutdownDrainMs: 10_000,
    });
    expect(() => readConfig({ REQUEST_TIMEOUT_MS: '0' })).to.throw(/REQUEST_TIMEOUT_MS/);
  });

  it('cuts slow headers and slow bodies, and refuses an oversized body before reading it', async () => {
    const s = await startServer({ HEADERS_TIMEOUT_MS: '1000', REQUEST_TIMEOUT_MS: '2000' });
    const port = Number(new URL(s.url).port);
    try {
      const slowHeaders = await connect(port);
      await slowHeaders.send('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      const slowBody = await connect(port);
      await slowBody.send(
        'POST /api/v1/recommendations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"age":',
      );
      const big = await connect(port);
      await big.send(
        'POST /api/v1/recommendations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 50000000\r\n\r\n{"age":',
      );
      const refused = await big.response(3000);
      expect(refused.status).to.equal(413);
      expect(refused.headers['content-type']).to.match(/^application\/problem\+json/);
      expect(refused.headers.connection).to.equal('close');
      expect(await big.closedWithin(3000), 'oversized request closed unread').to.equal(true);
      expect(await slowHeaders.closedWithin(6000), 'slow headers cut').to.equal(true);
      expect(await slowBody.closedWithin(6000), 'slow body cut').to.equal(true);
    } finally {
      s.child.kill('SIGTERM');
      await s.exited;
    }
  });
});
