export {
  KPI_TEMPLATE_CATEGORIES,
  KPI_TEMPLATE_CATEGORY_LABELS,
  isSingleMetricTemplate,
  kpiTemplateCategorySchema,
  kpiTemplateSchema,
  templateKind,
  templateMetricSchema,
  type KpiTemplate,
  type KpiTemplateCategory,
  type KpiTemplateInput,
  type TemplateMetric,
} from './schema';
export {
  KPI_TEMPLATES,
  TEMPLATE_METRICS,
  searchTemplates,
  templateByKey,
  templatesByCategory,
  type KpiTemplateGroup,
} from './library';
