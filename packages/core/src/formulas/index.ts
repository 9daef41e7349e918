export * from './ast';
export { FormulaSyntaxError } from './errors';
export * from './parse';
export * from './evaluate';
export * from './for-period';
export * from './time-degree';
