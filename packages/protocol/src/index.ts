export * from './apiErrors.ts';
export * from './closeCodes.ts';
export * from './http/index.ts';
export * from './limits.ts';
export * from './roles.ts';
export * from './rooms.ts';
export * from './saved.ts';
export * from './vocabulary.ts';
