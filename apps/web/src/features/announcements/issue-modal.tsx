import type { Announcement } from '@ketluan/contracts';
import { Alert, App, DatePicker, Form, Modal, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useIssueAnnouncement } from '../../api/announcements.ts';
import { useErrorMessage } from '../../components/states.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.tsx';

/** Issuing: the date (today by default) and whether citizens may read it. */
export function IssueModal({ a, onClose }: { a: Announcement; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const issue = useIssueAnnouncement(a.id);
  const [form] = Form.useForm<{ issuedDate: Dayjs; isPublic: boolean }>();
  return (
    <Modal
      open
      title={t('announcements.issueTitle')}
      okText={t('announcements.issue')}
      cancelText={t('common.cancel')}
      confirmLoading={issue.isPending}
      onCancel={onClose}
      onOk={() =>
        void form.validateFields().then((v) =>
          issue.mutate(
            {
              version: a.version,
              issuedDate: v.issuedDate.format('YYYY-MM-DD'),
              isPublic: v.isPublic,
            },
            {
              onSuccess: (done) => {
                message.success(t('announcements.issued', { number: done.numberSymbol ?? '' }));
                onClose();
              },
            },
          ),
        )
      }
    >
      <Typography.Paragraph>{t('announcements.issueBody')}</Typography.Paragraph>
      {issue.error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorMessage(issue.error)}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ issuedDate: dayjs(a.issuedDate ?? todayIso()), isPublic: a.isPublic }}
      >
        <Form.Item
          label={t('announcements.date')}
          name="issuedDate"
          rules={[{ required: true, message: t('form.dateRequired') }]}
        >
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item
          label={t('announcements.isPublic')}
          name="isPublic"
          valuePropName="checked"
          extra={t('announcements.isPublicHelp')}
        >
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
