import { useEffect, useRef, useState } from 'preact/hooks';
import type { TrendPoint } from '../types';
import { filledPeriods } from './periods';

type ChartModule = typeof import('./chartSetup');
let chartModule: Promise<ChartModule> | null = null;

/** Chart.js, loaded the first time a chart is drawn (the search page never waits for it). */
function loadChart(): Promise<ChartModule> {
  chartModule ??= import('./chartSetup');
  return chartModule;
}

/**
 * Proposals on a theme per month or year, as bars, with the share of all proposals of the
 * period in the tooltip. The same numbers are in a table beneath for screen readers and copying.
 */
export function TimelineChart(props: { byMonth: TrendPoint[]; byYear: TrendPoint[] }) {
  const [by, setBy] = useState<'MONTH' | 'YEAR'>(
    props.byYear.filter((p) => p.period !== 'undated').length > 1 ? 'YEAR' : 'MONTH',
  );
  const canvas = useRef<HTMLCanvasElement>(null);
  const points = filledPeriods(by === 'MONTH' ? props.byMonth : props.byYear, by);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    let chart: { destroy(): void } | null = null;
    let cancelled = false;
    void loadChart().then(({ Chart }) => {
      if (cancelled || !canvas.current) return;
      chart = new Chart(canvas.current, {
        type: 'bar',
        data: {
          labels: points.map((p) => p.period),
          datasets: [
            { label: 'proposals', data: points.map((p) => p.count), backgroundColor: '#b4442f' },
          ],
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
          plugins: {
            tooltip: {
              callbacks: {
                afterLabel: (item) => {
                  const share = points[item.dataIndex]?.share ?? 0;
                  return `${(share * 100).toFixed(1)}% of the period's proposals`;
                },
              },
            },
          },
        },
      });
      setDrawn(true);
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [by, props.byMonth, props.byYear]);

  return (
    <figure class="timeline" data-drawn={drawn ? 'yes' : 'no'}>
      <div class="segmented" role="group" aria-label="period">
        <button type="button" aria-pressed={by === 'YEAR'} onClick={() => setBy('YEAR')}>
          by year
        </button>
        <button type="button" aria-pressed={by === 'MONTH'} onClick={() => setBy('MONTH')}>
          by month
        </button>
      </div>
      <div class="chart-box">
        <canvas
          ref={canvas}
          role="img"
          aria-label={`proposals per ${by === 'YEAR' ? 'year' : 'month'}`}
        />
      </div>
      <details>
        <summary>the numbers</summary>
        <table class="trend-table">
          <thead>
            <tr>
              <th scope="col">period</th>
              <th scope="col">proposals</th>
              <th scope="col">share of the period</th>
            </tr>
          </thead>
          <tbody>
            {points
              .filter((p) => p.count > 0)
              .map((p) => (
                <tr key={p.period}>
                  <td>{p.period}</td>
                  <td>{p.count}</td>
                  <td>{(p.share * 100).toFixed(1)}%</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
