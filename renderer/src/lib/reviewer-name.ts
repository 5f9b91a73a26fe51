// The name stamped on review steps made on this machine ("reviewing as"), entered once and
// remembered by this window's storage; the service records it with every comment and decision.
const KEY = 'scrutineer.reviewingAs';

export function loadReviewerName(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveReviewerName(name: string): void {
  try {
    if (name.trim()) localStorage.setItem(KEY, name.trim());
    else localStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode): the name is kept for this session only.
  }
}
