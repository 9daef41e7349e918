import { FINANCE_SALES_METRICS } from './metrics-finance-sales';
import { MARKETING_SERVICE_METRICS } from './metrics-marketing-service';
import { OPERATIONS_PEOPLE_METRICS } from './metrics-operations-people';
import { PROJECTS_IT_METRICS } from './metrics-projects-it';

/** Every base metric the templates use, one shared definition per key. */
export const M = {
  ...FINANCE_SALES_METRICS,
  ...MARKETING_SERVICE_METRICS,
  ...OPERATIONS_PEOPLE_METRICS,
  ...PROJECTS_IT_METRICS,
};

/** The groups merged into {@link M}, so a test can check that no key is defined twice. */
export const METRIC_GROUPS = [
  FINANCE_SALES_METRICS,
  MARKETING_SERVICE_METRICS,
  OPERATIONS_PEOPLE_METRICS,
  PROJECTS_IT_METRICS,
] as const;
