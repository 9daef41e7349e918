export * from './evaluate-kpi';
export * from './points-measure';
