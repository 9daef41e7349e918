import { useEffect, useRef } from 'react';
import { init, type ChartOption, type EChartsType } from './echarts';
import styles from './EChart.module.css';

/**
 * An ECharts chart that follows its container's width. The picture is for sighted users; `label`
 * sums it up for screen readers, and each chart has its numbers in a table beside it.
 */
export function EChart({
  option,
  height,
  label,
}: {
  option: ChartOption;
  height: string;
  label: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={container}
      className={styles.chart}
      style={{ height }}
      role="img"
      aria-label={label}
    />
  );
}
