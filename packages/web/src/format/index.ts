export * from './number';
export * from './relative-time';
export * from './status';
export * from './change';
export * from './period';
export * from './explanation';
