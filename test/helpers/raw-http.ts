// A raw TCP HTTP/1.1 client for tests that need what fetch hides: half-sent requests, idle
// keep-alive sockets, and whether the server closed the connection.
import net from 'node:net';

export interface RawConnection {
  socket: net.Socket;
  /** Everything received so far, as latin1 text. */
  received(): string;
  send(data: string | Buffer): Promise<void>;
  /** Resolves with the first response head (status and lower-cased headers), or rejects after ms. */
  response(ms?: number): Promise<{ status: number; headers: Record<string, string> }>;
  /** Resolves true when the server closes the connection within ms, false otherwise. */
  closedWithin(ms: number): Promise<boolean>;
}

export async function connect(port: number): Promise<RawConnection> {
  const socket = net.connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const chunks: Buffer[] = [];
  let closed = false;
  const onClose = new Promise<void>((resolve) => {
    socket.on('close', () => {
      closed = true;
      resolve();
    });
  });
  socket.on('error', () => undefined); // a reset by the server counts as closed
  socket.on('data', (c: Buffer) => chunks.push(c));
  const received = () => Buffer.concat(chunks).toString('latin1');
  const poll = async <T>(ms: number, get: () => T | undefined): Promise<T | undefined> => {
    const end = Date.now() + ms;
    for (;;) {
      const v = get();
      if (v !== undefined || Date.now() > end) return v;
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  return {
    socket,
    received,
    send: (data) =>
      new Promise<void>((resolve, reject) =>
        socket.write(data, (e) => (e ? reject(e) : resolve())),
      ),
    async response(ms = 5000) {
      const head = await poll(ms, () => {
        const text = received();
        const end = text.indexOf('\r\n\r\n');
        return end < 0 ? undefined : text.slice(0, end);
      });
      if (head === undefined) throw new Error(`no response within ${ms} ms`);
      const [statusLine, ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const l of lines) {
        const i = l.indexOf(':');
        headers[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim();
      }
      return { status: Number(/^HTTP\/1\.1 (\d+)/.exec(statusLine!)?.[1]), headers };
    },
    async closedWithin(ms) {
      if (closed) return true;
      await Promise.race([onClose, new Promise((r) => setTimeout(r, ms))]);
      return closed;
    },
  };
}
