import { z } from 'zod';

/** Random ids: UUID v4 from the platform's Web Crypto (Node 20+ and every browser). */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

export const Id = z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/, 'ids are letters, digits, - and _');

/** A calendar date, "2016-09-19". */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, 'no such date');

/** A wall-clock time in Europe/London on the meeting's date, 24-hour "19:00". */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is written HH:MM (24-hour)');

/** An instant, ISO 8601 with zone ("2016-09-19T18:00:00.000Z"), for audit stamps. */
export const Timestamp = z.string().datetime({ offset: true });

export const ShortText = z.string().max(500);
export const LongText = z.string().max(100_000);

export const Contact = z.object({
  name: ShortText,
  title: ShortText.default(''),
  team: ShortText.default(''),
  phone: ShortText.default(''),
  email: ShortText.default(''),
});
export type Contact = z.infer<typeof Contact>;
