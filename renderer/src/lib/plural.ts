// Counts in words: "1 apology", "2 apologies", "0 items". Every count the screens write goes
// through here, so none says "1 apologies" or "1 days".

/** The word for a count: `one` for exactly 1, else `many` ("s" added unless given). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/** A count and its word: "1 apology", "2 apologies", "0 items". */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${plural(n, one, many)}`;
}
