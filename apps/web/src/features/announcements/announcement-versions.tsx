/**
 * The saved versions of an announcement (each save of a draft is one): when, and which parts
 * changed from the version before.
 * @module
 */
import { Drawer, Tag, Timeline, Typography } from 'antd';
import { useAnnouncementVersions } from '../../api/announcements.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { type MessageKey, useT } from '../../i18n/index.tsx';

const FIELD_LABEL: Record<string, MessageKey> = {
  summary: 'announcements.summary',
  content: 'announcements.tabBody',
  recipients: 'announcements.recipients',
  archiveLine: 'announcements.archiveLine',
  signingAuthority: 'announcements.authority',
  signerName: 'announcements.signer',
  numbering: 'announcements.numbering',
  numberSymbol: 'announcements.number',
  issuedDate: 'announcements.date',
  place: 'announcements.place',
  isPublic: 'announcements.isPublic',
  showProgress: 'announcements.showProgress',
};

/** The fields whose saved value differs between two snapshots. */
export function changedFields(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
): string[] {
  if (!before) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

export function AnnouncementVersions({
  id,
  imported,
  onClose,
}: {
  id: string;
  /** Imported from an issued document: it was never drafted here. */
  imported: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const versions = useAnnouncementVersions(id);
  const list = [...(versions.data ?? [])].sort((a, b) => a.version - b.version);
  return (
    <Drawer
      open
      onClose={onClose}
      title={t('announcements.versions')}
      size={420}
      closable={{ 'aria-label': t('common.close') }}
    >
      {versions.error ? (
        <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />
      ) : versions.isPending ? (
        <LoadingState rows={6} />
      ) : list.length === 0 ? (
        <EmptyState
          title={imported ? t('announcements.noVersionsImported') : t('announcements.noVersions')}
        />
      ) : (
        <Timeline
          data-testid="announcement-versions"
          items={list
            .map((v, i) => {
              const changed = changedFields(list[i - 1]?.snapshot, v.snapshot);
              const summary = typeof v.snapshot.summary === 'string' ? v.snapshot.summary : null;
              const issued =
                typeof v.snapshot.issuedDate === 'string' ? v.snapshot.issuedDate : null;
              return {
                key: v.version,
                content: (
                  <>
                    <Typography.Text strong>
                      {t('announcements.versionN', { n: v.version })}
                    </Typography.Text>{' '}
                    <Typography.Text type="secondary">
                      {formatDateTime(v.createdAt)}
                    </Typography.Text>
                    <div style={{ marginTop: 4 }}>
                      {i === 0 ? (
                        <Tag>{t('announcements.firstVersion')}</Tag>
                      ) : changed.length ? (
                        changed.map((k) => (
                          <Tag key={k}>{FIELD_LABEL[k] ? t(FIELD_LABEL[k]) : k}</Tag>
                        ))
                      ) : (
                        <Tag>{t('announcements.noChange')}</Tag>
                      )}
                    </div>
                    {summary ? (
                      <Typography.Paragraph
                        type="secondary"
                        ellipsis={{ rows: 2 }}
                        style={{ margin: '4px 0 0', fontSize: 12 }}
                      >
                        {summary}
                        {issued ? ` · ${formatDate(issued)}` : ''}
                      </Typography.Paragraph>
                    ) : null}
                  </>
                ),
              };
            })
            .reverse()}
        />
      )}
    </Drawer>
  );
}
