// Reading an answer's body: bounded in size whatever the server sends (a
// 10 MB page, an endless stream, a compression bomb), decoded when the server
// compressed it, and parsed as JSON when it looks like JSON.
import type { Transform } from 'node:stream';
import { constants, createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

export const MAX_BODY_BYTES = 1024 * 1024;

/** Thrown when a body marked as compressed does not decompress. */
export class BodyDecodeError extends Error {
  override name = 'BodyDecodeError';
}

export interface BoundedBody {
  bytes: Buffer;
  /** The server sent more than the limit; the rest was not read. */
  truncated: boolean;
}

type Body = AsyncIterable<Buffer | Uint8Array> & { destroy?: (err?: Error) => unknown };

/** At most `limit` bytes of `body`; the stream is closed as soon as the limit is reached. */
export async function readBounded(body: Body, limit: number): Promise<BoundedBody> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buf = Buffer.from(chunk);
    if (size + buf.length > limit) {
      chunks.push(buf.subarray(0, limit - size));
      body.destroy?.();
      return { bytes: Buffer.concat(chunks), truncated: true };
    }
    chunks.push(buf);
    size += buf.length;
  }
  return { bytes: Buffer.concat(chunks), truncated: false };
}

// Z_SYNC_FLUSH at the end: a body cut short by the size bound decodes as far as it goes.
const DECODERS: Record<string, () => Transform> = {
  gzip: () => createGunzip({ finishFlush: constants.Z_SYNC_FLUSH }),
  'x-gzip': () => createGunzip({ finishFlush: constants.Z_SYNC_FLUSH }),
  deflate: () => createInflate({ finishFlush: constants.Z_SYNC_FLUSH }),
  br: () => createBrotliDecompress({ finishFlush: constants.BROTLI_OPERATION_FLUSH }),
};

/**
 * The body with its content-encoding undone, bounded to `limit` decoded bytes
 * (a small compressed body may expand enormously). Encodings we do not know
 * are left as they are; a known one that fails to decode throws BodyDecodeError.
 */
export async function decodeBody(raw: BoundedBody, contentEncoding: string | undefined, limit: number): Promise<BoundedBody> {
  const coding = (contentEncoding ?? '').trim().toLowerCase();
  const make = DECODERS[coding];
  if (!make || raw.bytes.length === 0) return raw;
  const z = make();
  z.end(raw.bytes);
  try {
    const out = await readBounded(z, limit);
    return { bytes: out.bytes, truncated: raw.truncated || out.truncated };
  } catch (err) {
    z.destroy();
    throw new BodyDecodeError(`the body is marked content-encoding ${coding} but does not decode (${(err as Error).message})`);
  }
}

/** The parsed JSON of a body that looks like a JSON object or array; undefined otherwise. */
export function parseJson(text: string): unknown {
  const t = text.trim();
  if (!t.startsWith('{') && !t.startsWith('[')) return undefined;
  try {
    return JSON.parse(t);
  } catch {
    return undefined;
  }
}
