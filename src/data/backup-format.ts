// The backup file: JSON in which every ArrayBuffer is written as {"$b64": "..."}. Everything
// personal inside it is still sealed by the data key; the key travels only wrapped.

const B64 = '$b64';

function toBase64(buffer: ArrayBuffer): string {
  let binary = '';
  const bytes = new Uint8Array(buffer);
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): ArrayBuffer {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

export function encodeBackup(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field instanceof ArrayBuffer ? { [B64]: toBase64(field) } : field,
  );
}

/** Throws on anything that is not well-formed JSON with valid base64. */
export function decodeBackup(text: string): unknown {
  return JSON.parse(text, (_key, field: unknown) => {
    if (field && typeof field === 'object' && B64 in field) {
      const encoded = (field as Record<string, unknown>)[B64];
      if (typeof encoded !== 'string') throw new Error('bad-base64');
      return fromBase64(encoded);
    }
    return field;
  });
}
