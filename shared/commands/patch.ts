import { z } from 'zod';

/**
 * A schema for a patch of some fields of `schema`. Zod's own .partial() keeps the fields'
 * defaults, so a patch naming one field would come out of parsing with every defaulted field
 * reset (an action's owners changed, its description wiped): here absent stays absent.
 */
export function patchOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>): ReturnType<z.ZodObject<S>['partial']> {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [
      key,
      (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType)).optional(),
    ]),
  );
  return z.object(shape) as unknown as ReturnType<z.ZodObject<S>['partial']>;
}
