/**
 * A weights or bonds matrix (rows: the setting uid, columns: the target uid) drawn on one canvas: 256 x 256
 * cells are one image, not 65,536 elements. Each row is scaled to its own maximum.
 */
import { useEffect, useRef } from 'react';

export interface HeatmapProps {
  readonly name: string;
  /** dense rows of u16 values */
  readonly matrix: readonly (readonly number[])[];
  readonly size?: number;
}

export function drawHeatmap(canvas: HTMLCanvasElement, matrix: readonly (readonly number[])[]): number {
  const n = matrix.length;
  const m = Math.max(1, ...matrix.map((r) => r.length));
  canvas.width = m;
  canvas.height = Math.max(1, n);
  const context = canvas.getContext('2d');
  if (context === null) return 0;
  const image = context.createImageData(m, Math.max(1, n));
  let nonZero = 0;
  matrix.forEach((row, y) => {
    const max = Math.max(1, ...row);
    row.forEach((value, x) => {
      const t = value / max;
      if (value > 0) nonZero++;
      const o = (y * m + x) * 4;
      image.data[o] = Math.round(20 + 60 * t);
      image.data[o + 1] = Math.round(24 + 185 * t);
      image.data[o + 2] = Math.round(33 + 164 * t);
      image.data[o + 3] = 255;
    });
  });
  context.putImageData(image, 0, 0);
  return nonZero;
}

export function Heatmap({ name, matrix, size = 320 }: HeatmapProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current !== null) canvas.current.dataset.cells = String(drawHeatmap(canvas.current, matrix));
  }, [matrix]);
  return (
    <canvas
      ref={canvas}
      className="heatmap"
      data-heatmap={name}
      style={{ width: size, height: size, imageRendering: 'pixelated' }}
    />
  );
}
