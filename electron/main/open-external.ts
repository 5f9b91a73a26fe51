// Which links may leave the app for the user's browser or mail program (shell.openExternal).
// A pure function, so the policy is tested against a corpus of hostile URLs without Electron.
//
// Policy:
// - only https: and mailto:; everything else (javascript:, file:, data:, smb:, http:, custom schemes) is refused;
// - https: needs an ordinary public host name: no user name or password in the URL (the
//   "https://trusted.gov.uk@evil.example" trick), no IP addresses, no localhost or single-label
//   hosts (nothing on the local network), no punycode labels (look-alike letters), no port;
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

function hostProblem(hostname: string): string | undefined {
  if (hostname === '') return 'it has no host';
  if (hostname.startsWith('[') || /^[0-9.]+$/.test(hostname)) return 'it points at an IP address, not a named site';
  if (hostname === 'localhost' || hostname.endsWith('.localhost') || !hostname.includes('.')) {
    return 'it points at this computer or the local network';
  }
  const labels = hostname.split('.');
  if (labels.some((l) => l === '' || l.length > 63 || !/^[a-z0-9-]+$/.test(l) || l.startsWith('-') || l.endsWith('-'))) {
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
  if (addresses.length === 0 || addresses.some((a) => !PLAIN_ADDRESS.test(a))) return 'it is not a plain e-mail address';
  for (const [key, value] of url.searchParams) {
    if (!MAILTO_FIELDS.has(key.toLowerCase())) return `mail links may not set "${key}"`;
    if ((key.toLowerCase() === 'cc' || key.toLowerCase() === 'bcc') && !value.split(',').every((a) => PLAIN_ADDRESS.test(a.trim()))) {
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
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(raw)) return refuse('the link contains spaces, control characters or backslashes');
  if (/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/.test(raw)) return refuse('the link contains invisible or direction-changing characters');
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
