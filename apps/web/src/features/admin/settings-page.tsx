import { Alert, App, Button, Card, Form, Input, InputNumber, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { type Settings, useSaveSettings, useSettings } from '../../api/admin.ts';
import { useConfirmLeave } from '../../components/confirm-leave.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorState, LoadingState, useErrorMessage } from '../../components/states.tsx';
import { useT } from '../../i18n/index.tsx';

type Values = Pick<
  Settings,
  'dueSoonDays' | 'reminderDays' | 'reminderHour' | 'deadlineReading' | 'placeName'
>;

function SettingsForm({ settings }: { settings: Settings }) {
  const t = useT();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const save = useSaveSettings();
  const [dirty, setDirty] = useState(false);
  useConfirmLeave(dirty);
  return (
    <Card>
      {save.error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorMessage(save.error)}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Form<Values>
        layout="vertical"
        name="settings"
        style={{ maxWidth: 640 }}
        initialValues={settings}
        onValuesChange={() => setDirty(true)}
        onFinish={(v) =>
          save.mutate(v, {
            onSuccess: () => {
              setDirty(false);
              message.success(t('common.saved'));
            },
          })
        }
      >
        <Form.Item
          label={t('settings.deadlineReading')}
          name="deadlineReading"
          extra={t('settings.deadlineReadingHelp')}
        >
          <Radio.Group>
            <Space direction="vertical">
              <Radio value="strict">{t('settings.strict')}</Radio>
              <Radio value="inclusive">{t('settings.inclusive')}</Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          label={t('settings.dueSoonDays')}
          name="dueSoonDays"
          extra={t('settings.dueSoonDaysHelp')}
        >
          <InputNumber min={1} max={30} suffix={t('settings.workingDays')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          label={t('settings.reminderDays')}
          name="reminderDays"
          extra={t('settings.reminderDaysHelp')}
        >
          <InputNumber min={0} max={60} suffix={t('settings.workingDays')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          label={t('settings.reminderHour')}
          name="reminderHour"
          extra={t('settings.reminderHourHelp')}
        >
          <InputNumber min={0} max={23} suffix={t('settings.hour')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          label={t('settings.placeName')}
          name="placeName"
          extra={t('settings.placeNameHelp')}
        >
          <Input style={{ maxWidth: 320 }} />
        </Form.Item>
        {settings.calendarReplaceYears.length ? (
          <Typography.Paragraph type="secondary">
            {t('settings.replaceYears', { years: settings.calendarReplaceYears.join(', ') })}
          </Typography.Paragraph>
        ) : null}
        <Button type="primary" htmlType="submit" loading={save.isPending} disabled={!dirty}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}

export default function SettingsPage() {
  const t = useT();
  const settings = useSettings();
  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      {settings.isPending ? (
        <LoadingState />
      ) : settings.error ? (
        <ErrorState
          error={settings.error}
          onRetry={() => void settings.refetch()}
          feature={t('settings.title')}
        />
      ) : (
        <SettingsForm settings={settings.data} />
      )}
    </>
  );
}
