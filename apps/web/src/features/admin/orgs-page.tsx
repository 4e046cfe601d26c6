import { MergeCellsOutlined } from '@ant-design/icons';
import { ORG_KINDS, type Org, type OrgKind } from '@ketluan/contracts';
import { Button, Card, Flex, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useMe } from '../../api/auth.ts';
import { useHasRoute } from '../../api/capabilities.ts';
import { useOrgs } from '../../api/orgs.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { EmptyState, ErrorState } from '../../components/states.tsx';
import { fold } from '../../components/text.ts';
import { formatDate } from '../../i18n/format.ts';
import { type MessageKey, useT } from '../../i18n/index.tsx';
import { LineageModal } from './lineage-modal.tsx';

export default function OrgsPage() {
  const t = useT();
  const orgs = useOrgs();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<OrgKind | undefined>();
  const [showDissolved, setShowDissolved] = useState(false);
  const { data: me } = useMe();
  const [merging, setMerging] = useState(false);
  const canMerge = useHasRoute('POST /api/orgs/lineage') && me?.role === 'admin';
  const byId = useMemo(() => new Map((orgs.data ?? []).map((o) => [o.id, o])), [orgs.data]);
  const rows = useMemo(() => {
    const needle = fold(q);
    return (orgs.data ?? []).filter(
      (o) =>
        (!kind || o.kind === kind) &&
        (showDissolved || !o.validTo) &&
        (!needle ||
          fold([o.name, o.shortName ?? '', o.code, ...o.aliases].join(' ')).includes(needle)),
    );
  }, [orgs.data, q, kind, showDissolved]);

  return (
    <>
      <PageHeader
        title={t('orgs.title')}
        subtitle={t('orgs.subtitle')}
        extra={
          <Tooltip title={canMerge ? undefined : t('orgs.mergePending')}>
            <Button
              icon={<MergeCellsOutlined />}
              disabled={!canMerge}
              onClick={() => setMerging(true)}
            >
              {t('orgs.merge')}
            </Button>
          </Tooltip>
        }
      />
      <Card>
        {orgs.error ? (
          <ErrorState error={orgs.error} onRetry={() => void orgs.refetch()} />
        ) : (
          <>
            <Flex gap={12} wrap style={{ marginBottom: 16 }}>
              <Input.Search
                allowClear
                placeholder={t('orgs.search')}
                aria-label={t('orgs.search')}
                value={q}
                onChange={(e) => setQ(e.target.value)}
                style={{ maxWidth: 360 }}
              />
              <Select<OrgKind>
                allowClear
                placeholder={t('orgs.kind')}
                aria-label={t('orgs.kind')}
                value={kind}
                onChange={setKind}
                style={{ minWidth: 200 }}
                options={ORG_KINDS.map((k) => ({
                  value: k,
                  label: t(`orgKind.${k}` as MessageKey),
                }))}
              />
              <Select<'active' | 'all'>
                value={showDissolved ? 'all' : 'active'}
                onChange={(v) => setShowDissolved(v === 'all')}
                aria-label={t('orgs.validity')}
                style={{ minWidth: 200 }}
                options={[
                  { value: 'active', label: t('orgs.activeOnly') },
                  { value: 'all', label: t('orgs.includeDissolved') },
                ]}
              />
            </Flex>
            <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
              {t('orgs.count', { n: rows.length })}
            </Typography.Text>
            <Table<Org>
              rowKey="id"
              size="middle"
              loading={orgs.isPending}
              dataSource={rows}
              pagination={{ pageSize: 25, showSizeChanger: false, hideOnSinglePage: true }}
              scroll={{ x: 760 }}
              locale={{ emptyText: <EmptyState title={t('common.noMatch')} /> }}
              columns={[
                {
                  title: t('orgs.name'),
                  dataIndex: 'name',
                  render: (name: string, o) => (
                    <>
                      <Typography.Text strong>{name}</Typography.Text>
                      {o.aliases.length > 0 ? (
                        <div>
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {o.aliases.slice(0, 4).join(' · ')}
                          </Typography.Text>
                        </div>
                      ) : null}
                    </>
                  ),
                },
                { title: t('orgs.code'), dataIndex: 'code', responsive: ['lg'] },
                {
                  title: t('orgs.kind'),
                  dataIndex: 'kind',
                  render: (k: OrgKind) => <Tag>{t(`orgKind.${k}` as MessageKey)}</Tag>,
                },
                {
                  title: t('orgs.parent'),
                  dataIndex: 'parentId',
                  responsive: ['xl'],
                  render: (id: string | null) =>
                    id ? (byId.get(id)?.shortName ?? byId.get(id)?.name ?? '') : '',
                },
                {
                  title: t('orgs.validity'),
                  key: 'validity',
                  render: (_, o) =>
                    o.validTo ? (
                      <Space direction="vertical" size={0}>
                        <Tag color="default">
                          {t('orgs.dissolved', { date: formatDate(o.validTo) })}
                        </Tag>
                        {o.successors.map((s) => (
                          <Typography.Text key={s.orgId} type="secondary" style={{ fontSize: 12 }}>
                            → {s.name} ({t(`succession.${s.kind}` as MessageKey)})
                          </Typography.Text>
                        ))}
                      </Space>
                    ) : (
                      <Tag color="green">{t('orgs.active')}</Tag>
                    ),
                },
              ]}
            />
          </>
        )}
      </Card>
      {merging ? <LineageModal onClose={() => setMerging(false)} /> : null}
    </>
  );
}
