export * from './evaluate-kpi';
export * from './paced-through';
export * from './points-measure';
export * from './formula-measure';
export * from './evaluate-range';
