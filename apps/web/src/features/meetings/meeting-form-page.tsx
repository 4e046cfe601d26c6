import type { CreateMeetingBody, Meeting } from '@ketluan/contracts';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isStaleVersion } from '../../api/client.ts';
import { useMeeting, useSaveMeeting } from '../../api/meetings.ts';
import { useConfirmLeave } from '../../components/confirm-leave.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorState, LoadingState, useErrorMessage } from '../../components/states.tsx';
import { DATE_FORMAT } from '../../i18n/format.ts';
import { type MessageKey, useT } from '../../i18n/index.tsx';
import { MEETING_KINDS } from './labels.ts';

interface Values {
  title: string;
  kind: (typeof MEETING_KINDS)[number];
  period?: string;
  sequenceLabel?: string;
  meetingDate?: Dayjs | null;
  location?: string;
  chairName?: string;
  chairTitle?: string;
}

const blank = (s: string | undefined) => (s?.trim() ? s.trim() : null);

function toValues(m: Meeting): Values {
  return {
    title: m.title,
    kind: m.kind,
    period: m.period ?? undefined,
    sequenceLabel: m.sequenceLabel ?? undefined,
    meetingDate: m.meetingDate ? dayjs(m.meetingDate) : null,
    location: m.location ?? undefined,
    chairName: m.chairName ?? undefined,
    chairTitle: m.chairTitle ?? undefined,
  };
}

function MeetingForm({ meeting }: { meeting?: Meeting }) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const [form] = Form.useForm<Values>();
  const [dirty, setDirty] = useState(false);
  const save = useSaveMeeting(meeting?.id);
  const allowLeave = useConfirmLeave(dirty);

  const onFinish = (v: Values) => {
    const body: CreateMeetingBody = {
      title: v.title.trim(),
      kind: v.kind,
      period: blank(v.period),
      sequenceLabel: blank(v.sequenceLabel),
      meetingDate: v.meetingDate ? v.meetingDate.format('YYYY-MM-DD') : null,
      location: blank(v.location),
      chairName: blank(v.chairName),
      chairTitle: blank(v.chairTitle),
    };
    save.mutate(meeting ? { ...body, version: meeting.version } : body, {
      onSuccess: (m) => {
        setDirty(false);
        allowLeave();
        message.success(t('common.saved'));
        navigate(`/meetings/${m.id}`, { replace: true });
      },
    });
  };

  return (
    <Card>
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
        name="meeting"
        initialValues={
          meeting ? toValues(meeting) : { kind: 'regular', chairTitle: 'Chủ tịch UBND tỉnh' }
        }
        onValuesChange={() => setDirty(true)}
        onFinish={onFinish}
        disabled={save.isPending}
      >
        <Form.Item
          label={t('meetings.name')}
          name="title"
          rules={[{ required: true, whitespace: true, message: t('meetings.nameRequired') }]}
        >
          <Input placeholder={t('meetings.namePlaceholder')} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item label={t('meetings.kind')} name="kind">
              <Select
                options={MEETING_KINDS.map((k) => ({
                  value: k,
                  label: t(`meetingKind.${k}` as MessageKey),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label={t('meetings.period')} name="period">
              <Input placeholder={t('meetings.periodPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label={t('meetings.sequence')} name="sequenceLabel">
              <Input placeholder="kỳ 3" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('meetings.date')} name="meetingDate">
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item label={t('meetings.location')} name="location">
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('meetings.chair')} name="chairName">
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('meetings.chairTitle')} name="chairTitle">
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Flex gap={8} justify="flex-end">
          <Button onClick={() => navigate(meeting ? `/meetings/${meeting.id}` : '/meetings')}>
            {t('common.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}

export default function MeetingFormPage() {
  const t = useT();
  const { id } = useParams();
  const meeting = useMeeting(id);
  if (!id) {
    return (
      <>
        <PageHeader title={t('meetings.add')} />
        <MeetingForm />
      </>
    );
  }
  if (meeting.isPending) return <LoadingState rows={8} />;
  if (meeting.error)
    return <ErrorState error={meeting.error} onRetry={() => void meeting.refetch()} />;
  return (
    <>
      <PageHeader title={t('meetings.edit')} subtitle={meeting.data.title} />
      <MeetingForm key={meeting.data.version} meeting={meeting.data} />
    </>
  );
}
