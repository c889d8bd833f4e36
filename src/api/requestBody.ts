import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import getRawBody from 'raw-body';

/** A request refused before GraphQL sees it: an HTTP status and a code for `extensions.code`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

const DECODERS: Record<string, (() => NodeJS.ReadWriteStream) | undefined> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/** The request's media type and charset, lower-cased (`application/json; charset=UTF-8`). */
function contentType(req: IncomingMessage): { essence: string; charset: string | null } {
  const [essence = '', ...params] = (req.headers['content-type'] ?? '').split(';');
  const charset = params
    .map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(p)?.[1])
    .find((c) => c !== undefined);
  return { essence: essence.trim().toLowerCase(), charset: charset?.toLowerCase() ?? null };
}

/** The body as sent, or decompressed: a limit on a decompressed body bounds what a bomb costs. */
function decoded(req: IncomingMessage): {
  stream: Readable | NodeJS.ReadWriteStream;
  length?: string;
} {
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity') return { stream: req, length: req.headers['content-length'] };
  const decoder = DECODERS[encoding];
  if (!decoder)
    throw new HttpError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      `unsupported content-encoding "${encoding}"`,
    );
  return { stream: req.pipe(decoder()) };
}

/**
 * Strict UTF-8: Buffer's decoding replaces a bad sequence with U+FFFD, and a report sent with
 * one would be stored changed, answered 200, with nobody told.
 */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function utf8(bytes: Buffer): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'request body is not valid UTF-8');
  }
}

async function readText(req: IncomingMessage, limitBytes: number): Promise<string> {
  const { stream, length } = decoded(req);
  let bytes: Buffer;
  try {
    // As bytes: raw-body's own decoding goes through iconv-lite, slower than Buffer's for UTF-8.
    bytes = await getRawBody(stream, { limit: limitBytes, length });
  } catch (e) {
    if (stream !== req) {
      // A decoder left half-read would hold the request's data; the socket may serve another.
      req.unpipe();
      (stream as Readable).destroy();
    }
    const type = (e as { type?: unknown }).type;
    if (type === 'entity.too.large')
      throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `request body over ${limitBytes} bytes`);
    // A broken gzip stream, a body shorter or longer than its Content-Length.
    throw new HttpError(400, 'BAD_REQUEST', `unreadable request body: ${(e as Error).message}`);
  }
  return utf8(bytes);
}

/**
 * A POST's JSON body, parsed: what Apollo Server needs from an integration. Any other media type
 * gives `undefined`, which Apollo refuses itself (CSRF prevention or "POST body missing") with
 * its own messages. Only UTF-8, as RFC 8259 requires of JSON between systems.
 */
export async function readJsonBody(req: IncomingMessage, limitBytes: number): Promise<unknown> {
  if (req.method !== 'POST') return undefined;
  const { essence, charset } = contentType(req);
  if (essence !== 'application/json') return undefined;
  if (charset !== null && charset !== 'utf-8' && charset !== 'utf8')
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `unsupported charset "${charset}"`);
  const text = await readText(req, limitBytes);
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new HttpError(400, 'BAD_REQUEST', `request body is not JSON: ${(e as Error).message}`);
  }
}
