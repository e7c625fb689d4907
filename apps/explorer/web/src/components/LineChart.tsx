/** A uPlot time series (x: block number), sized to its container, updated in place as points arrive. */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface LineChartProps {
  readonly name: string;
  readonly title: string;
  /** [blocks, values] */
  readonly data: readonly [readonly number[], readonly number[]];
  readonly unit: string;
  readonly color?: string;
  readonly height?: number;
}

const AXIS = '#8b95a7';
const GRID = 'rgba(139, 149, 167, 0.18)';

function options(props: LineChartProps, width: number): uPlot.Options {
  const color = props.color ?? '#4fd1c5';
  return {
    width,
    height: props.height ?? 200,
    legend: { show: true },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: false } },
    axes: [
      { stroke: AXIS, grid: { stroke: GRID, width: 1 }, ticks: { stroke: GRID, width: 1 }, label: 'block' },
      { stroke: AXIS, grid: { stroke: GRID, width: 1 }, ticks: { stroke: GRID, width: 1 }, size: 70 },
    ],
    series: [
      { label: 'block' },
      {
        label: `${props.title} (${props.unit})`,
        stroke: color,
        width: 2,
        fill: `${color}22`,
        points: { show: false },
      },
    ],
  };
}

export function LineChart(props: LineChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const data = props.data as unknown as uPlot.AlignedData;

  // biome-ignore lint/correctness/useExhaustiveDependencies: created once; data updates go through setData
  useEffect(() => {
    const element = host.current;
    if (element === null) return;
    const chart = new uPlot(options(props, Math.max(200, element.clientWidth)), data, element);
    plot.current = chart;
    const observer = new ResizeObserver(() =>
      chart.setSize({ width: Math.max(200, element.clientWidth), height: props.height ?? 200 }),
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.destroy();
      plot.current = null;
    };
  }, []);

  useEffect(() => {
    plot.current?.setData(data);
  }, [data]);

  return (
    <figure
      className="chart"
      data-chart={props.name}
      data-points={props.data[0].length}
      data-last-block={props.data[0].at(-1)}
      data-last-value={props.data[1].at(-1)}
    >
      <figcaption>{props.title}</figcaption>
      <div ref={host} />
    </figure>
  );
}
