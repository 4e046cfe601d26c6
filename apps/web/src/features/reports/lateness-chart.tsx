/**
 * Late work of each agency as lead and as coordinator, side by side (lazy: recharts).
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
import { useT } from '../../i18n/index.tsx';

export interface LatenessRow {
  name: string;
  lead: number;
  coordinator: number;
}

export default function LatenessChart({ rows, label }: { rows: LatenessRow[]; label: string }) {
  const t = useT();
  const height = Math.max(200, rows.length * 40 + 70);
  return (
    <div style={{ width: '100%', height }} role="img" aria-label={label}>
      <ResponsiveContainer>
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis
            type="category"
            dataKey="name"
            width={230}
            tickFormatter={(n: string) => (n.length > 34 ? `${n.slice(0, 32)}…` : n)}
            tick={{ fontSize: 12 }}
            interval={0}
          />
          <Tooltip />
          <Legend itemSorter={null} />
          <Bar
            dataKey="lead"
            name={t('reports.lateAsLead')}
            fill="#b42318"
            maxBarSize={16}
            isAnimationActive={false}
          />
          <Bar
            dataKey="coordinator"
            name={t('reports.lateAsCoordinator')}
            fill="#d97706"
            maxBarSize={16}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
