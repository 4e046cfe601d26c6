import {
  ArrowLeftOutlined,
  CheckOutlined,
  DiffOutlined,
  DownloadOutlined,
  HistoryOutlined,
  SaveOutlined,
  SendOutlined,
} from '@ant-design/icons';
import type { Announcement } from '@ketluan/contracts';
import { Alert, App, Button, Card, Col, Flex, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  downloadUrl,
  useAnnouncement,
  useApproveAnnouncement,
  useCreateCorrection,
  useUpdateAnnouncement,
} from '../../api/announcements.ts';
import { useMe } from '../../api/auth.ts';
import { isStaleVersion } from '../../api/client.ts';
import { useConfirmLeave } from '../../components/confirm-leave.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorState, LoadingState, useErrorMessage } from '../../components/states.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { type MessageKey, useT } from '../../i18n/index.tsx';
import {
  AnnouncementEditor,
  type EditorState,
  toEditorState,
  toPreview,
  toUpdateBody,
} from './announcement-editor.tsx';
import { AnnouncementPublication } from './announcement-publication.tsx';
import { AnnouncementVersions } from './announcement-versions.tsx';
import { DocumentPreview } from './document-preview.tsx';
import { IssueModal } from './issue-modal.tsx';

export const STATUS_COLOR = { draft: 'blue', approved: 'gold', issued: 'green' } as const;

function AnnouncementView({ a }: { a: Announcement }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const errorMessage = useErrorMessage();
  const { data: me } = useMe();
  const [state, setState] = useState<EditorState>(() => toEditorState(a));
  const [dirty, setDirty] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const [showVersions, setShowVersions] = useState(false);
  const navigate = useNavigate();
  const update = useUpdateAnnouncement(a.id);
  const approve = useApproveAnnouncement(a.id);
  const correction = useCreateCorrection(a.id);
  useConfirmLeave(dirty);

  const staff = me?.role === 'admin' || me?.role === 'office';
  const leader = me?.role === 'admin' || me?.role === 'leader';
  const editable = staff && a.status === 'draft';
  const error = update.error ?? approve.error ?? correction.error;
  const confirmCorrection = () =>
    modal.confirm({
      title: t('announcements.correctTitle'),
      content: t('announcements.correctBody'),
      okText: t('announcements.correct'),
      cancelText: t('common.cancel'),
      onOk: () =>
        correction.mutateAsync().then((draft) => {
          message.success(t('announcements.correctionCreated'));
          navigate(`/announcements/${draft.id}`);
        }),
    });

  const save = () =>
    update.mutate(toUpdateBody(a, state), {
      onSuccess: (saved) => {
        setState(toEditorState(saved));
        setDirty(false);
        message.success(t('common.saved'));
      },
    });
  const reload = () => {
    setState(toEditorState(a));
    setDirty(false);
    update.reset();
    approve.reset();
  };

  return (
    <>
      <Link to="/announcements">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
          {t('announcements.back')}
        </Button>
      </Link>
      <PageHeader
        title={
          a.numberSymbol
            ? t('announcements.titleOf', { number: a.numberSymbol })
            : t('announcements.draftTitle')
        }
        subtitle={
          <Space wrap>
            <Tag color={STATUS_COLOR[a.status]}>
              {t(`announcementStatus.${a.status}` as MessageKey)}
            </Tag>
            <span>{a.summary}</span>
          </Space>
        }
        extra={
          <>
            {editable ? (
              <Button
                icon={<SaveOutlined />}
                disabled={!dirty}
                loading={update.isPending}
                onClick={save}
              >
                {t('announcements.saveDraft')}
              </Button>
            ) : null}
            {leader && a.status === 'draft' ? (
              <Button
                icon={<CheckOutlined />}
                disabled={dirty}
                title={dirty ? t('announcements.saveFirst') : undefined}
                loading={approve.isPending}
                onClick={() =>
                  approve.mutate(a.version, {
                    onSuccess: () => message.success(t('announcements.approved')),
                  })
                }
              >
                {t('announcements.approve')}
              </Button>
            ) : null}
            {staff && a.status === 'approved' ? (
              <Button
                type="primary"
                icon={<SendOutlined />}
                onClick={() => setIssuing(true)}
                data-testid="issue"
              >
                {t('announcements.issue')}
              </Button>
            ) : null}
            {staff && a.status === 'issued' ? (
              <Button
                icon={<DiffOutlined />}
                loading={correction.isPending}
                onClick={confirmCorrection}
                data-testid="correct"
              >
                {t('announcements.correct')}
              </Button>
            ) : null}
            <Button icon={<HistoryOutlined />} onClick={() => setShowVersions(true)}>
              {t('announcements.versions')}
            </Button>
            <Button href={downloadUrl(a.id, 'docx')} download icon={<DownloadOutlined />}>
              DOCX
            </Button>
            <Button href={downloadUrl(a.id, 'pdf')} download icon={<DownloadOutlined />}>
              PDF
            </Button>
          </>
        }
      />
      {error ? (
        <Alert
          type={isStaleVersion(error) ? 'warning' : 'error'}
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={isStaleVersion(error) ? t('announcements.stale') : errorMessage(error)}
          action={
            isStaleVersion(error) ? (
              <Button size="small" onClick={reload}>
                {t('imports.loadLatest')}
              </Button>
            ) : undefined
          }
        />
      ) : null}
      {a.correctsId ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            <>
              {t('announcements.correctionOf')}{' '}
              <Link to={`/announcements/${a.correctsId}`}>{t('announcements.original')}</Link>
            </>
          }
        />
      ) : null}
      {a.status === 'issued' ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('announcements.frozen', {
            date: formatDate(a.issuedDate),
            at: formatDateTime(a.issuedAt),
          })}
          description={
            a.contentHash ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                SHA-256 {a.contentHash}
              </Typography.Text>
            ) : undefined
          }
        />
      ) : null}
      {a.status === 'issued' ? <AnnouncementPublication a={a} canEdit={staff} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card>
            <AnnouncementEditor
              state={state}
              readOnly={!editable}
              onChange={(patch) => {
                setState((s) => ({ ...s, ...patch }));
                setDirty(true);
              }}
            />
          </Card>
          {a.meetingId ? (
            <Flex style={{ marginTop: 12 }}>
              <Link to={`/meetings/${a.meetingId}`}>{t('task.openMeeting')}</Link>
            </Flex>
          ) : null}
        </Col>
        <Col xs={24} xl={14}>
          <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
            {t('announcements.previewHelp')}
          </Typography.Text>
          <div
            style={{ background: '#e9ebee', padding: 16, borderRadius: 6, overflow: 'auto' }}
            data-testid="announcement-preview"
          >
            <DocumentPreview doc={toPreview(a, state)} />
          </div>
        </Col>
      </Row>
      {issuing ? <IssueModal a={a} onClose={() => setIssuing(false)} /> : null}
      {showVersions ? (
        <AnnouncementVersions
          id={a.id}
          imported={a.source === 'imported'}
          onClose={() => setShowVersions(false)}
        />
      ) : null}
    </>
  );
}

export default function AnnouncementPage() {
  const t = useT();
  const { id } = useParams();
  const a = useAnnouncement(id);
  if (a.isPending) return <LoadingState rows={12} />;
  if (a.error)
    return (
      <ErrorState
        error={a.error}
        onRetry={() => void a.refetch()}
        feature={t('announcements.title')}
      />
    );
  return <AnnouncementView key={`${a.data.id}:${a.data.status}`} a={a.data} />;
}
