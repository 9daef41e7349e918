export * from './direction';
export * from './value';
export * from './schema';
export * from './phasing';
export * from './validate';
export { directTarget, type TargetSource } from './direct';
export * from './resolve';
export * from './to-date';
export * from './explain';
