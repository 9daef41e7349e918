export * from './kind';
export * from './components';
export * from './combine';
export {
  breakdownOf,
  matchesFilter,
  type BreakdownValues,
  type PointDimensions,
  type RollUpFilter,
} from './dimensions';
export * from './roll-up';
export { PeriodLookup } from './period-lookup';
