import { Card, Flex, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useMe } from '../../api/auth.ts';
import { useMeetingList } from '../../api/meetings.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { InDevelopment } from '../../components/states.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.tsx';

export default function AnnouncementListPage() {
  const t = useT();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const canCompose = me?.role === 'admin' || me?.role === 'office';
  const meetings = useMeetingList({});
  const options = useMemo(
    () =>
      (meetings.data?.pages.flatMap((p) => p.items) ?? []).map((m) => ({
        value: m.id,
        label: `${m.meetingDate ? `${formatDate(m.meetingDate)} · ` : ''}${m.title}`,
      })),
    [meetings.data],
  );
  return (
    <>
      <PageHeader title={t('announcements.title')} subtitle={t('announcements.subtitle')} />
      {canCompose ? (
        <Card style={{ marginBottom: 16 }}>
          <Flex gap={12} align="center" wrap>
            <Typography.Text strong>{t('announcements.composeFrom')}</Typography.Text>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              style={{ minWidth: 360, flex: 1, maxWidth: 640 }}
              placeholder={t('announcements.pickMeeting')}
              aria-label={t('announcements.pickMeeting')}
              loading={meetings.isPending}
              options={options}
              onChange={(id: string) => navigate(`/announcements/new?meeting=${id}`)}
              notFoundContent={t('meetings.empty')}
            />
          </Flex>
        </Card>
      ) : null}
      <Card>
        <InDevelopment feature={t('announcements.register')} needs={['GET /api/announcements']} />
      </Card>
    </>
  );
}
