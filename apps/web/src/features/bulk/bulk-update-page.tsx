/**
 * Bulk progress update: download the sheet of open tasks, fill in progress, notes and
 * completion, upload it for a preview that checks every row (nothing changes yet), then
 * apply it — every row in one transaction, or none. For agencies (their own tasks) and the
 * Office (any agency).
 * @module
 */
import {
  ArrowLeftOutlined,
  CheckOutlined,
  DownloadOutlined,
  InboxOutlined,
} from '@ant-design/icons';
import type { BulkApplyResult, BulkPreview } from '@ketluan/contracts';
import { Alert, App, Button, Card, Flex, Steps, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../../api/auth.ts';
import { bulkSheetUrl, useBulkApply, useBulkPreview } from '../../api/bulk.ts';
import { ApiError } from '../../api/client.ts';
import { OrgSelect } from '../../components/org-select.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { StateBox } from '../../components/state-box.tsx';
import { useErrorMessage } from '../../components/states.tsx';
import { useT } from '../../i18n/index.tsx';
import { BulkPreviewTable } from './bulk-preview-table.tsx';

/** The preview an apply refused with (422 `bulk_invalid` carries it), if any. */
function previewOf(error: unknown): BulkPreview | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const d = error.details as { preview?: BulkPreview } | undefined;
  return d?.preview;
}

export default function BulkUpdatePage() {
  const t = useT();
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const errorMessage = useErrorMessage();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const owner = params.get('owner') ?? undefined;
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState<BulkApplyResult | null>(null);
  const preview = useBulkPreview();
  const apply = useBulkApply();
  const isAgency = me?.role === 'agency';
  const allowed = me && ['admin', 'office', 'agency'].includes(me.role);
  const shown = previewOf(apply.error) ?? preview.data;

  if (me && !allowed)
    return <StateBox kind="warning" title={t('bulk.title')} subtitle={t('bulk.forbidden')} />;

  const upload = (f: File) => {
    setFile(f);
    setDone(null);
    apply.reset();
    preview.mutate(f);
    return false; // sent by us, not by the Upload component
  };
  const confirmApply = () => {
    if (!file || !shown) return;
    modal.confirm({
      title: t('bulk.applyTitle', { n: shown.applicable }),
      content: t('bulk.applyBody'),
      okText: t('bulk.applyOk'),
      cancelText: t('common.cancel'),
      onOk: () =>
        apply.mutateAsync(file).then((r) => {
          setDone(r);
          setFile(null);
          preview.reset();
        }),
    });
  };
  const step = done ? 3 : shown ? 2 : file ? 1 : 0;

  return (
    <>
      <Link to={isAgency ? '/agency' : '/tasks'}>
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
          {isAgency ? t('agency.title') : t('task.back')}
        </Button>
      </Link>
      <PageHeader title={t('bulk.title')} subtitle={t('bulk.subtitle')} />
      <Card style={{ marginBottom: 16 }}>
        <Steps
          current={step}
          size="small"
          style={{ marginBottom: 20 }}
          items={[
            { title: t('bulk.step1') },
            { title: t('bulk.step2') },
            { title: t('bulk.step3') },
          ]}
        />
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          {isAgency ? null : (
            <OrgSelect
              aria-label={t('tasks.owner')}
              placeholder={t('bulk.allAgencies')}
              value={owner}
              onChange={(o) => setParams(o ? { owner: o } : {}, { replace: true })}
              style={{ width: 320, maxWidth: '100%' }}
            />
          )}
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            href={bulkSheetUrl(isAgency ? {} : { owner })}
            download
            data-testid="bulk-download"
          >
            {t('bulk.download')}
          </Button>
          <Typography.Text type="secondary">{t('bulk.downloadHelp')}</Typography.Text>
        </Flex>
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          showUploadList={false}
          beforeUpload={upload}
          disabled={preview.isPending || apply.isPending}
          data-testid="bulk-upload"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">
            {preview.isPending ? t('bulk.checking') : t('bulk.drop')}
          </p>
          <p className="ant-upload-hint">
            {file ? t('bulk.fileChosen', { name: file.name }) : t('bulk.dropHint')}
          </p>
        </Upload.Dragger>
      </Card>
      {done ? (
        <Alert
          type="success"
          showIcon
          role="status"
          style={{ marginBottom: 16 }}
          title={t('bulk.applied', { n: done.applied })}
          action={
            <Button size="small" onClick={() => navigate(isAgency ? '/agency' : '/tasks')}>
              {isAgency ? t('agency.title') : t('task.back')}
            </Button>
          }
          data-testid="bulk-applied"
        />
      ) : null}
      {preview.error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={errorMessage(preview.error)}
        />
      ) : null}
      {shown ? (
        <Card
          title={t('bulk.previewTitle')}
          extra={
            <Button
              type="primary"
              icon={<CheckOutlined />}
              disabled={shown.errors > 0 || shown.applicable === 0 || !file}
              loading={apply.isPending}
              onClick={confirmApply}
              data-testid="bulk-apply"
            >
              {t('bulk.apply', { n: shown.applicable })}
            </Button>
          }
        >
          <Alert
            type={shown.errors ? 'error' : shown.applicable ? 'info' : 'warning'}
            showIcon
            role={shown.errors ? 'alert' : 'status'}
            style={{ marginBottom: 12 }}
            title={
              apply.error
                ? errorMessage(apply.error)
                : t('bulk.summary', {
                    total: shown.total,
                    applicable: shown.applicable,
                    errors: shown.errors,
                  })
            }
            description={
              shown.errors
                ? t('bulk.fixErrors')
                : shown.applicable
                  ? t('bulk.readyHelp')
                  : t('bulk.nothingToApply')
            }
          />
          <BulkPreviewTable key={`${file?.name}:${shown.total}`} preview={shown} />
        </Card>
      ) : null}
    </>
  );
}
