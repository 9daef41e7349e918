export * from './evaluate-kpi';
export * from './points-measure';
export * from './formula-measure';
export * from './evaluate-range';
