import { sparklineGeometry, type SparklinePoint } from './sparkline-geometry';
import styles from './Sparkline.module.css';

const WIDTH = 240;
const HEIGHT = 48;

/**
 * The recent trend as a small inline SVG (no chart library on Home): the actuals as a line, the
 * target as a dashed line on the same scale, the running period's value so far dotted. Described
 * in words for screen readers.
 */
export function Sparkline({ points, label }: { points: readonly SparklinePoint[]; label: string }) {
  const g = sparklineGeometry(points, WIDTH, HEIGHT, 3);
  return (
    <svg
      className={styles.sparkline}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
    >
      {g.target && (
        <path className={styles.target} d={g.target} vectorEffect="non-scaling-stroke" />
      )}
      {g.actual && (
        <path className={styles.actual} d={g.actual} vectorEffect="non-scaling-stroke" />
      )}
      {g.partial && (
        <path className={styles.partial} d={g.partial} vectorEffect="non-scaling-stroke" />
      )}
    </svg>
  );
}
