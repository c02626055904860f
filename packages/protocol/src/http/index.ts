// The HTTP contract: each endpoint's request and answer types, with a check of an untrusted JSON value for each.

export * from './agreements.ts';
export type { Check, Checked } from './check.ts';
export * from './exports.ts';
export * from './facilitators.ts';
export * from './images.ts';
export * from './joining.ts';
export * from './people.ts';
export * from './photo.ts';
export * from './privateWriting.ts';
export * from './reactions.ts';
export * from './readyCheck.ts';
export * from './server.ts';
export * from './votes.ts';
export * from './workshops.ts';
