import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export interface ChartSize {
  width: number;
  height: number;
}

interface EChartProps {
  /** Builds the option for the chart's current pixel size (fonts scale with the screen). */
  option: (size: ChartSize) => EChartsCoreOption;
  style?: CSSProperties;
  className?: string;
}

/** A thin ECharts wrapper: one instance per element, updates merge so animations run between pushes. */
export function EChart({ option, style, className }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const [size, setSize] = useState<ChartSize | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    chart.current = echarts.init(element, undefined, { renderer: 'canvas' });
    const observer = new ResizeObserver(() => {
      chart.current?.resize();
      setSize({ width: element.clientWidth, height: element.clientHeight });
    });
    observer.observe(element);
    setSize({ width: element.clientWidth, height: element.clientHeight });
    return () => {
      observer.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (chart.current && size && size.width > 0 && size.height > 0) chart.current.setOption(option(size));
  }, [option, size]);

  return <div ref={ref} className={className} style={{ width: '100%', height: '100%', ...style }} />;
}
