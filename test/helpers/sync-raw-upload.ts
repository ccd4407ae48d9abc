import { connect } from 'node:net';
import { dpopProof, type Session } from '../server/helpers/sign-in';

/**
 * Starts a real attachment upload over a raw socket and kills it: after `cutAt` bytes of the
 * body (headers complete, body short), or with the whole body sent and the connection dropped
 * `afterMs` later, before the answer is read. As a phone losing its connection mid-upload.
 */
export async function killedUpload(options: {
  directUrl: string;
  publicUrl: string;
  session: Session;
  sha256: string;
  body: Uint8Array;
  cutAt: number;
  afterMs: number;
}): Promise<void> {
  const { directUrl, publicUrl, session, sha256, body, cutAt, afterMs } = options;
  const path = `/api/v1/attachments/${sha256}`;
  const proof = await dpopProof(session, 'PUT', `${publicUrl}${path}`);
  const target = new URL(directUrl);
  const head =
    `PUT ${path} HTTP/1.1\r\n` +
    `Host: ${new URL(publicUrl).host}\r\n` +
    `Authorization: DPoP ${session.accessToken}\r\n` +
    `DPoP: ${proof}\r\n` +
    'Content-Type: application/octet-stream\r\n' +
    `Content-Length: ${body.length}\r\n\r\n`;
  await new Promise<void>((resolve) => {
    const socket = connect(Number(target.port), target.hostname, () => {
      socket.write(head);
      socket.write(body.subarray(0, cutAt), () => {
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, afterMs);
      });
    });
    socket.on('error', () => resolve());
  });
}
