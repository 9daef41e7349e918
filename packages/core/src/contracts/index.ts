/** The entity contracts (zod) shared by the server's routes, the web client and the CLI. */
export * from './common';
export * from './pagination';
export * from './workspace';
export * from './user';
export * from './team';
export * from './metric';
export * from './kpi';
export * from './target';
export * from './data-point';
export * from './check-in';
export * from './annotation';
export * from './api-token';
export * from './problem';
