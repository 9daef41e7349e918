export * from './change';
export * from './windows';
