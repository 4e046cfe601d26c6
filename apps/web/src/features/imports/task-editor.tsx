import { DeleteOutlined } from '@ant-design/icons';
import type { ImportDraft } from '@ketluan/contracts';
import { Button, Card, DatePicker, Flex, Input, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { OrgSelect } from '../../components/org-select.tsx';
import { DATE_FORMAT, formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.tsx';
import { edit, fixed } from './draft-edit.ts';
import { FieldRow } from './field-row.tsx';
import { taskGroup } from './highlights.ts';

type Task = ImportDraft['tasks'][number];

/** One extracted task as a card; focusing it lights its source in the text. */
export function TaskEditor({
  draft,
  index,
  active,
  readOnly,
  onChange,
  onFocus,
}: {
  draft: ImportDraft;
  index: number;
  active: boolean;
  readOnly: boolean;
  onChange: (d: ImportDraft) => void;
  onFocus: (group: string) => void;
}) {
  const t = useT();
  const task = draft.tasks[index] as Task;
  const group = taskGroup(index);
  const update = (change: (x: Task) => void) =>
    onChange(edit(draft, (d) => change(d.tasks[index] as Task)));
  const readings = task.deadlineReadings;
  const unmatched = !task.ownerGroup && !task.owner.value.orgId;

  return (
    <Card
      size="small"
      id={`review-${group}`}
      data-testid={`review-${group}`}
      onClick={() => onFocus(group)}
      onFocusCapture={() => onFocus(group)}
      style={{
        marginBottom: 12,
        borderColor: active ? '#d97706' : unmatched ? '#f0b429' : undefined,
        boxShadow: active ? '0 0 0 2px #fcd34d' : undefined,
      }}
      title={
        <Flex gap={8} align="center">
          <Button
            type="link"
            size="small"
            style={{ padding: 0 }}
            onClick={() => onFocus(group)}
            aria-label={t('imports.showSource', { n: index + 1 })}
          >
            {t('imports.taskN', { n: index + 1 })}
          </Button>
          {task.item ? <Tag>{t('imports.ofItem', { item: task.item })}</Tag> : null}
          {task.ownerGroup ? <Tag color="purple">{t('imports.groupOwner')}</Tag> : null}
        </Flex>
      }
      extra={
        readOnly ? null : (
          <Button
            type="text"
            danger
            size="small"
            icon={<DeleteOutlined />}
            aria-label={t('imports.removeTask', { n: index + 1 })}
            onClick={(e) => {
              e.stopPropagation();
              onChange(edit(draft, (d) => d.tasks.splice(index, 1)));
            }}
          />
        )
      }
    >
      <FieldRow label={t('tasks.owner')} confidence={task.owner.confidence}>
        <Typography.Text style={{ display: 'block', marginBottom: 4 }}>
          “{task.owner.value.name}”
        </Typography.Text>
        <OrgSelect
          aria-label={t('imports.ownerMatch', { n: index + 1 })}
          value={task.owner.value.orgId}
          allowClear={false}
          placeholder={t('imports.pickOwner')}
          status={unmatched ? 'warning' : undefined}
          disabled={readOnly}
          onChange={(orgId) =>
            update((x) => {
              x.owner = fixed(x.owner, { ...x.owner.value, orgId: orgId ?? null });
            })
          }
        />
      </FieldRow>
      {task.coordinators.length ? (
        <FieldRow label={t('task.coordinators')}>
          <Typography.Text>{task.coordinators.map((c) => c.value.name).join('; ')}</Typography.Text>
        </FieldRow>
      ) : null}
      <FieldRow label={t('imports.action')} confidence={task.action.confidence}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 8 }}
          value={task.action.value}
          disabled={readOnly}
          aria-label={t('imports.action')}
          onChange={(e) => update((x) => (x.action = fixed(x.action, e.target.value)))}
        />
      </FieldRow>
      <Flex gap={12} wrap>
        <div style={{ flex: '1 1 220px' }}>
          <FieldRow label={t('imports.deadlineText')} confidence={task.deadlineText?.confidence}>
            <Input
              value={task.deadlineText?.value ?? ''}
              disabled={readOnly}
              placeholder={t('tasks.noDeadline')}
              aria-label={t('imports.deadlineText')}
              onChange={(e) =>
                update(
                  (x) =>
                    (x.deadlineText = e.target.value
                      ? fixed(x.deadlineText, e.target.value)
                      : null),
                )
              }
            />
          </FieldRow>
        </div>
        <div style={{ flex: '0 1 180px' }}>
          <FieldRow label={t('task.deadline')} confidence={task.deadline?.confidence}>
            <DatePicker
              format={DATE_FORMAT}
              value={task.deadline?.value ? dayjs(task.deadline.value) : null}
              disabled={readOnly}
              aria-label={t('task.deadline')}
              onChange={(d) =>
                update((x) => (x.deadline = d ? fixed(x.deadline, d.format('YYYY-MM-DD')) : null))
              }
            />
          </FieldRow>
        </div>
      </Flex>
      {readings.strict && readings.inclusive && readings.strict !== readings.inclusive ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('task.readings', {
            strict: formatDate(readings.strict),
            inclusive: formatDate(readings.inclusive),
          })}
        </Typography.Text>
      ) : null}
      <FieldRow label={t('task.forum')} confidence={task.forum?.confidence}>
        <Input
          value={task.forum?.value ?? ''}
          disabled={readOnly}
          aria-label={t('task.forum')}
          onChange={(e) =>
            update((x) => (x.forum = e.target.value ? fixed(x.forum, e.target.value) : null))
          }
        />
      </FieldRow>
      {task.revisionPoints.length ? (
        <FieldRow label={t('task.revisionPoints')}>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {task.revisionPoints.map((p) => (
              <li key={`${p.span?.[0]}-${p.value.slice(0, 20)}`}>{p.value}</li>
            ))}
          </ul>
        </FieldRow>
      ) : null}
    </Card>
  );
}
