// Issue 12, item 14: names that resolve to this computer or the local network are refused by the
// openExternal allow-list, as IP literals already were: wildcard DNS names carrying an address in
// any label form, and the well-known loopback and local-network domains. Ordinary names that only
// contain numbers stay allowed.
import { describe, expect, it } from 'vitest';
import { decideExternalUrl, embeddedAddress } from '../../electron/main/open-external';

const refused = (raw: string) => {
  const d = decideExternalUrl(raw);
  return d.allowed ? `allowed as ${d.url}` : d.reason;
};

describe('openExternal refuses names that carry an IP address', () => {
  it.each([
    // dotted, in full and short (inet_aton), decimal, octal, hex
    'https://127.0.0.1.nip.io/',
    'https://app.127.0.0.1.nip.io/',
    'https://10.0.0.1.sslip.io/',
    'https://192.168.1.1.xip.io/admin',
    'https://169.254.169.254.example.com/latest/meta-data/',
    'https://127.1.example.com/',
    'https://0177.0.0.1.example.com/',
    'https://0x7f.0x0.0x0.0x1.example.com/',
    'https://0x7f.1.example.com/',
    'https://1.0.0.127.in-addr.example.com/',
    // dashed, alone or inside a label
    'https://127-0-0-1.example.com/',
    'https://app-10-0-0-1.example.com/',
    'https://10-0-0-1-app.example.com/',
    'https://magic-192-168-0-10.example.org/',
    'https://x127-0-0-1y.example.com/',
    'https://10-0.0-1.example.com/',
    // hexadecimal and one number
    'https://7f000001.example.com/',
    'https://app-c0a801fc.example.com/',
    'https://0x7f000001.example.com/',
    'https://2130706433.example.com/',
    'https://00000000000000000000000000000001.example.com/',
    // IPv6 with dashes for colons
    'https://--1.example.com/',
    'https://0--1.example.com/',
    'https://fe80--1.example.com/',
    'https://2001-db8--1.example.com/',
    'https://app-fe80--1.example.com/',
    'https://0-0-0-0-0-0-0-1.example.com/',
    'https://2a01-4f8-c17-b8f--2.example.com/',
  ])('%s', (raw) => {
    expect(refused(raw)).toMatch(/carries an IP(v6)? address|this computer or the local network|not an ordinary one/);
    expect(embeddedAddress(new URL(raw).hostname)).toBeDefined();
  });
});

describe('openExternal refuses well-known names for this computer and the local network', () => {
  it.each([
    'https://localtest.me/',
    'https://www.localtest.me/',
    'https://readme.localtest.me/',
    'https://lvh.me/',
    'https://app.lvh.me/',
    'https://vcap.me/',
    'https://api.vcap.me/',
    'https://fuf.me/',
    'https://lacolhost.com/',
    'https://app.localhost.direct/',
    'https://x.local.gd/',
    'https://localho.st/',
    'https://nip.io/',
    'https://anything.nip.io/',
    'https://anything.sslip.io/',
    'https://customer1.xip.io/',
    'https://x.traefik.me/',
    'https://localhost/',
    'https://app.localhost/',
    'https://router.local/',
    'https://printer.lan/',
    'https://files.internal/',
    'https://nas.home.arpa/',
    'https://localtest.me./',
    'https://LOCALTEST.ME/',
  ])('%s', (raw) => {
    expect(refused(raw)).toMatch(/this computer or the local network|not an ordinary one/);
  });
});

describe('ordinary names with numbers in them stay allowed', () => {
  it.each([
    'https://www.163.com/',
    'https://www.1688.com/',
    'https://2.bp.blogspot.com/image.png',
    'https://s3.eu-west-2.amazonaws.com/bucket/minutes.pdf',
    'https://web-2-0.example.com/',
    'https://democracy.lbhf.gov.uk/ieListDocuments.aspx?CId=123&MId=4567',
    'https://www.bbc.co.uk/news/uk-politics-12345678',
    'https://a1b2c3.example.com/',
    'https://covid-19.example.gov.uk/',
    'https://www.localgov.uk/',
    'https://www.lvh-hospital.example.com/',
    'https://mylocal.example.com/',
  ])('%s', (raw) => {
    expect(decideExternalUrl(raw)).toEqual({ allowed: true, url: new URL(raw).href });
  });
});
