import { z } from 'zod';
import {
  ClockTime,
  Committee,
  CommitteeSettings,
  ContactInput,
  Id,
  IsoDate,
  MemberRole,
  Meeting,
  MembershipFields,
  Person,
  RequiredText,
  ShortText,
  StandardItem,
  TrimmedText,
  repeatedNames,
} from '../domain';
import { meetingCommandInputs } from '../commands';
import { patchOf } from '../commands/patch';
import {
  AppInfo,
  CommandAck,
  CommitteeSummary,
  Deleted,
  DeletedCommittee,
  MeetingSummary,
  StoreStatus,
  UserSettings,
  Density,
} from './types';
import { ExportedDocument, ExportedMinutes } from './review-types';
import { MeetingExport } from '../domain/meeting-export';
import { reviewChannels } from './review-contract';
import { importChannels } from './import-contract';
import { reviewWordChannels } from './review-word-contract';
import { searchChannels } from './search-contract';
import { checksChannels } from './checks-contract';
import { channel, type Channel } from './channel';

export type { Channel } from './channel';

const None = z.object({}).strict();

/** A committee's fields as a patch may set them: contacts are checked as new input (stored ones are not; see ContactInput). */
const CommitteeFields = Committee.omit({
  id: true,
  revision: true,
  people: true,
  memberships: true,
  template: true,
}).extend({
  agendaContact: ContactInput,
  minutesContact: ContactInput,
});

/**
 * Names as typed in: trimmed, and refused when blank. Stored files keep the looser schema of
 * shared/domain, so a committee saved before these rules still reads.
 */
const CommitteeName = RequiredText('the committee needs a name');
const AuthorityName = RequiredText('the authority is needed');
/** Political groups: each named, and each once (ignoring capitals and spaces): the setup screen lists them by name. */
const GroupList = z.array(RequiredText('a group needs a name')).superRefine((groups, ctx) => {
  for (const { index, first } of repeatedNames(groups)) {
    ctx.addIssue({
      code: 'custom',
      path: [index],
      message: `${groups[first]} is already group ${first + 1}; list each group once (capitals and spaces do not make another group)`,
    });
  }
});
const CommitteePatch = patchOf(CommitteeFields)
  .extend({
    name: CommitteeName.optional(),
    authority: AuthorityName.optional(),
    shortName: TrimmedText.optional(),
    groups: GroupList.optional(),
    actionOwners: z.array(RequiredText('an action owner needs a name')).optional(),
  })
  .strict();
/** `knownAs` and `coOpteeRole` absent leave them as they were (older forms do not send them); '' clears them. */
const PersonInput = Person.extend({
  id: Id.optional(),
  name: RequiredText('a person needs a name'),
  knownAs: TrimmedText.optional(),
  coOpteeRole: TrimmedText.optional(),
});
const StandardItemInput = StandardItem.extend({ title: RequiredText("Enter the item's title") });

/** Every meeting command is a channel of its own: its input plus the meeting it edits. */
const commandChannels = Object.fromEntries(
  Object.entries(meetingCommandInputs).map(([name, input]) => [
    name,
    channel(CommandAck)(input.extend({ meetingId: Id, baseRevision: z.number().int().min(0).optional() }).strict()),
  ]),
) as unknown as {
  [N in keyof typeof meetingCommandInputs]: Channel<
    z.ZodType<
      z.output<(typeof meetingCommandInputs)[N]> & MeetingRef,
      z.input<(typeof meetingCommandInputs)[N]> & MeetingRef
    >,
    typeof CommandAck
  >;
};
type MeetingRef = { meetingId: string; baseRevision?: number | undefined };

/** What meetings:import answers: the meeting opened, its committee, whether that was added, and how many people were added to it. */
export const ImportedMeetingFile = z.strictObject({
  meetingId: Id,
  committeeId: Id,
  addedCommittee: z.boolean(),
  addedPeople: z.number().int().min(0),
});
export type ImportedMeetingFile = z.infer<typeof ImportedMeetingFile>;

