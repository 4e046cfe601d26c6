import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import type { Settings } from '../../api/admin.ts';
import { api } from '../../api/client.ts';
import { useMeeting } from '../../api/meetings.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorState, InDevelopment, LoadingState } from '../../components/states.tsx';
import { useT } from '../../i18n/index.tsx';
import { AnnouncementComposer } from './announcement-composer.tsx';
import { composeFromMeeting } from './compose.ts';

function Composer({ meetingId }: { meetingId: string }) {
  const t = useT();
  const meeting = useMeeting(meetingId);
  const settings = useQuery({
    queryKey: ['settings'],
    queryFn: ({ signal }) => api.get<Settings>('/api/settings', undefined, signal),
    retry: false,
  });
  if (meeting.isPending || settings.isPending) return <LoadingState rows={12} />;
  if (meeting.error)
    return <ErrorState error={meeting.error} onRetry={() => void meeting.refetch()} />;
  const place = settings.data?.placeName ?? 'Lạng Sơn';
  return (
    <>
      <PageHeader title={t('announcements.compose')} subtitle={meeting.data.title} />
      <AnnouncementComposer initial={composeFromMeeting(meeting.data, place)} />
    </>
  );
}

export default function AnnouncementPage() {
  const t = useT();
  const { id } = useParams();
  const [params] = useSearchParams();
  const meetingId = params.get('meeting');
  if (id === 'new' && meetingId) return <Composer meetingId={meetingId} />;
  return (
    <>
      <PageHeader title={t('announcements.title')} />
      <InDevelopment
        feature={t('announcements.title')}
        needs={[
          'GET /api/announcements/:id',
          'POST /api/announcements/:id/approve',
          'POST /api/announcements/:id/issue',
          'GET /api/announcements/:id.docx|.pdf',
        ]}
      />
    </>
  );
}
