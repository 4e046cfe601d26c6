/**
 * Tasks of each group (agency, leader, meeting) by the four report categories, as stacked
 * horizontal bars. Loaded on demand: the charting library is never part of the first
 * screen's bundle. The same figures are always given as text or a table beside it.
 * @module
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  CATEGORIES,
  CATEGORY_COLOR,
  CATEGORY_LABEL,
  type ChartRow,
} from '../features/dashboard/summary.ts';
import { useT } from '../i18n/index.tsx';

const shorten = (name: string, max: number) =>
  name.length > max ? `${name.slice(0, max - 2)}…` : name;

export default function CategoryChart({
  rows,
  label,
  onSelect,
  labelWidth = 230,
}: {
  rows: ChartRow[];
  /** What the chart shows, for screen readers. */
  label: string;
  onSelect?: (key: string) => void;
  labelWidth?: number;
}) {
  const t = useT();
  const height = Math.max(200, rows.length * 34 + 70);
  const maxChars = Math.floor(labelWidth / 6.8);
  return (
    <div style={{ width: '100%', height }} role="img" aria-label={label}>
      <ResponsiveContainer>
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis
            type="category"
            dataKey="name"
            width={labelWidth}
            tickFormatter={(n: string) => shorten(n, maxChars)}
            tick={{ fontSize: 12 }}
            interval={0}
          />
          <Tooltip />
          <Legend itemSorter={null} />
          {CATEGORIES.map((c) => (
            <Bar
              key={c}
              dataKey={c}
              name={t(CATEGORY_LABEL[c])}
              stackId="a"
              maxBarSize={28}
              fill={CATEGORY_COLOR[c]}
              isAnimationActive={false}
              cursor={onSelect ? 'pointer' : undefined}
              onClick={(d) => {
                const key = (d as { payload?: ChartRow }).payload?.key;
                if (key && onSelect) onSelect(key);
              }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
