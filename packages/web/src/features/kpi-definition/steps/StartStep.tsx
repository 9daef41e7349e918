import type { KpiTemplate } from '@vitals/core';
import { Button } from '../../../components/Button';
import { TemplateLibrary } from '../TemplateLibrary';
import styles from '../Wizard.module.css';

/** Blank, or a template from the library (which fills every step, to be adjusted). */
export function StartStep({
  onBlank,
  onTemplate,
  chosen,
}: {
  onBlank: () => void;
  onTemplate: (template: KpiTemplate) => void;
  chosen: string | null;
}) {
  return (
    <>
      <p className={styles.lead}>
        A template fills in every step the way the KPI literature defines the KPI — its formula,
        unit, direction, usual review cadence and traps — and creates the metrics it needs. You can
        change anything before saving.
        {chosen && ` You are working from the template “${chosen}”.`}
      </p>
      <div>
        <Button onClick={onBlank}>Start blank</Button>
      </div>
      <TemplateLibrary onChoose={onTemplate} />
    </>
  );
}
