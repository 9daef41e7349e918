export * from './status';
export * from './thresholds';
export * from './staleness';
export * from './pacing';
export * from './evaluate';
