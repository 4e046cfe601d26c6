/**
 * Publication of an issued announcement: public on the citizens' page or not, and whether
 * the progress of its tasks shows there. The content itself is frozen; a correction is a new
 * draft that refers to it.
 * @module
 */
import { ExportOutlined } from '@ant-design/icons';
import type { Announcement } from '@ketluan/contracts';
import { Alert, App, Card, Flex, Switch, Typography } from 'antd';
import { publicPageUrl, useSetPublication } from '../../api/announcements.ts';
import { isStaleVersion } from '../../api/client.ts';
import { useErrorMessage } from '../../components/states.tsx';
import { useT } from '../../i18n/index.tsx';

export function PublicLink({ a }: { a: Announcement }) {
  const t = useT();
  if (a.status !== 'issued' || !a.isPublic) return null;
  return (
    <a href={publicPageUrl(a.id)} target="_blank" rel="noreferrer" data-testid="public-link">
      <ExportOutlined /> {t('announcements.publicPage')}
      <span className="sr-only"> ({t('common.newTab')})</span>
    </a>
  );
}

export function AnnouncementPublication({ a, canEdit }: { a: Announcement; canEdit: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const publication = useSetPublication(a.id);
  const change = (patch: { isPublic?: boolean; showProgress?: boolean }) =>
    publication.mutate(
      {
        version: a.version,
        isPublic: patch.isPublic ?? a.isPublic,
        showProgress: patch.showProgress ?? a.showProgress,
      },
      {
        onSuccess: (saved) =>
          message.success(
            saved.isPublic ? t('announcements.published') : t('announcements.unpublished'),
          ),
      },
    );
  return (
    <Card size="small" title={t('announcements.publication')} style={{ marginBottom: 16 }}>
      {publication.error ? (
        <Alert
          type={isStaleVersion(publication.error) ? 'warning' : 'error'}
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          title={
            isStaleVersion(publication.error)
              ? t('announcements.stale')
              : errorMessage(publication.error)
          }
        />
      ) : null}
      <Flex gap={24} wrap align="center">
        <Flex gap={8} align="center">
          <Switch
            id="ann-public"
            checked={a.isPublic}
            disabled={!canEdit}
            loading={publication.isPending}
            onChange={(isPublic) => change({ isPublic })}
            data-testid="publication-switch"
          />
          <label htmlFor="ann-public">{t('announcements.isPublic')}</label>
        </Flex>
        <Flex gap={8} align="center">
          <Switch
            id="ann-progress"
            checked={a.showProgress}
            disabled={!canEdit || !a.isPublic}
            loading={publication.isPending}
            onChange={(showProgress) => change({ showProgress })}
          />
          <label htmlFor="ann-progress">{t('announcements.showProgress')}</label>
        </Flex>
        <PublicLink a={a} />
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
        {a.isPublic ? t('announcements.isPublicHelp') : t('announcements.notPublicHelp')}
      </Typography.Paragraph>
    </Card>
  );
}
