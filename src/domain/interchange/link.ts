/**
 * Which links an import keeps as sources, the same for every format: an absolute https: or http: URL,
 * written in full. A protocol-relative link ("//host/…") takes the scheme of whatever page shows it,
 * and any other scheme (javascript:, data:, file:…) is not a document a reader can open safely.
 */
import { MAX_URL_LENGTH } from '../schema.ts';

export type LinkCheck = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly why: string };

// eslint-disable-next-line no-control-regex -- control characters in a link are refused
const UNSAFE_IN_LINK = /[\u0000-\u0020\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The link, trimmed, or why it is not kept ("only http: and https: links are kept, not javascript:"). */
export function checkLink(raw: string): LinkCheck {
  const url = raw.trim();
  if (url === '') return { ok: false, why: 'it is empty' };
  if (url.startsWith('//'))
    return { ok: false, why: 'it is protocol-relative ("//…"): its scheme is not known; write https://' };
  if (UNSAFE_IN_LINK.test(url)) return { ok: false, why: 'it holds spaces, control or directional characters' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, why: 'it is not an absolute URL' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return { ok: false, why: `only http: and https: links are kept, not ${parsed.protocol}` };
  if (url.length > MAX_URL_LENGTH)
    return { ok: false, why: `it is longer than ${MAX_URL_LENGTH.toLocaleString('en')} characters` };
  return { ok: true, url };
}

/** 'the media "spotify:track:1" is not kept: only http: and https: links are kept, not spotify:' */
export function linkNotKept(what: string, shown: string, why: string): string {
  return `${what} ${JSON.stringify(shown)} is not kept: ${why}`;
}
