/**
 * Tasks per agency by category, as stacked horizontal bars. Loaded on demand: the charting
 * library is not part of the first screen's bundle.
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
import { type MessageKey, useT } from '../../i18n/index.tsx';
import { type AgencyRow, CATEGORIES, CATEGORY_COLOR } from './summary.ts';

const shorten = (name: string) => (name.length > 34 ? `${name.slice(0, 32)}…` : name);

export default function AgencyChart({
  rows,
  onSelect,
}: {
  rows: AgencyRow[];
  onSelect?: (orgId: string) => void;
}) {
  const t = useT();
  const height = Math.max(200, rows.length * 34 + 70);
  return (
    <div style={{ width: '100%', height }} role="img" aria-label={t('dashboard.chartLabel')}>
      <ResponsiveContainer>
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis
            type="category"
            dataKey="name"
            width={230}
            tickFormatter={shorten}
            tick={{ fontSize: 12 }}
            interval={0}
          />
          <Tooltip />
          <Legend />
          {CATEGORIES.map((c) => (
            <Bar
              key={c}
              dataKey={c}
              name={t(`category.${c}` as MessageKey)}
              stackId="a"
              fill={CATEGORY_COLOR[c]}
              isAnimationActive={false}
              cursor={onSelect ? 'pointer' : undefined}
              onClick={(d) => {
                const id = (d as { payload?: AgencyRow }).payload?.orgId;
                if (id && onSelect) onSelect(id);
              }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
