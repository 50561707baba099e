/** checkLink: the one rule both importers apply to a link before it becomes a source. */
import { describe, expect, it } from 'vitest';
import { checkLink, linkNotKept } from '../../../src/domain/interchange/link.ts';

describe('checkLink', () => {
  it('keeps an absolute https: or http: link, trimmed', () => {
    expect(checkLink(' https://example.org/a?b=1 ')).toEqual({ ok: true, url: 'https://example.org/a?b=1' });
    expect(checkLink('HTTP://example.org/')).toEqual({ ok: true, url: 'HTTP://example.org/' });
  });

  it.each([
    ['', 'it is empty'],
    ['javascript:alert(1)', 'only http: and https: links are kept, not javascript:'],
    ['JavaScript:alert(1)', 'only http: and https: links are kept, not javascript:'],
    ['data:text/html,<script>alert(1)</script>', 'only http: and https: links are kept, not data:'],
    ['//evil.example/x', 'it is protocol-relative ("//…"): its scheme is not known; write https://'],
    ['/post/1', 'it is not an absolute URL'],
    ['example.org/post/1', 'it is not an absolute URL'],
    ['https://example.org/a b', 'it holds spaces, control or directional characters'],
    ['https://example.org/\u202e', 'it holds spaces, control or directional characters'],
  ])('refuses %s', (raw, why) => {
    expect(checkLink(raw)).toEqual({ ok: false, why });
  });

  it('refuses a link longer than the schema allows', () => {
    expect(checkLink(`https://example.org/${'a'.repeat(2000)}`)).toEqual({
      ok: false,
      why: 'it is longer than 2,000 characters',
    });
  });

  it('says which value was not kept and why', () => {
    expect(linkNotKept('the media', 'spotify:track:1', 'only http: and https: links are kept, not spotify:')).toBe(
      'the media "spotify:track:1" is not kept: only http: and https: links are kept, not spotify:',
    );
  });
});
