import { TableOutlined } from '@ant-design/icons';
import { TASK_STATUSES, type TaskListItem, TIMELINESS } from '@ketluan/contracts';
import {
  Button,
  Card,
  DatePicker,
  Flex,
  Input,
  Select,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../../api/auth.ts';
import { useOrgs } from '../../api/orgs.ts';
import { type TaskFilters, type TaskSort, useTaskList } from '../../api/tasks.ts';
import { OrgSelect } from '../../components/org-select.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { EmptyState, ErrorState } from '../../components/states.tsx';
import { StatusTag, TimelinessTag } from '../../components/tags.tsx';
import { DATE_FORMAT, formatDate } from '../../i18n/format.ts';
import { type MessageKey, useT } from '../../i18n/index.tsx';
import { filtersFromSearch, searchFromFilters } from './task-filters.ts';

const toIso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

export default function TaskListPage() {
  const t = useT();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const { data: orgs } = useOrgs();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(params), [params]);
  const set = (patch: Partial<TaskFilters>) =>
    setParams(searchFromFilters({ ...filters, ...patch }), { replace: true });
  const [q, setQ] = useState(filters.q ?? '');
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);
  // Search as one types, a moment after the last key.
  useEffect(() => {
    const id = setTimeout(() => {
      if ((filters.q ?? '') !== q.trim()) set({ q: q.trim() || undefined });
    }, 350);
    return () => clearTimeout(id);
  });

  const list = useTaskList(filters);
  const orgName = (id: string) => orgs?.find((o) => o.id === id)?.name ?? id;
  // Filters set by links (dashboard, reports, agency home) that have no control here.
  const hidden: { key: string; label: string; clear: Partial<TaskFilters> }[] = [];
  if (filters.coordinator)
    hidden.push({
      key: 'coordinator',
      label: t('tasks.coordinatorFilter', { org: orgName(filters.coordinator) }),
      clear: { coordinator: undefined },
    });
  if (filters.assignedFrom || filters.assignedTo)
    hidden.push({
      key: 'assigned',
      label: t('tasks.assignedFilter', {
        from: formatDate(filters.assignedFrom) || '…',
        to: formatDate(filters.assignedTo) || '…',
      }),
      clear: { assignedFrom: undefined, assignedTo: undefined },
    });
  if (filters.meeting)
    hidden.push({
      key: 'meeting',
      label: t('tasks.meetingFilter'),
      clear: { meeting: undefined },
    });
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const isAgency = me?.role === 'agency';
  const sortOrder = (key: 'due' | 'assigned') =>
    filters.sort === key
      ? ('ascend' as const)
      : filters.sort === `-${key}`
        ? ('descend' as const)
        : null;

  return (
    <>
      <PageHeader
        title={t('tasks.title')}
        subtitle={isAgency && me?.orgName ? me.orgName : t('tasks.subtitle')}
        extra={
          me && ['admin', 'office', 'agency'].includes(me.role) ? (
            <Button
              icon={<TableOutlined />}
              onClick={() =>
                navigate(!isAgency && filters.owner ? `/bulk?owner=${filters.owner}` : '/bulk')
              }
            >
              {t('bulk.title')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Flex
          gap={12}
          wrap
          style={{ marginBottom: 16 }}
          role="search"
          aria-label={t('tasks.filters')}
        >
          <Input.Search
            allowClear
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(v) => set({ q: v.trim() || undefined })}
            placeholder={t('tasks.searchPlaceholder')}
            aria-label={t('tasks.search')}
            style={{ width: 320, maxWidth: '100%' }}
            data-testid="task-search"
          />
          {isAgency ? null : (
            <OrgSelect
              aria-label={t('tasks.owner')}
              placeholder={t('tasks.owner')}
              value={filters.owner}
              onChange={(owner) => set({ owner })}
              style={{ width: 280, maxWidth: '100%' }}
            />
          )}
          <Select
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            placeholder={t('tasks.status')}
            aria-label={t('tasks.status')}
            value={filters.status ?? []}
            onChange={(status) => set({ status })}
            style={{ minWidth: 200 }}
            options={TASK_STATUSES.map((s) => ({
              value: s,
              label: t(`status.${s}` as MessageKey),
            }))}
          />
          <Select
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            placeholder={t('tasks.timeliness')}
            aria-label={t('tasks.timeliness')}
            value={filters.timeliness ?? []}
            onChange={(timeliness) => set({ timeliness })}
            style={{ minWidth: 220 }}
            options={TIMELINESS.map((s) => ({
              value: s,
              label: t(`timeliness.${s}` as MessageKey),
            }))}
          />
          <DatePicker.RangePicker
            format={DATE_FORMAT}
            aria-label={t('tasks.dueRange')}
            placeholder={[t('tasks.dueFrom'), t('tasks.dueTo')]}
            value={[
              filters.dueFrom ? dayjs(filters.dueFrom) : null,
              filters.dueTo ? dayjs(filters.dueTo) : null,
            ]}
            onChange={(range) => set({ dueFrom: toIso(range?.[0]), dueTo: toIso(range?.[1]) })}
            allowEmpty={[true, true]}
          />
          <Tooltip title={t('tasks.asOfHelp')}>
            <DatePicker
              format={DATE_FORMAT}
              placeholder={t('tasks.asOf')}
              aria-label={t('tasks.asOf')}
              value={filters.asOf ? dayjs(filters.asOf) : null}
              onChange={(d) => set({ asOf: toIso(d) })}
            />
          </Tooltip>
          {params.toString() ? (
            <Button onClick={() => setParams(new URLSearchParams(), { replace: true })}>
              {t('common.clearFilters')}
            </Button>
          ) : null}
        </Flex>
        {hidden.length ? (
          <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }} data-testid="more-filters">
            <Typography.Text type="secondary">{t('tasks.alsoFiltered')}</Typography.Text>
            {hidden.map((h) => (
              <Tag key={h.key} closable onClose={() => set(h.clear)}>
                {h.label}
              </Tag>
            ))}
          </Flex>
        ) : null}
        {list.error ? (
          <ErrorState
            error={list.error}
            onRetry={() => void list.refetch()}
            feature={t('tasks.title')}
          />
        ) : (
          <>
            <Table<TaskListItem>
              rowKey="id"
              loading={list.isPending || (list.isFetching && !list.isFetchingNextPage)}
              dataSource={rows}
              pagination={false}
              scroll={{ x: 900 }}
              data-testid="task-table"
              locale={{
                emptyText: (
                  <EmptyState
                    title={params.toString() ? t('tasks.emptyFiltered') : t('tasks.empty')}
                  />
                ),
              }}
              onChange={(_p, _f, sorter) => {
                const s = sorter as SorterResult<TaskListItem>;
                const key = s.columnKey === 'assigned' ? 'assigned' : 'due';
                const sort: TaskSort =
                  s.order === 'descend' ? `-${key}` : s.order === 'ascend' ? key : 'due';
                set({ sort });
              }}
              columns={[
                {
                  title: t('tasks.task'),
                  dataIndex: 'title',
                  render: (title: string, task) => (
                    <Link to={`/tasks/${task.id}`} style={{ fontWeight: 500 }}>
                      <Typography.Paragraph
                        ellipsis={{ rows: 2 }}
                        style={{ margin: 0, color: 'inherit' }}
                      >
                        {title}
                      </Typography.Paragraph>
                    </Link>
                  ),
                },
                ...(isAgency
                  ? []
                  : [
                      { title: t('tasks.owner'), dataIndex: 'ownerName', width: 200, key: 'owner' },
                    ]),
                {
                  title: t('tasks.due'),
                  key: 'due',
                  width: 120,
                  sorter: true,
                  sortOrder: sortOrder('due'),
                  render: (_: unknown, task: TaskListItem) =>
                    task.dueDate ? (
                      <Tooltip title={task.deadlineText ?? undefined}>
                        <span>{formatDate(task.dueDate)}</span>
                      </Tooltip>
                    ) : (
                      <Typography.Text type="secondary">
                        {task.deadlineText ?? t('tasks.noDeadline')}
                      </Typography.Text>
                    ),
                },
                {
                  title: t('tasks.status'),
                  dataIndex: 'status',
                  width: 130,
                  render: (_: unknown, task: TaskListItem) => <StatusTag value={task.status} />,
                },
                {
                  title: t('tasks.timeliness'),
                  dataIndex: 'timeliness',
                  width: 160,
                  render: (_: unknown, task: TaskListItem) => (
                    <TimelinessTag value={task.timeliness} />
                  ),
                },
                {
                  title: t('tasks.assigned'),
                  key: 'assigned',
                  width: 110,
                  sorter: true,
                  sortOrder: sortOrder('assigned'),
                  responsive: ['lg'],
                  render: (_: unknown, task: TaskListItem) => formatDate(task.assignedDate),
                },
              ]}
            />
            {list.hasNextPage ? (
              <Flex justify="center" style={{ marginTop: 16 }}>
                <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
                  {t('common.loadMore')}
                </Button>
              </Flex>
            ) : null}
          </>
        )}
      </Card>
    </>
  );
}
