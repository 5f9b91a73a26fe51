// Which links may leave the app for the user's browser or mail program (shell.openExternal).
// A pure function, so the policy is tested against a corpus of hostile URLs without Electron.
//
// Policy:
// - only https: and mailto:; everything else (javascript:, file:, data:, smb:, http:, custom schemes) is refused;
// - https: needs an ordinary public host name: no user name or password in the URL (the
//   "https://trusted.gov.uk@evil.example" trick), no IP addresses, no localhost or single-label
//   hosts (nothing on the local network), no punycode labels (look-alike letters), no port;
// - nor a name that carries an IP address inside it, which wildcard DNS services answer with
//   that address ("127.0.0.1.nip.io", "app-10-0-0-1.sslip.io", "7f000001.nip.io", "--1.sslip.io"
//   for ::1), in any label form: dotted, dashed, hexadecimal, 32-bit decimal, IPv6 with dashes;
//   nor a well-known name that points at this computer (localtest.me, lvh.me, *.localhost...)
//   or a name reserved for the local network (.local, .internal, .home.arpa...);
// - other names pointing at this computer or the local network (any domain's owner can point
//   it at 127.0.0.1) cannot be told apart offline: only a DNS lookup would tell, and the answer
//   could change between the lookup and the browser's own. The allow-list does not look them up;
// - mailto: needs one or more plain addresses, and only the subject, body, cc and bcc fields
//   (some mail programs honour "attach=" and would attach a local file);
// - a host that merely looks like a trusted one (https://lbhf.gov.uk.evil.example) is allowed: we
//   keep no list of trusted sites, because the links are the coordinator's own, and what is opened
//   is the parsed, normalised URL whose real host the browser shows.

export type ExternalUrlDecision = { allowed: true; url: string } | { allowed: false; reason: string };

