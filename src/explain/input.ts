// Reading what the user hands to `explain`: bounded, and safe on binary.
// A pipe may never end (`kubectl logs -f`, `cat /dev/urandom`): reading stops
// at the bound and the stream is released, so explain always answers.

export const INPUT_LIMIT = 1024 * 1024;

export interface ReadResult {
  buffer: Buffer;
  truncated: boolean;
}

/** At most `limit` bytes from a stream; the rest is left unread and the stream released. */
export async function readBounded(stream: NodeJS.ReadableStream, limit = INPUT_LIMIT): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    if (size + b.length > limit) {
      chunks.push(b.subarray(0, limit - size));
      size = limit;
      truncated = true;
      break; // leaving the loop destroys the stream: a writer that never stops cannot hold us
    }
    chunks.push(b);
    size += b.length;
  }
  return { buffer: Buffer.concat(chunks, size), truncated };
}

export interface Decoded {
  text: string;
  notices: string[];
  /** Nothing readable was left: binary data, not an error message. */
  binary: boolean;
}

/** Text from bytes: invalid UTF-8 and control bytes dropped; binary input recognised as such. */
export function decodeInput({ buffer, truncated }: ReadResult, limit = INPUT_LIMIT): Decoded {
  const notices: string[] = [];
  if (truncated) notices.push(`Only the first ${Math.round(limit / 1024)} KiB of the input were read.`);
  const raw = buffer.toString('utf8');
  let dropped = 0;
  const text = raw.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g, () => {
    dropped++;
    return '';
  });
  // Mostly undecodable bytes: an image or an archive, not an error message.
  const binary = buffer.length > 0 && dropped > raw.length * 0.3;
  if (!binary && dropped > 64) notices.push(`${dropped} bytes that are not text were skipped.`);
  return { text, notices, binary };
}