export const contract = {
  'app:info': channel(AppInfo)(None),
  /** Dismisses a notice of app:info for good (kept in committees.json's settings); answers app:info without it. */
  'app:dismissNotice': channel(AppInfo)(z.object({ notice: z.string().min(1).max(5000) }).strict()),
  'store:status': channel(StoreStatus)(None),
  /** Your name and role on this computer: stamped on review comments, decisions and approvals, and the author of exported documents. */
  'settings:get': channel(UserSettings)(None),
  'settings:set': channel(UserSettings)(
    z
      .object({
        userName: TrimmedText.max(200, 'A name of at most 200 characters'),
        userRole: TrimmedText.max(200, 'A role of at most 200 characters').default(''),
        /** Left out: the density held stays as it is. */
        density: Density.optional(),
      })
      .strict(),
  ),

  'committees:list': channel(z.array(CommitteeSummary))(None),
  'committees:get': channel(Committee)(z.object({ committeeId: Id }).strict()),
  'committees:create': channel(Committee)(
    z
      .object({
        authority: AuthorityName,
        name: CommitteeName,
        shortName: TrimmedText.optional(),
        agendaContact: ContactInput.optional(),
        minutesContact: ContactInput.optional(),
        defaultVenue: ShortText.optional(),
        defaultStartTime: ClockTime.optional(),
      })
      .strict(),
  ),
  'committees:update': channel(Committee)(z.object({ committeeId: Id, patch: CommitteePatch }).strict()),
  'committees:delete': channel(DeletedCommittee)(
    z.object({ committeeId: Id, withMeetings: z.boolean().default(false) }).strict(),
  ),
  'people:save': channel(Person)(
    z
      .object({
        committeeId: Id,
        person: PersonInput,
        /** The person's seat on the committee; null removes it, absent leaves it as it is. */
        membership: MembershipFields.omit({ id: true, personId: true })
          .refine((m) => !m.from || !m.to || m.from <= m.to, {
            message: 'a membership cannot end before it starts',
            path: ['to'],
          })
          .nullable()
          .optional(),
      })
      .strict(),
  ),
  'people:delete': channel(Deleted)(z.object({ committeeId: Id, personId: Id }).strict()),
  'committees:setSettings': channel(Committee)(
    z.object({ committeeId: Id, settings: patchOf(CommitteeSettings).strict() }).strict(),
  ),
  'committees:setStandardItems': channel(Committee)(
    z.object({ committeeId: Id, standardItems: z.array(StandardItemInput).max(50) }).strict(),
  ),
  /** A new dated seat (a role change, a return); an open seat the person holds ends the day before `from`. */
  'memberships:add': channel(Committee)(
    z
      .object({
        committeeId: Id,
        personId: Id,
        role: MemberRole.default('member'),
        from: IsoDate,
        to: IsoDate.optional(),
      })
      .strict()
      .refine((m) => !m.to || m.from <= m.to, { message: 'a membership cannot end before it starts', path: ['to'] }),
  ),
  /** Ends a seat: `to` is its last day. Past meetings keep listing the person; later ones do not. */
  'memberships:end': channel(Committee)(z.object({ committeeId: Id, membershipId: Id, to: IsoDate }).strict()),
  /** The draft minutes (or, with `confidential`, their confidential annex) as a Word file; `missing` lists the gaps marked in it. */
  'docs:exportMinutes': channel(ExportedMinutes)(
    z.object({ meetingId: Id, confidential: z.boolean().default(false) }).strict(),
  ),
  'committees:setTemplate': channel(Committee)(
    z
      .object({
        committeeId: Id,
        fileName: ShortText.min(1),
        /** The .docx bytes, base64; 20 MB at most. */
        base64: z
          .string()
          .min(1, 'the file is empty')
          .max(28_000_000, 'a template of more than 20 MB is not a style template'),
      })
      .strict(),
  ),
  'committees:clearTemplate': channel(Committee)(z.object({ committeeId: Id }).strict()),
  'docs:exportAgenda': channel(ExportedDocument)(z.object({ meetingId: Id }).strict()),

  'meetings:list': channel(z.array(MeetingSummary))(z.object({ committeeId: Id.optional() }).strict()),
  'meetings:get': channel(Meeting)(z.object({ meetingId: Id }).strict()),
  'meetings:create': channel(Meeting)(
    z
      .object({
        committeeId: Id,
        date: IsoDate,
        startTime: ClockTime.optional(),
        venue: ShortText.optional(),
        withStandardItems: z.boolean().default(true),
      })
      .strict(),
  ),
  'meetings:delete': channel(Deleted)(z.object({ meetingId: Id }).strict()),
  'meetings:export': channel(MeetingExport)(z.object({ meetingId: Id }).strict()),
  /** `addPeople`: the user agreed to add the people the meeting names whom the committee here lacks (see meetings:inspectImport). */
  'meetings:import': channel(ImportedMeetingFile)(
    z
      .object({ file: z.unknown(), replace: z.boolean().default(false), addPeople: z.boolean().default(false) })
      .strict(),
  ),

  ...reviewChannels,
  ...importChannels,
  ...reviewWordChannels,
  ...searchChannels,
  ...checksChannels,
  ...commandChannels,
} satisfies Record<string, Channel>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What a channel answers: the output schema's type (its handler must return it; see electron/api/router.ts). */
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;
