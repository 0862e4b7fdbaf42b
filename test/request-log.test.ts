// The request log line (src/http/request-log.ts): one line per answer with request id, method,
// route template, status and latency, at a level by status, and marked when the client left
// before the answer was sent.
import { expect } from 'chai';
import { EventEmitter } from 'node:events';
import { pino } from 'pino';
import request from 'supertest';
import { testApp, type TestApp } from './helpers/app.js';
import { requestLog } from '../src/http/request-log.js';

type Line = Record<string, unknown>;

describe('request log line', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp();
  });
  const lines = (): Line[] => t.logs.map((l) => JSON.parse(l) as Line);
  const lineFor = (id: string) => lines().filter((l) => l.reqId === id);

  it('says id, method, route template, status and latency of an answer, at info', async () => {
    await request(t.app)
      .get('/api/v1/interventions/mst')
      .set('X-Request-Id', 'log-line-1')
      .expect(200);
    const [line, ...more] = lineFor('log-line-1');
    expect(more).to.have.length(0);
    expect(line).to.include({ level: 30, msg: 'request completed' });
    expect(line!.req).to.deep.equal({ id: 'log-line-1', method: 'GET' });
    expect(line!.res).to.deep.equal({ statusCode: 200, route: '/api/v1/interventions/:id' });
    expect(line!.responseTime).to.be.a('number');
    expect(line).to.not.have.property('aborted');
  });

  it('logs a client error at warn, without the path it asked for', async () => {
    await request(t.app)
      .get('/nowhere/19121212-1212')
      .set('X-Request-Id', 'log-line-2')
      .expect(404);
    const [line] = lineFor('log-line-2');
    expect(line).to.include({ level: 40 });
    expect(line!.res).to.deep.equal({ statusCode: 404, route: '(no route)' });
    expect(JSON.stringify(line)).to.not.include('19121212');
  });

  it('marks a request whose client left before the answer was sent as aborted', () => {
    // The handler is still working when the connection closes: 'close' comes without 'finish'.
    // (A client that leaves mid-body gets its 400 "request aborted" written and logged as such.)
    const logged: Line[] = [];
    const logger = pino({ level: 'info' }, { write: (l: string) => logged.push(JSON.parse(l)) });
    const req = { method: 'POST', headers: { 'x-request-id': 'log-line-3' } };
    const res = Object.assign(new EventEmitter(), {
      statusCode: 200,
      writableFinished: false,
      locals: {},
      setHeader: () => undefined,
    });
    let nextCalled = false;
    requestLog(logger)(req as never, res as never, () => (nextCalled = true));
    expect(nextCalled).to.equal(true);
    res.emit('close');
    res.emit('close');
    expect(logged).to.have.length(1);
    expect(logged[0]).to.include({ reqId: 'log-line-3', aborted: true });
  });
});
