import type { CreateItemBody, Item, Verdict } from '@ketluan/contracts';
import { Alert, App, Button, Drawer, Flex, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { isStaleVersion } from '../../api/client.ts';
import { useSaveItem } from '../../api/meetings.ts';
import { OrgSelect } from '../../components/org-select.tsx';
import { useErrorMessage } from '../../components/states.tsx';
import { type MessageKey, useT } from '../../i18n/index.tsx';
import { VERDICTS } from './labels.ts';

interface Values {
  indexLabel?: string;
  title: string;
  presenterOrgId?: string;
  appraiserOrgId?: string;
  documentKinds?: string[];
  nextForum?: string;
  verdict?: Verdict;
  conclusionText?: string;
  revisionPoints?: string;
}

const DOC_KINDS = ['Tờ trình', 'Nghị quyết', 'Quyết định', 'Báo cáo', 'Đề án', 'Kế hoạch'];
const blank = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/** Adds or edits one agenda item with its conclusion; closing with edits asks first. */
export function ItemFormDrawer({
  meetingId,
  item,
  nextPosition,
  onClose,
}: {
  meetingId: string;
  item?: Item;
  nextPosition: number;
  onClose: () => void;
}) {
  const t = useT();
  const { modal, message } = App.useApp();
  const errorMessage = useErrorMessage();
  const [form] = Form.useForm<Values>();
  const [dirty, setDirty] = useState(false);
  const save = useSaveItem(meetingId, item?.id);

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

  const onFinish = (v: Values) => {
    const body: CreateItemBody = {
      title: v.title.trim(),
      indexLabel: blank(v.indexLabel),
      presenterOrgId: v.presenterOrgId ?? null,
      appraiserOrgId: v.appraiserOrgId ?? null,
      documentKinds: v.documentKinds ?? [],
      nextForum: blank(v.nextForum),
      verdict: v.verdict ?? null,
      conclusionText: blank(v.conclusionText),
      revisionPoints: (v.revisionPoints ?? '')
        .split('\n')
        .map((l) => l.replace(/^\s*[-–•+]\s*/, '').trim())
        .filter(Boolean),
      ...(item ? {} : { position: nextPosition }),
    };
    save.mutate(item ? { ...body, version: item.version } : body, {
      onSuccess: () => {
        message.success(t('common.saved'));
        onClose();
      },
    });
  };

  return (
    <Drawer
      open
      size={640}
      title={item ? t('items.edit') : t('items.add')}
      onClose={requestClose}
      maskClosable={false}
      footer={
        <Flex gap={8} justify="flex-end">
          <Button onClick={requestClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {save.error ? (
        <Alert
          type={isStaleVersion(save.error) ? 'warning' : 'error'}
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={isStaleVersion(save.error) ? t('meetings.stale') : errorMessage(save.error)}
        />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        name="item"
        onValuesChange={() => setDirty(true)}
        onFinish={onFinish}
        initialValues={
          item
            ? {
                indexLabel: item.indexLabel ?? undefined,
                title: item.title,
                presenterOrgId: item.presenterOrgId ?? undefined,
                appraiserOrgId: item.appraiserOrgId ?? undefined,
                documentKinds: item.documentKinds,
                nextForum: item.nextForum ?? undefined,
                verdict: item.verdict ?? undefined,
                conclusionText: item.conclusionText ?? undefined,
                revisionPoints: item.revisionPoints.map((p) => `- ${p.text}`).join('\n'),
              }
            : { indexLabel: String(nextPosition) }
        }
      >
        <Flex gap={12}>
          <Form.Item label={t('items.index')} name="indexLabel" style={{ width: 90 }}>
            <Input />
          </Form.Item>
          <Form.Item
            label={t('items.name')}
            name="title"
            style={{ flex: 1 }}
            rules={[{ required: true, whitespace: true, message: t('items.nameRequired') }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
        </Flex>
        <Form.Item label={t('items.presenter')} name="presenterOrgId">
          <OrgSelect aria-label={t('items.presenter')} />
        </Form.Item>
        <Form.Item label={t('items.appraiser')} name="appraiserOrgId">
          <OrgSelect aria-label={t('items.appraiser')} />
        </Form.Item>
        <Form.Item label={t('items.documentKinds')} name="documentKinds">
          <Select mode="tags" options={DOC_KINDS.map((k) => ({ value: k, label: k }))} />
        </Form.Item>
        <Form.Item label={t('items.verdict')} name="verdict">
          <Select
            allowClear
            options={VERDICTS.map((v) => ({ value: v, label: t(`verdict.${v}` as MessageKey) }))}
          />
        </Form.Item>
        <Form.Item label={t('items.conclusion')} name="conclusionText">
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} />
        </Form.Item>
        <Form.Item
          label={t('task.revisionPoints')}
          name="revisionPoints"
          extra={t('items.revisionHelp')}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
        </Form.Item>
        <Form.Item label={t('items.nextForum')} name="nextForum">
          <Input placeholder="kỳ họp giữa năm 2021 HĐND tỉnh" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
