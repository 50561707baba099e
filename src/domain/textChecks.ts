/**
 * Every string in an item is plain text: no markup, no control characters. Every `url` is an
 * absolute http(s) link. These rules keep a crafted data file from injecting script or links.
 */
const MARKUP = /<\s*[a-zA-Z/!?]|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

type Report = (path: (string | number)[], message: string) => void;

function checkUrl(url: string, path: (string | number)[], report: Report) {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined) report(path, `"${url.slice(0, 80)}" is not an absolute URL`);
  else if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    report(path, `links must use https: or http:, found "${parsed.protocol}"`);
}

/** Walks every string of `value`, reporting markup and unsafe links with their field path. */
export function checkTextAndLinks(value: unknown, report: Report, path: (string | number)[] = []): void {
  if (typeof value === 'string') {
    const field = path[path.length - 1];
    if (field === 'url') return checkUrl(value, path, report);
    if (MARKUP.test(value))
      report(path, 'markup is not allowed in text fields (found "<tag" or "&entity;"); write plain text');
    else if (CONTROL.test(value)) report(path, 'control characters are not allowed in text fields');
    return;
  }
  if (Array.isArray(value)) value.forEach((v, i) => checkTextAndLinks(v, report, [...path, i]));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) checkTextAndLinks(v, report, [...path, k]);
}
