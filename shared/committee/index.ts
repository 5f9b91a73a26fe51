// The rules of a committee's setup (its fields, people and seats), as pure functions: each takes
// the committee as it is and the parsed input, and answers the committee as it should be or
// throws a CommandError (code, plain-English message, field). The API handlers only store it.
export * from './committee';
export * from './people';
export * from './seats';
