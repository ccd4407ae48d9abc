import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  headers: Map<string, string>;
  body: string;
}

/**
 * Sends bytes as they are on a fresh socket and reads the answer until the server closes it or
 * the whole body has come: for requests fetch() would refuse or rewrite (huge URLs, bad
 * encodings, bodies that never finish).
 */
export function rawRequest(
  baseUrl: string,
  head: string,
  options: { bodyStart?: string; timeoutMs?: number } = {},
): Promise<RawResponse> {
  const { port, hostname } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('no complete answer in time'));
    }, options.timeoutMs ?? 10_000);
    const finish = () => {
      const parsed = parse(Buffer.concat(chunks).toString('utf8'));
      if (!parsed) return false;
      clearTimeout(timer);
      socket.destroy();
      resolve(parsed);
      return true;
    };
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      finish();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      if (!finish()) {
        clearTimeout(timer);
        reject(new Error('connection closed without a complete answer'));
      }
    });
    socket.write(`${head}\r\n\r\n${options.bodyStart ?? ''}`);
  });
}

function parse(text: string): RawResponse | undefined {
  const end = text.indexOf('\r\n\r\n');
  if (end === -1) return undefined;
  const [statusLine = '', ...lines] = text.slice(0, end).split('\r\n');
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const body = text.slice(end + 4);
  const length = Number(headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(length) && Buffer.byteLength(body) < length) return undefined;
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}
