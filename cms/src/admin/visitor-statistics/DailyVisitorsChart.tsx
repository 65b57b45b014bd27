import { useId } from 'react';
import { count, dayMonth, fullDate, type VisitorStatistics } from './statistics';

const WIDTH = 600;
const HEIGHT = 180;
const LEFT = 40;
const BOTTOM = 24;
const TOP = 10;

/** A round top for the scale (1, 2, 5 × 10^n) at or above the busiest day. */
function scaleTop(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return ([1, 2, 5, 10].map((step) => step * power).find((top) => top >= max) ?? 10 * power);
}

/**
 * Daily visitors as bars (an SVG image named by its title and described by the summary below it), and the same
 * figures as a table under "Bảng số liệu" for anyone who prefers numbers.
 */
export function DailyVisitorsChart({ days }: { days: VisitorStatistics['days'] }) {
  const id = useId();
  const total = days.reduce((sum, day) => sum + day.visitors, 0);
  const busiest = days.reduce((best, day) => (day.visitors > best.visitors ? day : best), days[0] ?? { day: '', visitors: 0 });
  const top = scaleTop(busiest.visitors);
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = (WIDTH - LEFT) / Math.max(days.length, 1);
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  const first = days[0]?.day;
  const last = days[days.length - 1]?.day;
  const summary =
    first && last
      ? `Từ ${fullDate(first)} đến ${fullDate(last)}: tổng ${count(total)} lượt khách, ` +
        (busiest.visitors > 0 ? `nhiều nhất ${count(busiest.visitors)} vào ngày ${fullDate(busiest.day)}.` : 'chưa có lượt khách nào.')
      : '';

  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} data-chart="daily-visitors" style={{ display: 'block', maxHeight: 220 }}>
        <title id={`${id}-title`}>Khách truy cập mỗi ngày, 30 ngày qua</title>
        {[0, top / 2, top].map((value) => (
          <g key={value}>
            <line x1={LEFT} x2={WIDTH} y1={y(value)} y2={y(value)} stroke="currentColor" strokeOpacity={0.25} />
            <text x={LEFT - 6} y={y(value) + 4} textAnchor="end" fontSize={11} fill="currentColor">
              {count(value)}
            </text>
          </g>
        ))}
        {days.map((day, index) => (
          <rect key={day.day} x={LEFT + index * slot + slot * 0.15} width={slot * 0.7} y={y(day.visitors)} height={Math.max(TOP + plotHeight - y(day.visitors), 0)} fill="#4945ff">
            <title>{`${dayMonth(day.day)}: ${count(day.visitors)} lượt khách`}</title>
          </rect>
        ))}
        {/* Today and every 7th day before it. */}
        {days.map((day, index) =>
          (days.length - 1 - index) % 7 === 0 ? (
            <text key={day.day} x={index === days.length - 1 ? WIDTH : LEFT + index * slot + slot / 2} y={HEIGHT - 6} textAnchor={index === days.length - 1 ? 'end' : 'middle'} fontSize={11} fill="currentColor">
              {dayMonth(day.day)}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption id={`${id}-summary`} style={{ marginTop: 4, fontSize: 13 }}>
        {summary}
      </figcaption>
      <details style={{ marginTop: 8, fontSize: 13 }}>
        <summary style={{ cursor: 'pointer' }}>Bảng số liệu theo ngày</summary>
        <table style={{ borderCollapse: 'collapse', marginTop: 4 }}>
          <caption style={{ textAlign: 'left' }}>Khách truy cập mỗi ngày (giờ Việt Nam)</caption>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'left', paddingRight: 16 }}>Ngày</th>
              <th scope="col" style={{ textAlign: 'right' }}>Lượt khách</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.day}>
                <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal', paddingRight: 16 }}>{fullDate(day.day)}</th>
                <td style={{ textAlign: 'right' }}>{count(day.visitors)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
