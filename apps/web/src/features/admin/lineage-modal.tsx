import type { LineageBody, OrgKind } from '@ketluan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { OrgSelect } from '../../components/org-select.tsx';
import { useErrorMessage } from '../../components/states.tsx';
import { DATE_FORMAT } from '../../i18n/format.ts';
import { type MessageKey, useT } from '../../i18n/index.tsx';

interface Values {
  kind: 'merge' | 'split' | 'rename';
  fromOrgIds: string[];
  target: 'existing' | 'new';
  toOrgIds?: string[];
  newName?: string;
  newShortName?: string;
  newKind?: OrgKind;
  effectiveDate: Dayjs;
  note?: string;
}

interface LineageResult {
  successorIds: string[];
  movedTaskIds: string[];
  movedUserIds: string[];
}

/**
 * Merge, split or rename agencies from an effective date (POST /api/orgs/lineage). Open tasks
 * and users move to the successor; history keeps the original names.
 */
export function LineageModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { modal } = App.useApp();
  const errorMessage = useErrorMessage();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [dirty, setDirty] = useState(false);
  const target = Form.useWatch('target', form);
  const kind = Form.useWatch('kind', form);
  const run = useMutation({
    mutationFn: (body: LineageBody) => api.post<LineageResult>('/api/orgs/lineage', body),
    onSuccess: () => qc.invalidateQueries(),
  });

  const requestClose = () => {
    if (!dirty || run.isSuccess) return onClose();
    modal.confirm({
      title: t('leave.title'),
      content: t('leave.body'),
      okText: t('leave.discard'),
      okButtonProps: { danger: true },
      cancelText: t('leave.stay'),
      onOk: onClose,
    });
  };

  const submit = (v: Values) => {
    const body: LineageBody = {
      kind: v.kind,
      fromOrgIds: v.fromOrgIds,
      toOrgIds: v.target === 'existing' ? (v.toOrgIds ?? []) : [],
      newOrg:
        v.target === 'new' && v.newName
          ? {
              name: v.newName.trim(),
              shortName: v.newShortName?.trim() || null,
              kind: v.newKind ?? 'department',
            }
          : undefined,
      effectiveDate: v.effectiveDate.format('YYYY-MM-DD'),
      note: v.note?.trim() || null,
    };
    modal.confirm({
      title: t('lineage.confirmTitle'),
      content: t('lineage.confirmBody'),
      okText: t('lineage.run'),
      cancelText: t('common.cancel'),
      onOk: () => run.mutateAsync(body),
    });
  };

  return (
    <Modal
      open
      width={640}
      title={t('orgs.merge')}
      okText={run.isSuccess ? t('common.close') : t('lineage.run')}
      cancelText={t('common.cancel')}
      onOk={() => (run.isSuccess ? onClose() : form.submit())}
      onCancel={requestClose}
      confirmLoading={run.isPending}
      maskClosable={false}
    >
      {run.error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorMessage(run.error)}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {run.data ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('lineage.done', {
            tasks: run.data.movedTaskIds.length,
            users: run.data.movedUserIds.length,
          })}
        />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        name="lineage"
        disabled={run.isSuccess}
        initialValues={{ kind: 'merge', target: 'existing', newKind: 'department' }}
        onValuesChange={() => setDirty(true)}
        onFinish={submit}
      >
        <Form.Item label={t('lineage.kind')} name="kind">
          <Radio.Group
            optionType="button"
            options={(['merge', 'split', 'rename'] as const).map((k) => ({
              value: k,
              label: t(`lineage.${k}` as MessageKey),
            }))}
          />
        </Form.Item>
        <Form.Item
          label={t(kind === 'merge' ? 'lineage.fromMany' : 'lineage.from')}
          name="fromOrgIds"
          rules={[{ required: true, message: t('form.ownerRequired') }]}
          getValueFromEvent={(v: string | string[] | undefined) =>
            Array.isArray(v) ? v : v ? [v] : []
          }
        >
          <OrgSelect mode="multiple" aria-label={t('lineage.from')} />
        </Form.Item>
        <Form.Item label={t('lineage.successor')} name="target">
          <Radio.Group
            options={[
              { value: 'existing', label: t('lineage.existing') },
              { value: 'new', label: t('lineage.new') },
            ]}
          />
        </Form.Item>
        {target === 'new' ? (
          <>
            <Form.Item
              label={t('lineage.newName')}
              name="newName"
              rules={[{ required: true, whitespace: true, message: t('lineage.newNameRequired') }]}
            >
              <Input placeholder="Sở Nông nghiệp và Môi trường" />
            </Form.Item>
            <Form.Item label={t('lineage.newShortName')} name="newShortName">
              <Input />
            </Form.Item>
            <Form.Item label={t('orgs.kind')} name="newKind">
              <Select
                options={(['department', 'district', 'commune', 'unit', 'other'] as const).map(
                  (k) => ({ value: k, label: t(`orgKind.${k}` as MessageKey) }),
                )}
              />
            </Form.Item>
          </>
        ) : (
          <Form.Item
            label={t('lineage.to')}
            name="toOrgIds"
            rules={[{ required: true, message: t('form.ownerRequired') }]}
            getValueFromEvent={(v: string | string[] | undefined) =>
              Array.isArray(v) ? v : v ? [v] : []
            }
          >
            <OrgSelect mode="multiple" aria-label={t('lineage.to')} />
          </Form.Item>
        )}
        <Form.Item
          label={t('lineage.effective')}
          name="effectiveDate"
          rules={[{ required: true, message: t('form.dateRequired') }]}
        >
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item label={t('lineage.note')} name="note">
          <Input.TextArea rows={2} placeholder="Nghị quyết số …/NQ-HĐND" />
        </Form.Item>
        <Typography.Text type="secondary">{t('lineage.help')}</Typography.Text>
      </Form>
    </Modal>
  );
}
