// Who the declarations form offers as "Member declaring": members and co-optees of the day
// (present first) and councillors also present; never officers, guests or the public.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCommitteesFile, type Attendance, type Committee } from '$shared/domain';
import { declarationCandidates } from '../../renderer/src/lib/live-attendance';

function sample(): { committee: Committee; attendance: Attendance[]; date: string } {
  const file = loadCommitteesFile(JSON.parse(readFileSync('resources/sample/committees.json', 'utf8')));
  if (!file.ok) throw new Error('sample committee unreadable');
  const meeting = JSON.parse(
    readFileSync('resources/sample/meetings/4c5b31e8-693d-4d60-9ad1-a96799d44f3b.json', 'utf8'),
  ) as { date: string; attendance: Attendance[] };
  return { committee: file.value.committees[0]!, attendance: meeting.attendance, date: meeting.date };
}

describe('declarationCandidates', () => {
  const { committee, attendance, date } = sample();
  const name = (id: string) => committee.people.find((p) => p.id === id)!.name;
  const id = (n: string) => committee.people.find((p) => p.name === n)!.id;

  it('offers the members and co-optees, present first, then councillors also present, and no officer or guest', () => {
    const offered = declarationCandidates(committee, date, attendance);
    expect(offered.map((c) => [name(c.personId), c.present])).toEqual([
      ['Caroline Needham', true],
      ['Caroline Ffiske', true],
      ["Alan De'Ath", true],
      ['Donald Johnson', true],
      ['Nandini Ganesh', true],
      ["Philippa O'Driscoll", true],
      ['Nadia Taylor', true],
      ['Vic Daniels', true],
      ['Sue Macmillan', true],
      ['Marcus Ginn', true],
      ['Elaine Chumnerly', false],
    ]);
    const kinds = new Set(offered.map((c) => committee.people.find((p) => p.id === c.personId)!.kind));
    expect([...kinds].sort()).toEqual(['co-optee', 'councillor']);
  });

  it('offers members not yet recorded (not present), and a substitute member once present', () => {
    const substitute = id('Marcus Ginn');
    const marked: Attendance[] = [
      { personId: id('Caroline Needham'), capacity: 'member', status: 'present', lateApologies: false },
      {
        personId: substitute,
        capacity: 'member',
        status: 'present',
        lateApologies: false,
        substituteFor: id('Elaine Chumnerly'),
      },
    ];
    const offered = declarationCandidates(committee, date, marked);
    expect(offered.slice(0, 2).map((c) => name(c.personId))).toEqual(['Caroline Needham', 'Marcus Ginn']);
    expect(offered.filter((c) => !c.present).map((c) => name(c.personId))).toContain('Donald Johnson');
  });

  it('leaves out a member of the public listed as also present', () => {
    const publicPerson = id('Dennis Jarman');
    const marked: Attendance[] = [
      ...attendance,
      { personId: publicPerson, capacity: 'also-present', status: 'present', lateApologies: false },
    ];
    expect(declarationCandidates(committee, date, marked).map((c) => c.personId)).not.toContain(publicPerson);
  });
});
