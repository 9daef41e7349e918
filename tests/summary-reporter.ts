import type { Reporter, RunnerTestFile, RunnerTask } from 'vitest';

/**
 * Closes every run with one plain line, `Tests: N passed, N failed, N skipped`, so CI logs and
 * scripts read the outcome without parsing Vitest's own report.
 */
export default class SummaryReporter implements Reporter {
  onFinished(files: RunnerTestFile[] = [], errors: unknown[] = []): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const visit = (task: RunnerTask): void => {
      if (task.type === 'suite') {
        if (task.result?.state === 'fail' && task.tasks.length === 0) counts.failed += 1;
        task.tasks.forEach(visit);
        return;
      }
      if (task.mode === 'skip' || task.mode === 'todo') counts.skipped += 1;
      else if (task.result?.state === 'pass') counts.passed += 1;
      else if (task.result?.state === 'fail') counts.failed += 1;
      else counts.skipped += 1;
    };
    files.forEach(visit);
    counts.failed += errors.length;
    console.log(
      `\nTests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
    );
  }
}
