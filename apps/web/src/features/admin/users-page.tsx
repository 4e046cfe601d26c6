import { PlusOutlined } from '@ant-design/icons';
import type { Role, User } from '@ketluan/contracts';
import { Button, Card, Input, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useOrgs } from '../../api/orgs.ts';
import { useUsers } from '../../api/users.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { EmptyState, ErrorState } from '../../components/states.tsx';
import { fold } from '../../components/text.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { type MessageKey, useT } from '../../i18n/index.tsx';
import { UserFormModal } from './user-form-modal.tsx';

const ROLE_COLOR: Record<Role, string> = {
  admin: 'magenta',
  office: 'blue',
  leader: 'gold',
  agency: 'green',
  viewer: 'default',
};

export default function UsersPage() {
  const t = useT();
  const users = useUsers();
  const orgs = useOrgs();
  const [creating, setCreating] = useState(false);
  const [q, setQ] = useState('');
  const orgName = useMemo(() => new Map((orgs.data ?? []).map((o) => [o.id, o.name])), [orgs.data]);
  const rows = useMemo(() => {
    const needle = fold(q);
    return (users.data ?? []).filter(
      (u) =>
        !needle ||
        fold(
          `${u.username} ${u.name} ${u.email ?? ''} ${u.orgId ? (orgName.get(u.orgId) ?? '') : ''}`,
        ).includes(needle),
    );
  }, [users.data, q, orgName]);

  return (
    <>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('users.add')}
          </Button>
        }
      />
      <Card>
        {users.error ? (
          <ErrorState error={users.error} onRetry={() => void users.refetch()} />
        ) : (
          <>
            <Input.Search
              allowClear
              placeholder={t('users.search')}
              aria-label={t('users.search')}
              value={q}
              onChange={(e) => setQ(e.target.value)}
              style={{ maxWidth: 360, marginBottom: 16 }}
            />
            <Table<User>
              rowKey="id"
              loading={users.isPending}
              dataSource={rows}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              scroll={{ x: 720 }}
              locale={{ emptyText: <EmptyState title={t('users.empty')} /> }}
              columns={[
                {
                  title: t('users.name'),
                  dataIndex: 'name',
                  sorter: (a, b) => a.name.localeCompare(b.name, 'vi'),
                  render: (name: string, u) => (
                    <>
                      <Typography.Text strong>{name}</Typography.Text>
                      <br />
                      <Typography.Text type="secondary">{u.username}</Typography.Text>
                    </>
                  ),
                },
                {
                  title: t('users.role'),
                  dataIndex: 'role',
                  filters: (['admin', 'office', 'leader', 'agency', 'viewer'] as const).map(
                    (r) => ({
                      text: t(`role.${r}` as MessageKey),
                      value: r,
                    }),
                  ),
                  onFilter: (value, u) => u.role === value,
                  render: (role: Role) => (
                    <Tag color={ROLE_COLOR[role]}>{t(`role.${role}` as MessageKey)}</Tag>
                  ),
                },
                {
                  title: t('users.org'),
                  dataIndex: 'orgId',
                  render: (id: string | null) => (id ? (orgName.get(id) ?? '…') : '—'),
                },
                {
                  title: t('users.email'),
                  dataIndex: 'email',
                  render: (e: string | null) => e ?? '—',
                },
                {
                  title: t('users.status'),
                  dataIndex: 'active',
                  render: (active: boolean) =>
                    active ? (
                      <Tag color="green">{t('users.active')}</Tag>
                    ) : (
                      <Tag>{t('users.inactive')}</Tag>
                    ),
                },
                {
                  title: t('users.created'),
                  dataIndex: 'createdAt',
                  responsive: ['lg'],
                  render: (v: string) => formatDateTime(v),
                },
              ]}
            />
          </>
        )}
      </Card>
      <UserFormModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