const MAX_LENGTH = 2048;
const MAILTO_FIELDS = new Set(['subject', 'body', 'cc', 'bcc']);
// A deliberately plain address: local part and a dotted domain, no quoting, no comments.
const PLAIN_ADDRESS = /^[A-Za-z0-9.!#$&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

const refuse = (reason: string): ExternalUrlDecision => ({ allowed: false, reason });

/**
 * Domains that point at this computer (or answer with the address written in the name), and
 * names reserved for the local network. A name is refused if it is one of these or ends with
 * "." and one of these.
 */
const LOCAL_DOMAINS = [
  // this computer
  'localhost',
  'localdomain',
  'localtest.me',
  'lvh.me',
  'vcap.me',
  'fuf.me',
  'lacolhost.com',
  'localhost.direct',
  'local.gd',
  'localho.st',
  'smackaho.st',
  'lcl.host',
  // wildcard DNS: the address written in the name
  'nip.io',
  'sslip.io',
  'xip.io',
  'traefik.me',
  'backname.io',
  // the local network, by reservation or common use; reverse-lookup names
  'local',
  'internal',
  'intranet',
  'lan',
  'home',
  'corp',
  'private',
  'home.arpa',
  'arpa',
];

const isDecimal = (s: string) => /^[0-9]+$/.test(s);
const isNumericLabel = (s: string) => /^(0x[0-9a-f]*|[0-9]+)$/.test(s);
const isOctet = (s: string) => /^[0-9]{1,3}$/.test(s) && Number(s) <= 255;

/** An IPv6 address written with dashes for colons ("fe80--1", "0-0-0-0-0-0-0-1"), as sslip.io reads it. */
function isDashedIpv6(parts: readonly string[]): boolean {
  const text = parts.join(':');
  if ((text.match(/:/g) ?? []).length < 2 || !/^[0-9a-f:]+$/.test(text)) return false;
  try {
    return new URL(`http://[${text}]/`).hostname.startsWith('[');
  } catch {
    return false;
  }
}

/** Whether a host name carries an IP address in any label form a resolver or wildcard DNS service reads. */
export function embeddedAddress(hostname: string): string | undefined {
  const labels = hostname.split('.');
  // Dotted, in full or short (inet_aton reads "127.1" as 127.0.0.1), decimal, octal or hex: two
  // or more numeric labels in a row ("127.0.0.1.nip.io", "0x7f.1.example.com", "10.0.1.example").
  for (let i = 0; i + 1 < labels.length; i++) {
    if (isNumericLabel(labels[i]!) && isNumericLabel(labels[i + 1]!)) return 'an IP address written with dots';
  }
  // Four octets joined by dashes or dots anywhere, even inside a label ("app-10-0-0-1", "10-0.0-1").
  for (let i = 0; i < hostname.length; i++) {
    const m = /^([0-9]{1,3})[.-]([0-9]{1,3})[.-]([0-9]{1,3})[.-]([0-9]{1,3})/.exec(hostname.slice(i));
    if (m && m.slice(1).every(isOctet)) return 'an IP address written with dashes';
  }
  for (const label of labels) {
    // A whole address as one number: 0x7f000001, or 32-bit decimal (2130706433) with 8 to 10
    // digits; shorter numbers are ordinary names (163.com, 1688.com).
    if (/^0x[0-9a-f]{1,8}$/.test(label)) return 'an IP address written in hexadecimal';
    if (isDecimal(label) && label.length >= 8 && label.length <= 10 && Number(label) <= 0xffffffff)
      return 'an IP address written as one number';
    const parts = label.split('-');
    // Eight hex digits (7f000001 for 127.0.0.1), alone or between dashes: nip.io's hex form.
    // Thirty-two hex digits: an IPv6 address with nothing left out.
    if (parts.some((p) => /^[0-9a-f]{8}$/.test(p) || /^[0-9a-f]{32}$/.test(p)))
      return 'an IP address written in hexadecimal';
    // IPv6 with dashes for colons ("--1" for ::1, "2001-db8--1"), anywhere in the label.
    for (let a = 0; a < parts.length; a++) {
      for (let b = a + 2; b < parts.length; b++) {
        const run = parts.slice(a, b + 1);
        // An empty part at either end of the run stands for "::" cut at the label's edge.
        if (
          isDashedIpv6(run) ||
          (run[0] === '' && isDashedIpv6(['', ...run])) ||
          (run.at(-1) === '' && isDashedIpv6([...run, '']))
        ) {
          return 'an IPv6 address written with dashes';
        }
      }
    }
  }
  return undefined;
}

function hostProblem(hostname: string): string | undefined {
  if (hostname === '') return 'it has no host';
  if (hostname.startsWith('[') || /^[0-9.]+$/.test(hostname)) return 'it points at an IP address, not a named site';
  const name = hostname.replace(/\.$/, '');
  if (!name.includes('.') || LOCAL_DOMAINS.some((d) => name === d || name.endsWith(`.${d}`))) {
    return 'it points at this computer or the local network';
  }
  const embedded = embeddedAddress(hostname);
  if (embedded)
    return `its host name carries ${embedded}, which points at that address (perhaps this computer or the local network), not a named site`;
  const labels = hostname.split('.');
  if (
    labels.some((l) => l === '' || l.length > 63 || !/^[a-z0-9-]+$/.test(l) || l.startsWith('-') || l.endsWith('-'))
  ) {
    return 'its host name is not an ordinary one';
  }
  if (labels.some((l) => l.startsWith('xn--'))) return 'its host name uses look-alike (punycode) letters';
  return undefined;
}

function mailtoProblem(url: URL): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return 'it is not a plain e-mail address';
  }
  const addresses = path.split(',').map((a) => a.trim());
  if (addresses.length === 0 || addresses.some((a) => !PLAIN_ADDRESS.test(a)))
    return 'it is not a plain e-mail address';
  for (const [key, value] of url.searchParams) {
    if (!MAILTO_FIELDS.has(key.toLowerCase())) return `mail links may not set "${key}"`;
    if (
      (key.toLowerCase() === 'cc' || key.toLowerCase() === 'bcc') &&
      !value.split(',').every((a) => PLAIN_ADDRESS.test(a.trim()))
    ) {
      return `its ${key} is not a plain e-mail address`;
    }
  }
  return undefined;
}

/** Decides whether `raw` may be handed to the operating system, and if so, exactly which URL. */
export function decideExternalUrl(raw: unknown): ExternalUrlDecision {
  if (typeof raw !== 'string' || raw.trim() === '') return refuse('there is no link');
  if (raw.length > MAX_LENGTH) return refuse('the link is too long');
  // Control characters, spaces and backslashes are how parsers are made to disagree; bidi and
  // zero-width characters are how a link is made to read as something else: refuse them outright.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(raw))
    return refuse('the link contains spaces, control characters or backslashes');
  if (/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/.test(raw))
    return refuse('the link contains invisible or direction-changing characters');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('it is not a complete web or mail link');
  }
  if (url.protocol === 'https:') {
    if (url.username !== '' || url.password !== '' || /^https:\/\/[^/?#]*@/i.test(raw)) {
      return refuse('it hides its real site behind a user name (user@site)');
    }
    if (url.port !== '') return refuse('it names a port');
    const problem = hostProblem(url.hostname);
    if (problem) return refuse(problem);
    return { allowed: true, url: url.href };
  }
  if (url.protocol === 'mailto:') {
    const problem = mailtoProblem(url);
    if (problem) return refuse(problem);
    return { allowed: true, url: url.href };
  }
  return refuse(`links of type ${url.protocol} are never opened`);
}

export function isAllowedExternalUrl(raw: unknown): boolean {
  return decideExternalUrl(raw).allowed;
}
