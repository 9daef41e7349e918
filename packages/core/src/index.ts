/**
 * @vitals/core — the Vitals domain in pure TypeScript: calendars and periods, aggregation,
 * formulas, targets, status and comparisons. No I/O: everything here is a function of its inputs.
 */
export * from './calendar/index';
export * from './aggregation/index';
export * from './contracts/index';
export * from './formulas/index';
export * from './targets/index';
export * from './status/index';
export * from './comparison/index';
export * from './evaluation/index';
export * from './templates/index';
