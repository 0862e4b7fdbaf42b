// The real process: SIGHUP reloads safely, SIGTERM lets in-flight requests finish and exits 0.
import http from 'node:http';
import net from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { startServer } from './helpers/server-process.js';
import { copyCatalogue } from './helpers/catalogue-copy.js';

function post(
  url: string,
  body: object,
): { sent: Promise<void>; done: Promise<{ status: number; body: string }> } {
  let markSent!: () => void;
  const sent = new Promise<void>((r) => (markSent = r));
  const done = new Promise<{ status: number; body: string }>((resolve, reject) => {
    // One connection per request (agent: false) so no request waits behind another on a socket.
    const req = http.request(
      `${url}/api/v1/recommendations?explain=true`,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } },
      (res) => {
        let data = '';
        res.on('data', (c) => (data += c));
        res.on('end', () => resolve({ status: res.statusCode!, body: data }));
      },
    );
    req.on('error', reject);
    req.on('finish', markSent);
    req.end(JSON.stringify(body));
  });
  return { sent, done };
}

/** A raw HTTP request whose body is sent in two halves, so it is mid-flight for as long as we like. */
function holdRequest(port: number, body: object) {
  const payload = Buffer.from(JSON.stringify(body));
  const half = Math.floor(payload.length / 2);
  const socket = net.connect(port, '127.0.0.1');
  const started = new Promise<void>((resolve) =>
    socket.once('connect', () => {
      socket.write(
        `POST /api/v1/recommendations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${payload.length}\r\nConnection: close\r\n\r\n`,
      );
      socket.write(payload.subarray(0, half), () => resolve());
    }),
  );
  const chunks: Buffer[] = [];
  socket.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<{ status: number; body: string }>((resolve, reject) => {
    socket.on('error', reject);
    socket.on('end', () => {
      const raw = Buffer.concat(chunks);
      const split = raw.indexOf('\r\n\r\n');
      const head = raw.subarray(0, split).toString('latin1');
      // Express sends JSON with Content-Length (never chunked), so the rest is the body.
      expect(head).to.match(/content-length: \d+/i);
      resolve({
        status: Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1]),
        body: raw.subarray(split + 4).toString('utf8'),
      });
    });
  });
  return { started, done, finish: () => socket.write(payload.subarray(half)) };
}

const getJson = async (url: string) =>
  (await fetch(url)).json() as Promise<Record<string, unknown>>;

describe('server process', function () {
  this.timeout(60_000);

  it('SIGTERM during load: in-flight requests complete, new connections are refused, exit 0', async () => {
    const s = await startServer();
    const { port } = new URL(s.url);
    // Requests that are truly in flight: headers and half the body are on the wire, the server is
    // reading them; the rest arrives only after SIGTERM.
    const inFlight = Array.from({ length: 40 }, (_, i) =>
      holdRequest(Number(port), {
        age: 6 + (i % 14),
        criminality: 'convicted',
        violence: ['witnessed'],
        schoolAbsence: 'frequent',
      }),
    );
    await Promise.all(inFlight.map((r) => r.started));
    // Plus ordinary concurrent load that was sent before the signal.
    const load = Array.from({ length: 30 }, (_, i) =>
      post(s.url, { age: 10 + (i % 8), substanceUse: 'risky' }),
    );
    await Promise.all(load.map((r) => r.sent));
    await new Promise((r) => setTimeout(r, 150)); // the server has read every request's headers
    s.child.kill('SIGTERM');
    await waitFor(() => s.output.some((l) => l.includes('shutting down')));
    const refused = await fetch(`${s.url}/health`).then(
      () => false,
      () => true,
    );
    expect(refused, 'new connections are refused after SIGTERM').to.equal(true);
    inFlight.forEach((r) => r.finish());
    const results = await Promise.all(inFlight.map((r) => r.done));
    for (const r of results) {
      expect(r.status).to.equal(200);
      expect(JSON.parse(r.body).recommendations.length).to.be.greaterThan(0);
    }
    const loaded = await Promise.allSettled(load.map((r) => r.done));
    expect(
      loaded.filter((r) => r.status === 'fulfilled' && r.value.status === 200).length,
      'requests the server had read',
    ).to.be.greaterThan(0);
    expect(await s.exited).to.equal(0);
  });

  it('SIGHUP reloads a good catalogue and keeps the old one when the new one is broken', async () => {
    const copy = copyCatalogue();
    const s = await startServer({ CATALOG_DIR: copy.catalogDir, RULES_DIR: copy.rulesDir });
    try {
      const v0 = (await getJson(`${s.url}/ready`)).catalogueVersion;
      const file = path.join(copy.catalogDir, 'interventions', 'skkp.yaml');
      const original = readFileSync(file, 'utf8');
      writeFileSync(file, original.replace('level: central', 'level: citywide'));
      s.child.kill('SIGHUP');
      await waitFor(() => s.output.some((l) => l.includes('reload rejected')));
      expect((await getJson(`${s.url}/ready`)).catalogueVersion).to.equal(v0);
      expect(s.output.join('\n')).to.match(/skkp\.yaml:\d+:\d+ NOT_ALLOWED_VALUE/);
      writeFileSync(
        file,
        original.replace('name: Särskilt kvalificerad kontaktperson (SKKP)', 'name: SKKP (ändrad)'),
      );
      s.child.kill('SIGHUP');
      await waitFor(() => s.output.some((l) => l.includes('catalogue reloaded (SIGHUP)')));
      const v1 = (await getJson(`${s.url}/ready`)).catalogueVersion;
      expect(v1).to.not.equal(v0);
      expect((await getJson(`${s.url}/api/v1/interventions/skkp`)).name).to.equal('SKKP (ändrad)');
    } finally {
      s.child.kill('SIGTERM');
      await s.exited;
      copy.remove();
    }
  });

  it('refuses to start on invalid configuration with a clear message', async () => {
    let err: Error | undefined;
    try {
      await startServer({ PORT: 'abc' });
    } catch (e) {
      err = e as Error;
    }
    expect(err?.message).to.include('PORT="abc" must be an integer');
  });
});

async function waitFor(cond: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
