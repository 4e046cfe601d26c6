import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  Row,
  Segmented,
  Select,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { type HolidayOverride, useHolidayYear, useSaveHolidayYear } from '../../api/admin.ts';
import { useMe } from '../../api/auth.ts';
import { useConfirmLeave } from '../../components/confirm-leave.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { EmptyState, ErrorState, LoadingState, useErrorMessage } from '../../components/states.tsx';
import { DATE_FORMAT, formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.tsx';

const weekday = (iso: string) => dayjs(iso).format('dddd');

export default function HolidaysPage() {
  const t = useT();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const { data: me } = useMe();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const data = useHolidayYear(year);
  const save = useSaveHolidayYear(year);
  const [overrides, setOverrides] = useState<HolidayOverride[]>([]);
  const [replace, setReplace] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [form] = Form.useForm<{ date: Dayjs; kind: 'off' | 'work'; name: string }>();
  useConfirmLeave(dirty);
  useEffect(() => {
    if (!data.data) return;
    setOverrides(data.data.overrides);
    setReplace(data.data.replace);
    setDirty(false);
  }, [data.data]);
  const isAdmin = me?.role === 'admin';

  const onSave = () =>
    save.mutate(
      {
        replace,
        offDays: overrides
          .filter((o) => o.kind === 'off')
          .map(({ date, name }) => ({ date, name })),
        workDays: overrides
          .filter((o) => o.kind === 'work')
          .map(({ date, name }) => ({ date, name })),
      },
      {
        onSuccess: () => {
          setDirty(false);
          message.success(t('common.saved'));
        },
      },
    );

  return (
    <>
      <PageHeader
        title={t('holidays.title')}
        subtitle={t('holidays.subtitle')}
        extra={
          <Select
            aria-label={t('common.year')}
            value={year}
            onChange={setYear}
            disabled={dirty}
            options={[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y) => ({
              value: y,
              label: `${t('common.year')} ${y}`,
            }))}
          />
        }
      />
      {data.isPending ? (
        <LoadingState />
      ) : data.error ? (
        <ErrorState
          error={data.error}
          onRetry={() => void data.refetch()}
          feature={t('holidays.title')}
        />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Card title={t('holidays.daysOff', { n: data.data.daysOff.length, year })}>
              <Table
                size="small"
                rowKey="date"
                pagination={false}
                dataSource={data.data.daysOff}
                columns={[
                  { title: t('holidays.date'), dataIndex: 'date', width: 120, render: formatDate },
                  {
                    title: t('holidays.weekday'),
                    dataIndex: 'date',
                    key: 'wd',
                    width: 120,
                    render: weekday,
                  },
                  { title: t('holidays.name'), dataIndex: 'name' },
                ]}
              />
              {data.data.makeUpWorkdays.length ? (
                <Typography.Paragraph style={{ marginTop: 12 }}>
                  {t('holidays.makeUp')}: {data.data.makeUpWorkdays.map(formatDate).join(', ')}
                </Typography.Paragraph>
              ) : null}
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title={t('holidays.overrides')}>
              <Typography.Paragraph type="secondary">
                {t('holidays.overridesHelp')}
              </Typography.Paragraph>
              {save.error ? (
                <Alert
                  type="error"
                  showIcon
                  role="alert"
                  title={errorMessage(save.error)}
                  style={{ marginBottom: 12 }}
                />
              ) : null}
              {overrides.length === 0 ? (
                <EmptyState title={t('holidays.noOverrides')} />
              ) : (
                <Table<HolidayOverride>
                  size="small"
                  rowKey={(o) => `${o.date}-${o.kind}`}
                  pagination={false}
                  dataSource={[...overrides].sort((a, b) => a.date.localeCompare(b.date))}
                  columns={[
                    {
                      title: t('holidays.date'),
                      dataIndex: 'date',
                      width: 120,
                      render: formatDate,
                    },
                    {
                      title: t('holidays.kind'),
                      dataIndex: 'kind',
                      width: 130,
                      render: (k: 'off' | 'work') => (
                        <Tag color={k === 'off' ? 'red' : 'blue'}>
                          {t(k === 'off' ? 'holidays.off' : 'holidays.work')}
                        </Tag>
                      ),
                    },
                    { title: t('holidays.name'), dataIndex: 'name' },
                    ...(isAdmin
                      ? [
                          {
                            key: 'remove',
                            width: 48,
                            render: (_: unknown, o: HolidayOverride) => (
                              <Button
                                type="text"
                                danger
                                icon={<DeleteOutlined />}
                                aria-label={t('holidays.remove')}
                                onClick={() => {
                                  setOverrides((list) => list.filter((x) => x !== o));
                                  setDirty(true);
                                }}
                              />
                            ),
                          },
                        ]
                      : []),
                  ]}
                />
              )}
              {isAdmin ? (
                <>
                  <Form
                    form={form}
                    layout="inline"
                    name="override"
                    style={{ marginTop: 16, rowGap: 8 }}
                    initialValues={{ kind: 'off' }}
                    onFinish={(v) => {
                      const date = v.date.format('YYYY-MM-DD');
                      setOverrides((list) => [
                        ...list.filter((o) => o.date !== date),
                        { date, kind: v.kind, name: v.name.trim() },
                      ]);
                      setDirty(true);
                      form.resetFields();
                    }}
                  >
                    <Form.Item
                      name="date"
                      rules={[{ required: true, message: t('form.dateRequired') }]}
                    >
                      <DatePicker
                        format={DATE_FORMAT}
                        aria-label={t('holidays.date')}
                        disabledDate={(d) => d.year() !== year}
                        defaultPickerValue={dayjs(`${year}-01-01`)}
                      />
                    </Form.Item>
                    <Form.Item name="kind">
                      <Segmented
                        options={[
                          { value: 'off', label: t('holidays.off') },
                          { value: 'work', label: t('holidays.work') },
                        ]}
                      />
                    </Form.Item>
                    <Form.Item
                      name="name"
                      rules={[
                        { required: true, whitespace: true, message: t('holidays.nameRequired') },
                      ]}
                    >
                      <Input placeholder={t('holidays.name')} aria-label={t('holidays.name')} />
                    </Form.Item>
                    <Button htmlType="submit" icon={<PlusOutlined />}>
                      {t('holidays.add')}
                    </Button>
                  </Form>
                  <Flex align="center" gap={8} style={{ marginTop: 16 }}>
                    <Switch
                      checked={replace}
                      onChange={(v) => {
                        setReplace(v);
                        setDirty(true);
                      }}
                      aria-label={t('holidays.replace')}
                    />
                    <Typography.Text>{t('holidays.replace')}</Typography.Text>
                  </Flex>
                  <Flex justify="flex-end" style={{ marginTop: 16 }}>
                    <Button
                      type="primary"
                      onClick={onSave}
                      loading={save.isPending}
                      disabled={!dirty}
                    >
                      {t('common.save')}
                    </Button>
                  </Flex>
                </>
              ) : null}
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
