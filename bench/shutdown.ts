// Time from SIGTERM to exit with idle keep-alive clients connected (issue 14: < 1 s).
// Run: npm run bench:shutdown (BENCH_CLIENTS, default 50; BENCH_ROUNDS, default 5).
import net from 'node:net';
import { machine } from './load.js';
import { percentile, startServeProcess } from './serve-process.js';

const clients = Number(process.env.BENCH_CLIENTS ?? 50);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);

async function idleClient(port: number): Promise<net.Socket> {
  const socket = net.connect(port, '127.0.0.1');
  await new Promise((r) => socket.once('connect', r));
  socket.write('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
  await new Promise((r) => socket.once('data', r)); // answered; the socket stays open, idle
  socket.on('error', () => undefined);
  return socket;
}

const times: number[] = [];
for (let r = 0; r < rounds; r++) {
  const s = await startServeProcess({ LOG_LEVEL: 'info' });
  const port = Number(new URL(s.url).port);
  const sockets = await Promise.all(Array.from({ length: clients }, () => idleClient(port)));
  const t = performance.now();
  s.child.kill('SIGTERM');
  const code = await s.exited;
  times.push(performance.now() - t);
  if (code !== 0) throw new Error(`exit code ${code}`);
  sockets.forEach((x) => x.destroy());
}
const v = [...times].sort((a, b) => a - b);
console.log(`shutdown with ${clients} idle keep-alive clients — ${machine()}`);
console.log(
  `SIGTERM → exit over ${rounds} runs: median ${percentile(v, 50).toFixed(0)} ms, max ${v.at(-1)!.toFixed(0)} ms`,
);
