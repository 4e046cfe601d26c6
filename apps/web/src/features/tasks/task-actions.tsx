/**
 * What the signed-in user may do with a task, by role and status, each action in a small
 * form. Every action carries the task version the user saw; if someone else changed the task
 * meanwhile (409), the user is told and the task reloads.
 * @module
 */
import type { Me, Task, TaskEventBody } from '@ketluan/contracts';
import { Alert, App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { isStaleVersion } from '../../api/client.ts';
import { useTaskAction } from '../../api/tasks.ts';
import { useErrorMessage } from '../../components/states.tsx';
import { type MessageKey, useT } from '../../i18n/index.tsx';
import { ActionModal } from './action-modal.tsx';

export type ActionType = TaskEventBody['type'];

const OPEN = new Set<Task['status']>(['assigned', 'in_progress', 'returned']);
const FINAL = new Set<Task['status']>(['done', 'cancelled']);

export function allowedActions(task: Task, me: Me): ActionType[] {
  const office = me.role === 'admin' || me.role === 'office';
  const owner = me.role === 'agency' && me.orgId === task.ownerOrgId;
  const open = OPEN.has(task.status);
  const out: ActionType[] = [];
  if ((owner || office) && open) out.push('report', 'progress');
  if (owner && open && task.dueDate && !task.pendingExtension) out.push('extension_request');
  if (office && task.status === 'reported') out.push('accept', 'return');
  if ((office || me.role === 'leader') && task.pendingExtension) out.push('extension_decision');
  if (office && !FINAL.has(task.status)) out.push('reassign', 'cancel');
  return out;
}

const PRIMARY = new Set<ActionType>(['report', 'accept']);
const DANGER = new Set<ActionType>(['cancel', 'return']);

export function TaskActions({ task, me }: { task: Task; me: Me }) {
  const t = useT();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const action = useTaskAction(task.id);
  const [open, setOpen] = useState<ActionType | null>(null);
  const actions = allowedActions(task, me);

  const submit = (body: TaskEventBody) =>
    action.mutate(body, {
      onSuccess: () => {
        message.success(t(`action.${body.type}.done` as MessageKey));
        setOpen(null);
      },
      onError: (error) => {
        if (isStaleVersion(error)) {
          message.warning(t('task.stale'), 6);
          setOpen(null);
        }
      },
    });

  return (
    <Card title={t('task.actions')}>
      {action.error && !isStaleVersion(action.error) && !open ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(action.error)}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {actions.length === 0 ? (
        <Typography.Text type="secondary">{t('task.noActions')}</Typography.Text>
      ) : (
        <Flex gap={8} wrap>
          {actions.map((type) => (
            <Button
              key={type}
              type={PRIMARY.has(type) ? 'primary' : 'default'}
              danger={DANGER.has(type)}
              onClick={() => {
                action.reset();
                setOpen(type);
              }}
              data-testid={`action-${type}`}
            >
              {t(`action.${type}` as MessageKey)}
            </Button>
          ))}
        </Flex>
      )}
      {open ? (
        <ActionModal
          type={open}
          task={task}
          pending={action.isPending}
          error={action.error && !isStaleVersion(action.error) ? errorMessage(action.error) : null}
          onSubmit={submit}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </Card>
  );
}
