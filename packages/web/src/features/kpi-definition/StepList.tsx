import { STEP_TITLES, type StepId } from './wizard-types';
import styles from './Wizard.module.css';

/** Where the person is in the form; steps already reached can be revisited. */
export function StepList({
  steps,
  current,
  reached,
  attention,
  onGo,
}: {
  steps: readonly StepId[];
  current: number;
  reached: number;
  attention: ReadonlySet<StepId>;
  onGo: (index: number) => void;
}) {
  return (
    <nav aria-label="Steps of the definition">
      <ol className={styles.steps}>
        {steps.map((step, index) => (
          <li key={step}>
            <button
              type="button"
              className={styles.stepButton}
              aria-current={index === current ? 'step' : undefined}
              disabled={index > reached}
              onClick={() => onGo(index)}
            >
              <span className={styles.stepNumber}>{index + 1}</span>
              {STEP_TITLES[step]}
              {attention.has(step) && <span className="visually-hidden"> (needs attention)</span>}
              {attention.has(step) && (
                <span aria-hidden="true" className={styles.stepAttention}>
                  !
                </span>
              )}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
