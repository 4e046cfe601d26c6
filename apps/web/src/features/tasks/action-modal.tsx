import { UploadOutlined } from '@ant-design/icons';
import type { Task, TaskEventBody } from '@ketluan/contracts';
import {
  Alert,
  App,
  Button,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Tooltip,
  Upload,
  type UploadFile,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useHasRoute } from '../../api/capabilities.ts';
import { api } from '../../api/client.ts';
import { OrgSelect } from '../../components/org-select.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { type MessageKey, useT } from '../../i18n/index.tsx';
import type { ActionType } from './task-actions.tsx';

interface Values {
  note?: string;
  reason?: string;
  percent?: number;
  documentNumber?: string;
  completedDate?: Dayjs;
  requestedDate?: Dayjs;
  newDueDate?: Dayjs;
  approved?: boolean;
  ownerOrgId?: string;
  points?: Record<string, { checked?: boolean; note?: string }>;
}

const iso = (d: Dayjs | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

function toBody(
  type: ActionType,
  v: Values,
  task: Task,
  files: { sha256: string; name: string }[],
): TaskEventBody {
  const version = task.version;
  const note = v.note?.trim() || null;
  switch (type) {
    case 'progress':
      return {
        type,
        version,
        note: note ?? '',
        percent: v.percent ?? undefined,
        files: files.length ? files : undefined,
      };
    case 'report':
      return {
        type,
        version,
        note,
        documentNumber: v.documentNumber?.trim() || null,
        completedDate: iso(v.completedDate),
        files: files.length ? files : undefined,
        revisionPoints: task.revisionPoints.map((p) => ({
          id: p.id,
          checked: Boolean(v.points?.[p.id]?.checked),
          note: v.points?.[p.id]?.note?.trim() || null,
        })),
      };
    case 'accept':
      return { type, version, note };
    case 'return':
    case 'cancel':
      return { type, version, reason: v.reason?.trim() ?? '' };
    case 'extension_request':
      return {
        type,
        version,
        requestedDate: iso(v.requestedDate) ?? '',
        reason: v.reason?.trim() ?? '',
      };
    case 'extension_decision':
      return {
        type,
        version,
        approved: v.approved ?? true,
        newDueDate: v.approved ? iso(v.newDueDate) : undefined,
        note,
      };
    case 'reassign':
      return { type, version, ownerOrgId: v.ownerOrgId ?? '', reason: v.reason?.trim() ?? '' };
  }
}

export function ActionModal({
  type,
  task,
  pending,
  error,
  onSubmit,
  onClose,
}: {
  type: ActionType;
  task: Task;
  pending: boolean;
  error: string | null;
  onSubmit: (body: TaskEventBody) => void;
  onClose: () => void;
}) {
  const t = useT();
  const { modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [dirty, setDirty] = useState(false);
  const approved = Form.useWatch('approved', form);
  const canUpload = useHasRoute('POST /api/files');
  const [uploads, setUploads] = useState<UploadFile[]>([]);
  const uploaded = uploads.flatMap((f) =>
    f.status === 'done' && f.response
      ? [{ sha256: (f.response as { sha256: string }).sha256, name: f.name }]
      : [],
  );
  const uploading = uploads.some((f) => f.status === 'uploading');
  const required = (key: MessageKey) => [{ required: true, whitespace: true, message: t(key) }];

  const requestClose = () => {
    if (!dirty) return onClose();
    modal.confirm({
      title: t('leave.title'),
      content: t('leave.body'),
      okText: t('leave.discard'),
      okButtonProps: { danger: true },
      cancelText: t('leave.stay'),
      onOk: onClose,
    });
  };

  return (
    <Modal
      open
      title={t(`action.${type}` as MessageKey)}
      okText={t(`action.${type}.submit` as MessageKey)}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      okButtonProps={{ danger: type === 'cancel' || type === 'return', disabled: uploading }}
      onCancel={requestClose}
      onOk={() =>
        void form.validateFields().then(
          (v) => onSubmit(toBody(type, v, task, uploaded)),
          () => undefined,
        )
      }
      maskClosable={false}
      width={type === 'report' ? 640 : 520}
    >
      {error ? (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        name={`action-${type}`}
        onValuesChange={() => setDirty(true)}
        initialValues={{
          completedDate: dayjs(todayIso()),
          approved: true,
          requestedDate: task.pendingExtension
            ? dayjs(task.pendingExtension.requestedDate)
            : undefined,
          newDueDate: task.pendingExtension
            ? dayjs(task.pendingExtension.requestedDate)
            : undefined,
        }}
      >
        {type === 'progress' ? (
          <>
            <Form.Item
              label={t('form.progressNote')}
              name="note"
              rules={required('form.noteRequired')}
            >
              <Input.TextArea rows={4} autoFocus />
            </Form.Item>
            <Form.Item label={t('form.percent')} name="percent">
              <InputNumber min={0} max={100} suffix="%" style={{ width: 140 }} />
            </Form.Item>
          </>
        ) : null}
        {type === 'report' ? (
          <>
            <Form.Item
              label={t('form.documentNumber')}
              name="documentNumber"
              extra={t('form.documentNumberHelp')}
            >
              <Input placeholder="123/BC-SGDĐT" autoFocus />
            </Form.Item>
            <Form.Item
              label={t('form.completedDate')}
              name="completedDate"
              rules={[{ required: true, message: t('form.dateRequired') }]}
            >
              <DatePicker format={DATE_FORMAT} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
            <Form.Item label={t('form.reportNote')} name="note">
              <Input.TextArea rows={3} />
            </Form.Item>
            {task.revisionPoints.length > 0 ? (
              <Form.Item label={t('task.revisionPoints')}>
                {task.revisionPoints.map((p) => (
                  <div key={p.id} style={{ marginBottom: 8 }}>
                    <Form.Item
                      name={['points', p.id, 'checked']}
                      valuePropName="checked"
                      initialValue={p.checked}
                      noStyle
                    >
                      <Checkbox>{p.text}</Checkbox>
                    </Form.Item>
                    <Form.Item
                      name={['points', p.id, 'note']}
                      initialValue={p.note ?? undefined}
                      noStyle
                    >
                      <Input
                        size="small"
                        placeholder={t('form.pointNote')}
                        style={{ marginTop: 4, marginLeft: 24, width: 'calc(100% - 24px)' }}
                        aria-label={t('form.pointNote')}
                      />
                    </Form.Item>
                  </div>
                ))}
              </Form.Item>
            ) : null}
            <Form.Item label={t('form.files')} extra={canUpload ? t('form.filesHelp') : undefined}>
              {canUpload ? (
                <Upload
                  fileList={uploads}
                  onChange={({ fileList }) => {
                    setUploads(fileList);
                    setDirty(true);
                  }}
                  customRequest={({ file, onSuccess, onError }) => {
                    const form = new FormData();
                    form.append('file', file as Blob, (file as File).name);
                    api.post<{ sha256: string }>('/api/files', form).then(
                      (r) => onSuccess?.(r),
                      (e: Error) => onError?.(e),
                    );
                  }}
                >
                  <Button icon={<UploadOutlined />}>{t('form.attach')}</Button>
                </Upload>
              ) : (
                <Tooltip title={t('form.filesPending')}>
                  <Button icon={<UploadOutlined />} disabled>
                    {t('form.attach')}
                  </Button>
                </Tooltip>
              )}
            </Form.Item>
          </>
        ) : null}
        {type === 'accept' ? (
          <Form.Item label={t('form.acceptNote')} name="note">
            <Input.TextArea rows={3} autoFocus />
          </Form.Item>
        ) : null}
        {type === 'return' || type === 'cancel' || type === 'reassign' ? (
          <>
            {type === 'reassign' ? (
              <Form.Item
                label={t('form.newOwner')}
                name="ownerOrgId"
                rules={[{ required: true, message: t('form.ownerRequired') }]}
              >
                <OrgSelect aria-label={t('form.newOwner')} />
              </Form.Item>
            ) : null}
            <Form.Item
              label={t('form.reason')}
              name="reason"
              rules={required('form.reasonRequired')}
            >
              <Input.TextArea rows={3} autoFocus={type !== 'reassign'} />
            </Form.Item>
          </>
        ) : null}
        {type === 'extension_request' ? (
          <>
            <Form.Item
              label={t('form.requestedDate')}
              name="requestedDate"
              rules={[{ required: true, message: t('form.dateRequired') }]}
            >
              <DatePicker
                format={DATE_FORMAT}
                disabledDate={(d) =>
                  Boolean(task.dueDate) && !d.isAfter(dayjs(task.dueDate), 'day')
                }
              />
            </Form.Item>
            <Form.Item
              label={t('form.reason')}
              name="reason"
              rules={required('form.reasonRequired')}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        ) : null}
        {type === 'extension_decision' ? (
          <>
            {task.pendingExtension ? (
              <Alert
                type="info"
                title={task.pendingExtension.reason}
                style={{ marginBottom: 16 }}
              />
            ) : null}
            <Form.Item label={t('form.decision')} name="approved">
              <Radio.Group
                options={[
                  { value: true, label: t('form.approve') },
                  { value: false, label: t('form.reject') },
                ]}
              />
            </Form.Item>
            {approved ? (
              <Form.Item label={t('form.newDueDate')} name="newDueDate">
                <DatePicker format={DATE_FORMAT} />
              </Form.Item>
            ) : null}
            <Form.Item label={t('form.decisionNote')} name="note">
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
