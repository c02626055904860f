export * from './counts.ts';
export * from './reveal.ts';
export * from './revealed.ts';
export * from './settings.ts';
