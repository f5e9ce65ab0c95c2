import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { SitrepError } from '../core/errors.js';
import { isPrivateAddress } from './private-address.js';

/** Options of `fetchUrl`. */
export interface FetchOptions {
  readonly maxBytes: number;
  readonly timeoutMs: number;
  readonly maxRedirects?: number;
  /** Allows private addresses (all, or only those listed): for tests against a local server only. */
  readonly allowPrivate?: boolean | readonly string[];
}

/** A fetched page: its bytes, content type and the URL it was finally read from. */
export interface Fetched {
  readonly bytes: Buffer;
  readonly contentType: string;
  readonly url: string;
}

/** Redirects followed at most, each checked like the first request. */
const MAX_REDIRECTS = 5;

/**
 * GETs an http(s) URL given explicitly by the user. Every hop (redirects included) is checked: the
 * host's resolved address must be public, checked in the socket's own DNS lookup so the address
 * checked is the address connected to (no DNS rebinding between check and use). The body is
 * refused past `maxBytes`, and the whole fetch is abandoned after `timeoutMs`.
 */
export async function fetchUrl(url: string, options: FetchOptions): Promise<Fetched> {
  const deadline = AbortSignal.timeout(options.timeoutMs);
  let current = url;
  for (let hop = 0; hop <= (options.maxRedirects ?? MAX_REDIRECTS); hop++) {
    const response = await get(current, options, deadline);
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume();
      current = new URL(response.headers.location, current).toString();
      continue;
    }
    if (status !== 200) {
      response.resume();
      throw new SitrepError('E_FETCH_FAILED', { url: current, detail: `HTTP ${status}` });
    }
    return { bytes: await readBody(response, current, options.maxBytes), contentType: String(response.headers['content-type'] ?? ''), url: current };
  }
  throw new SitrepError('E_FETCH_FAILED', { url, detail: 'too many redirects' });
}

/** One GET, with the address guard in its DNS lookup. */
function get(url: string, options: FetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  const target = new URL(url);
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return Promise.reject(new SitrepError('E_FETCH_FAILED', { url, detail: `unsupported protocol ${target.protocol}` }));
  }
  const host = target.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && refused(host, options.allowPrivate)) {
    return Promise.reject(new SitrepError('E_FETCH_PRIVATE', { url, host, address: host }));
  }
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(target, { method: 'GET', signal, lookup: guardedLookup(url, options.allowPrivate), headers: { 'user-agent': 'sitrep', accept: '*/*' } }, resolve);
    req.on('error', (error) => reject(error instanceof SitrepError ? error : new SitrepError('E_FETCH_FAILED', { url, detail: error.message }, { cause: error })));
    req.end();
  });
}

/** A DNS lookup that fails when any resolved address is private (unless allowed). */
function guardedLookup(url: string, allowPrivate: FetchOptions['allowPrivate']): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const bad = addresses.find((a) => refused(a.address, allowPrivate));
      if (bad) return callback(new SitrepError('E_FETCH_PRIVATE', { url, host: hostname, address: bad.address }) as never, '', 0);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}

/** True when the guard refuses an address: private and not allowed. */
function refused(address: string, allowPrivate: FetchOptions['allowPrivate']): boolean {
  if (allowPrivate === true || !isPrivateAddress(address)) return false;
  return !(Array.isArray(allowPrivate) && allowPrivate.includes(address));
}

/** The body, refused as soon as it passes `maxBytes`. */
async function readBody(response: IncomingMessage, url: string, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length'] ?? 0);
  if (declared > maxBytes) {
    response.destroy();
    throw new SitrepError('E_INPUT_TOO_LARGE', { path: url, size: declared, limit: maxBytes });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy();
        throw new SitrepError('E_INPUT_TOO_LARGE', { path: url, size: `more than ${maxBytes}`, limit: maxBytes });
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof SitrepError) throw error;
    throw new SitrepError('E_FETCH_FAILED', { url, detail: (error as Error).message }, { cause: error });
  }
  return Buffer.concat(chunks, size);
}
