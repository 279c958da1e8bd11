/**
 * uPlot as a reference for `bench/chart.bench.ts`: bundled separately by `bench/run-chart.mjs`,
 * and only when the `uplot` package is installed, so the benchmark runs without it.
 */
import uPlot from 'uplot';
import type { Candidate } from './chart.bench.js';
import type { Week } from './chart-data.js';

const COLORS = ['#0b63c5', '#b35900', '#7a3fd1', '#c42430'];

function uPlotCandidate(): Candidate {
  let data: number[][];
  let options: uPlot.Options;
  let plot: uPlot | undefined;
  let box: HTMLElement | undefined;
  return {
    setup(week: Week) {
      // uPlot's time axis counts seconds.
      data = [week.columns.x.map((t) => t / 1000), ...week.columns.series.map((s) => [...s.values])];
      options = {
        width: 1000,
        height: 400,
        scales: { x: { time: true } },
        series: [{}, ...week.columns.series.map((s, i) => ({ label: s.label, stroke: COLORS[i], width: 1.5 }))],
      };
    },
    async render(root) {
      box = document.createElement('div');
      root.append(box);
      plot = new uPlot(options, data as uPlot.AlignedData, box);
    },
    async append() {
      data.forEach((column, i) => column.push(i === 0 ? column.at(-1)! + 60 : column.at(-1)!));
      plot!.setData(data as uPlot.AlignedData);
    },
    clear() {
      plot?.destroy();
      plot = undefined;
      box?.remove();
    },
  };
}

window.chartBench.candidates.set('uPlot', uPlotCandidate());
