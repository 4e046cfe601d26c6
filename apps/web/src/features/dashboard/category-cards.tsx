import type { ReportCounts } from '@ketluan/contracts';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/index.tsx';
import { CATEGORIES, CATEGORY_COLOR, CATEGORY_LABEL, type Category, percent } from './summary.ts';

/** The four categories as cards, each a link to its tasks; figures from the server's report. */
export function CategoryCards({
  counts,
  linkFor,
}: {
  counts: ReportCounts;
  linkFor: (category: Category) => string;
}) {
  const t = useT();
  const total = counts.assigned;
  return (
    <Row gutter={[16, 16]}>
      {CATEGORIES.map((c) => (
        <Col key={c} xs={12} md={12} lg={6}>
          <Link to={linkFor(c)} aria-label={`${t(CATEGORY_LABEL[c])}: ${counts[c]}`}>
            <Card
              hoverable
              className="stat-card"
              style={{ borderTop: `3px solid ${CATEGORY_COLOR[c]}` }}
              data-testid={`stat-${c}`}
            >
              <Statistic
                title={t(CATEGORY_LABEL[c])}
                value={counts[c]}
                styles={{ content: { color: CATEGORY_COLOR[c], fontWeight: 600 } }}
                suffix={
                  <Typography.Text type="secondary" style={{ fontSize: 14 }}>
                    {total ? ` / ${total} · ${percent(counts[c], total)}%` : ''}
                  </Typography.Text>
                }
              />
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
