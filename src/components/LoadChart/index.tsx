import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import run from '@site/examples/output/node-failure/steady-load.json';
import styles from './styles.module.css';

/** The recorded run's shape (written by examples/test/node-failure/node-failure.cluster.test.ts). */
interface LoadRun {
  bucketMs: number;
  events: { name: string; atMs: number }[];
  buckets: { fromMs: number; ok: number; errors: Partial<Record<string, number>> }[];
}

const WIDTH = 640;
const LEFT = 56;
const RIGHT = 12;
const PANEL = 110; // height of each panel
const TOP = 28; // room for the event labels
const GAP = 34;
const HEIGHT = TOP + PANEL + GAP + PANEL + 40;
/** Fill of successes, then of each failure code in the order they first appear. */
const OK_COLOR = '#2e7d32';
const CODE_COLORS = ['#c62828', '#ef6c00', '#6a1b9a', '#1565c0', '#795548'];

function eventLabel(name: string): string {
  switch (name) {
    case 'stop':
      return translate({ id: 'loadChart.event.stop', message: 'stop' });
    case 'kill':
      return translate({ id: 'loadChart.event.kill', message: 'kill' });
    case 'restart':
      return translate({ id: 'loadChart.event.restart', message: 'restart' });
    case 'rejoined':
      return translate({ id: 'loadChart.event.rejoined', message: 'rejoined' });
    default:
      return name;
  }
}

/** A round number at or above `value`, for an axis maximum. */
function niceMax(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(value, 1)));
  return [1, 2, 5, 10].map((step) => step * magnitude).find((nice) => nice >= value) ?? value;
}

/**
 * Successes and failures per second, by code, of the recorded load run across a clean stop, a
 * kill, the restarts and the rejoins: a static SVG drawn from the committed JSON at build time.
 */
export default function LoadChart(): ReactNode {
  const data: LoadRun = run;
  const seconds = data.buckets.length;
  const codes = [...new Set(data.buckets.flatMap((bucket) => Object.keys(bucket.errors)))];
  const failed = (bucket: LoadRun['buckets'][number]) =>
    Object.values(bucket.errors).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  const okMax = niceMax(Math.max(...data.buckets.map((bucket) => bucket.ok)));
  const errMax = niceMax(Math.max(1, ...data.buckets.map(failed)));
  const slot = (WIDTH - LEFT - RIGHT) / seconds;
  const x = (ms: number) => LEFT + (ms / data.bucketMs) * slot;
  const okBase = TOP + PANEL;
  const errTop = okBase + GAP;
  const errBase = errTop + PANEL;
  const totalFailed = data.buckets.reduce((sum, bucket) => sum + failed(bucket), 0);
  const worst = Math.min(...data.buckets.map((bucket) => bucket.ok));
  const best = Math.max(...data.buckets.map((bucket) => bucket.ok));

  const title = translate({
    id: 'loadChart.title',
    message: 'Successful and failed commands per second, recorded run',
  });
  const desc = translate(
    {
      id: 'loadChart.desc',
      message:
        'Bar chart over {seconds} seconds. Top: successful commands per second, at most {best}; ' +
        'the lowest second had {worst}. Bottom: failed commands per second by code, {failed} in all ' +
        '(codes {codes}). Vertical marks show the stop, the kill, the restarts and the rejoins.',
    },
    {
      seconds,
      best: String(best),
      worst: String(worst),
      failed: String(totalFailed),
      codes: codes.join(', '),
    },
  );

  return (
    <figure className={styles.figure}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="load-chart-title load-chart-desc"
        className={styles.chart}
      >
        <title id="load-chart-title">{title}</title>
        <desc id="load-chart-desc">{desc}</desc>
        <text x={LEFT} y={TOP - 14} className={styles.axisTitle}>
          {translate({ id: 'loadChart.ok', message: 'successful per second' })} (0–{okMax})
        </text>
        <text x={LEFT} y={errTop - 8} className={styles.axisTitle}>
          {translate({ id: 'loadChart.failed', message: 'failed per second, by code' })} (0–{errMax})
        </text>
        {[okMax, 0].map((value) => (
          <text
            key={`ok${value}`}
            x={LEFT - 6}
            y={okBase - (value / okMax) * PANEL + 4}
            className={styles.tick}
          >
            {value}
          </text>
        ))}
        {[errMax, 0].map((value) => (
          <text
            key={`err${value}`}
            x={LEFT - 6}
            y={errBase - (value / errMax) * PANEL + 4}
            className={styles.tick}
          >
            {value}
          </text>
        ))}
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={okBase} y2={okBase} className={styles.axis} />
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={errBase} y2={errBase} className={styles.axis} />
        {data.buckets.map((bucket, i) => {
          const left = LEFT + i * slot + 1;
          const okHeight = (bucket.ok / okMax) * PANEL;
          let stacked = 0;
          return (
            <g key={bucket.fromMs}>
              <rect x={left} y={okBase - okHeight} width={slot - 2} height={okHeight} fill={OK_COLOR} />
              {codes.map((code, c) => {
                const height = ((bucket.errors[code] ?? 0) / errMax) * PANEL;
                stacked += height;
                return height > 0 ? (
                  <rect
                    key={code}
                    x={left}
                    y={errBase - stacked}
                    width={slot - 2}
                    height={height}
                    fill={CODE_COLORS[c % CODE_COLORS.length]}
                  />
                ) : null;
              })}
            </g>
          );
        })}
        {data.events.map((event, i) => (
          <g key={`${event.name}${event.atMs}`}>
            <line x1={x(event.atMs)} x2={x(event.atMs)} y1={TOP - 6} y2={errBase} className={styles.event} />
            <text x={x(event.atMs) + 2} y={TOP - 2 + (i % 2) * 10} className={styles.eventLabel}>
              {eventLabel(event.name)}
            </text>
          </g>
        ))}
        {Array.from({ length: Math.floor(seconds / 5) + 1 }, (_, i) => i * 5).map((second) => (
          <text key={second} x={x(second * data.bucketMs)} y={errBase + 14} className={styles.tickX}>
            {second}
          </text>
        ))}
        <text x={WIDTH - RIGHT} y={errBase + 28} className={styles.tick}>
          {translate({ id: 'loadChart.seconds', message: 'seconds since the load started' })}
        </text>
        {codes.map((code, c) => (
          <g key={code} transform={`translate(${LEFT + c * 130}, ${errBase + 24})`}>
            <rect width={10} height={10} fill={CODE_COLORS[c % CODE_COLORS.length]} />
            <text x={14} y={9} className={styles.legend}>
              {translate({ id: 'loadChart.code', message: 'code {code}' }, { code })}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
