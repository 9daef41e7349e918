import {
  KPI_TEMPLATE_CATEGORY_LABELS,
  searchTemplates,
  templatesByCategory,
  type KpiTemplate,
} from '@vitals/core';
import { useDeferredValue, useState } from 'react';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { AGGREGATION_KIND_EXPLANATIONS } from '../metrics/aggregation-kinds';
import { CADENCE_LABELS, DIRECTION_LABELS, unitLabel } from './labels';
import styles from './Wizard.module.css';

/** The template library: searchable, grouped by category, each template with what to know. */
export function TemplateLibrary({ onChoose }: { onChoose: (template: KpiTemplate) => void }) {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const found = deferred ? searchTemplates(deferred) : [];
  return (
    <section aria-labelledby="library-title" className={styles.library}>
      <h3 id="library-title" className={styles.subTitle}>
        Template library
      </h3>
      <TextField
        label="Search the templates"
        hint="By name, abbreviation (NPS, CAC, MRR), department or metric"
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p role="status" className={styles.muted}>
        {deferred
          ? `${found.length} ${found.length === 1 ? 'template matches' : 'templates match'} “${deferred}”.`
          : ''}
      </p>
      {deferred ? (
        <ul className={styles.templates} aria-label="Matching templates">
          {found.map((template) => (
            <TemplateCard key={template.key} template={template} onChoose={onChoose} showCategory />
          ))}
        </ul>
      ) : (
        templatesByCategory().map((group) => (
          <section key={group.category} aria-labelledby={`category-${group.category}`}>
            <h4 id={`category-${group.category}`} className={styles.category}>
              {group.label}
            </h4>
            <ul className={styles.templates} aria-label={group.label}>
              {group.templates.map((template) => (
                <TemplateCard key={template.key} template={template} onChoose={onChoose} />
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}

function TemplateCard({
  template,
  onChoose,
  showCategory = false,
}: {
  template: KpiTemplate;
  onChoose: (template: KpiTemplate) => void;
  showCategory?: boolean;
}) {
  const [shortest, longest] = template.reviewRange;
  const kinds = template.metrics
    .map((m) => `${m.name}: ${AGGREGATION_KIND_EXPLANATIONS[m.aggregation].label.split(' — ')[0]}`)
    .join('; ');
  return (
    <li className={styles.template}>
      <div className={styles.templateHead}>
        <strong className={styles.templateName}>{template.name}</strong>
        {template.aliases.length > 0 && (
          <span className={styles.muted}> ({template.aliases.join(', ')})</span>
        )}
        {showCategory && (
          <span className={styles.tag}>{KPI_TEMPLATE_CATEGORY_LABELS[template.category]}</span>
        )}
      </div>
      <p>{template.objective}</p>
      <dl className={styles.facts}>
        <dt>Formula</dt>
        <dd>
          <code>{template.formula}</code>
        </dd>
        <dt>Records</dt>
        <dd>{kinds}</dd>
        <dt>Unit</dt>
        <dd>{unitLabel(template.unit, template.unitLabel)}</dd>
        <dt>Direction</dt>
        <dd>{DIRECTION_LABELS[template.direction].label}</dd>
        <dt>Reviewed</dt>
        <dd>
          {CADENCE_LABELS[template.reviewCadence]}
          {shortest !== longest &&
            ` (teams use ${CADENCE_LABELS[shortest].toLowerCase()} to ${CADENCE_LABELS[longest].toLowerCase()})`}
        </dd>
        <dt>For</dt>
        <dd>{template.owner}</dd>
      </dl>
      {template.notes.length > 0 && (
        <div className={styles.traps}>
          <strong>Traps</strong>
          <ul>
            {template.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
      <div>
        <Button
          size="small"
          variant="primary"
          className={styles.wrapButton}
          onClick={() => onChoose(template)}
        >
          Use “{template.name}”
        </Button>
      </div>
    </li>
  );
}
