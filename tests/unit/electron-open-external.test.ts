import { describe, expect, it } from 'vitest';
import { decideExternalUrl, isAllowedExternalUrl } from '../../electron/main/open-external';

describe('shell.openExternal allow-list', () => {
  it.each([
    ['https://www.lbhf.gov.uk/councillors', 'https://www.lbhf.gov.uk/councillors'],
    [
      'https://democracy.lbhf.gov.uk/ieListDocuments.aspx?CId=123&MId=456#top',
      'https://democracy.lbhf.gov.uk/ieListDocuments.aspx?CId=123&MId=456#top',
    ],
    ['HTTPS://WWW.LBHF.GOV.UK/', 'https://www.lbhf.gov.uk/'],
    ['mailto:david.abbott@lbhf.gov.uk', 'mailto:david.abbott@lbhf.gov.uk'],
    [
      'mailto:a@lbhf.gov.uk,b@lbhf.gov.uk?subject=Minutes%20of%2019%20September&cc=c@lbhf.gov.uk',
      'mailto:a@lbhf.gov.uk,b@lbhf.gov.uk?subject=Minutes%20of%2019%20September&cc=c@lbhf.gov.uk',
    ],
    // Policy: a look-alike host is a real https site; we keep no list of trusted sites, and the
    // browser shows its real host. It is opened as parsed, never as the raw string.
    ['https://lbhf.gov.uk.evil.com/login', 'https://lbhf.gov.uk.evil.com/login'],
  ])('opens %s as %s', (raw, expected) => {
    expect(decideExternalUrl(raw)).toEqual({ allowed: true, url: expected });
  });

  const hostile = [
    // schemes that run code, read files, reach shares or carry payloads
    'javascript:alert(document.cookie)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'file://server/share/minutes.docx',
    'FILE:///C:/Windows/System32/calc.exe',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'smb://evil.example/share',
    'smb:\\\\evil.example\\share',
    '\\\\evil.example\\share\\payload.exe',
    'http://www.lbhf.gov.uk/',
    'ftp://evil.example/',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=invoice',
    'app://scrutineer/index.html',
    'chrome://settings',
    'about:blank',
    'blob:https://evil.example/123',
    'ssh://evil.example',
    // userinfo tricks: the real host is after the @
    'https://www.lbhf.gov.uk@evil.example/',
    'https://user@evil.example/',
    'https://user:pass@evil.example/',
    'https://www.lbhf.gov.uk%40evil.example@evil.example/',
    'https://:@evil.example/',
    // hosts on this machine or the local network, and look-alike letters
    'https://localhost/',
    'https://127.0.0.1/',
    'https://0x7f000001/',
    'https://2130706433/',
    'https://[::1]/',
    'https://192.168.1.1/admin',
    'https://intranet/',
    'https://evil.example:8443/',
    'https://xn--lbf-hla.gov.uk/',
    'https://lbhf.gov.uk\\@evil.example',
    'https:/\\evil.example',
    // mail tricks
    'mailto:?attach=/etc/passwd',
    'mailto:a@lbhf.gov.uk?attach=~/.ssh/id_rsa',
    'mailto:a@lbhf.gov.uk?Attach=/etc/passwd',
    'mailto:a@lbhf.gov.uk?subject=x&body=y&x-header=z',
    'mailto:javascript:alert(1)',
    'mailto:a@lbhf.gov.uk?cc=javascript:alert(1)',
    'mailto:%E0%A4%A',
    // not links at all
    '',
    '   ',
    'www.lbhf.gov.uk',
    '//evil.example/',
    'https://',
    `https://evil.example/${'a'.repeat(3000)}`,
    'https://evil.example/\u0000',
    'https://evil.example/\u202e',
  ];

  it.each(hostile)('refuses %j with a reason', (raw) => {
    const d = decideExternalUrl(raw);
    expect(d.allowed).toBe(false);
    if (!d.allowed) expect(d.reason.length).toBeGreaterThan(5);
    expect(isAllowedExternalUrl(raw)).toBe(false);
  });

  it('refuses what is not a string', () => {
    for (const v of [undefined, null, 42, {}, ['https://www.lbhf.gov.uk/'], new URL('https://www.lbhf.gov.uk/')]) {
      expect(isAllowedExternalUrl(v)).toBe(false);
    }
  });

  it('the URL it opens always has the scheme and host the check saw', () => {
    for (const raw of ['https://www.lbhf.gov.uk/a/../b', 'https://WWW.lbhf.gov.uk./x']) {
      const d = decideExternalUrl(raw);
      if (d.allowed) {
        const u = new URL(d.url);
        expect(u.protocol).toBe('https:');
        expect(u.hostname.replace(/\.$/, '')).toBe('www.lbhf.gov.uk');
      }
    }
  });
});
