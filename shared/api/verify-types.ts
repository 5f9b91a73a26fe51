// What review:verifyPublished answers: a meeting's approved minutes checked against a published
// copy (shared/review/verify.ts words it; electron/services/verify/published.ts reads the copy).
import { z } from 'zod';

const Text = z.string().max(20_000);

export const TextComparison = z.union([
  z.object({ compared: z.literal(true), same: z.literal(true) }),
  z.object({
    compared: z.literal(true),
    same: z.literal(false),
    paragraph: z.number().int().min(1),
    expected: Text,
    found: Text,
  }),
  z.object({ compared: z.literal(false), why: Text }),
]);

export const VerifyReport = z.object({
  verdict: z.enum(['match', 'mismatch', 'no-record']),
  record: z.object({ expected: z.string().max(20), printed: z.array(z.string().max(20)).max(100), same: z.boolean() }),
  text: TextComparison,
  seal: Text,
  summary: Text,
  details: z.array(Text).max(20),
});
export type VerifyReport = z.infer<typeof VerifyReport>;
