// Words the screens use for the domain's codes.
import type { MeetingStatus, MemberRole, PersonKind } from '$shared/domain';

export const STATUS_LABEL: Record<MeetingStatus, string> = {
  planned: 'Planned',
  live: 'Live',
  ended: 'Ended',
  in_review: 'With the Chair for review',
  approved: 'Approved',
  confirmed: 'Confirmed',
};

export const KIND_LABEL: Record<PersonKind, string> = {
  councillor: 'Councillor',
  'co-optee': 'Co-opted member',
  officer: 'Officer',
  guest: 'External guest',
  public: 'Member of the public',
};

export const ROLE_LABEL: Record<MemberRole, string> = {
  member: 'Member',
  chair: 'Chair',
  'vice-chair': 'Vice-Chair',
};
