export interface SparklinePoint {
  value: number | null;
  target: number | null;
  /** The running period's value so far. */
  partial?: boolean;
}

export interface SparklineGeometry {
  /** SVG path of the actuals; it breaks where a value is missing. */
  actual: string;
  /** SVG path of the targets; it breaks where no target applies. */
  target: string;
  /** SVG path into the running period's value so far, drawn apart so it never reads as a drop. */
  partial: string;
  /** The latest value's position, marked with a dot. */
  last: { x: number; y: number } | null;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** "M x y L x y …" through the given values, starting a new stroke after each gap. */
function pathOf(
  values: readonly (number | null)[],
  x: (i: number) => number,
  y: (v: number) => number,
) {
  const parts: string[] = [];
  let drawing = false;
  values.forEach((value, i) => {
    if (value === null || !Number.isFinite(value)) {
      drawing = false;
      return;
    }
    parts.push(`${drawing ? 'L' : 'M'}${round(x(i))} ${round(y(value))}`);
    drawing = true;
  });
  return parts.join(' ');
}

/**
 * Lays out a sparkline in a `width × height` box: one scale for values and targets (so the target
 * line sits where it belongs), `pad` pixels kept free around the strokes.
 *
 * @example
 * sparklineGeometry([{ value: 1, target: 2 }, { value: 3, target: 2 }], 100, 20).actual; // "M2 18 L98 2"
 */
export function sparklineGeometry(
  points: readonly SparklinePoint[],
  width: number,
  height: number,
  pad = 2,
): SparklineGeometry {
  const numbers = points
    .flatMap((p) => [p.value, p.target])
    .filter((n): n is number => n !== null && Number.isFinite(n));
  if (numbers.length === 0) return { actual: '', target: '', partial: '', last: null };
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  const span = max - min;
  const x = (i: number) =>
    points.length === 1 ? width / 2 : pad + (i / (points.length - 1)) * (width - 2 * pad);
  const y = (v: number) =>
    span === 0 ? height / 2 : pad + (1 - (v - min) / span) * (height - 2 * pad);
  const values = points.map((p) => p.value);
  const complete = points.map((p) => (p.partial ? null : p.value));
  // Each running value joined to the complete one before it (a sparkline has at most one).
  const partial = points.flatMap((p, i) => {
    const before = values[i - 1];
    if (!p.partial || p.value === null || !Number.isFinite(p.value)) return [];
    const from = before === null || before === undefined || points[i - 1]?.partial ? null : before;
    const start =
      from === null
        ? `M${round(x(i))} ${round(y(p.value))}`
        : `M${round(x(i - 1))} ${round(y(from))}`;
    return [`${start} L${round(x(i))} ${round(y(p.value))}`];
  });
  const lastIndex = values.findLastIndex((v) => v !== null && Number.isFinite(v));
  const lastValue = values[lastIndex];
  return {
    actual: pathOf(complete, x, y),
    partial: partial.join(' '),
    target: pathOf(
      points.map((p) => p.target),
      x,
      y,
    ),
    last:
      lastValue === null || lastValue === undefined
        ? null
        : { x: round(x(lastIndex)), y: round(y(lastValue)) },
  };
}
