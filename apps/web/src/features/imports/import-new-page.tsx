import { InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  Input,
  Row,
  Table,
  Tabs,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useHasRoute } from '../../api/capabilities.ts';
import { type ImportListItem, useCreateImport, useImportList } from '../../api/imports.ts';
import { useConfirmLeave } from '../../components/confirm-leave.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import {
  EmptyState,
  InDevelopment,
  LoadingState,
  useErrorMessage,
} from '../../components/states.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { type MessageKey, useT } from '../../i18n/index.tsx';

const ACCEPT =
  '.txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export default function ImportNewPage() {
  const t = useT();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const available = useHasRoute('POST /api/imports');
  const list = useImportList(available === true);
  const create = useCreateImport();
  const [text, setText] = useState('');
  const allowLeave = useConfirmLeave(text.trim().length > 0);

  const open = (id: string) => {
    allowLeave();
    navigate(`/imports/${id}`);
  };

  if (available === undefined) return <LoadingState />;
  if (!available) {
    return (
      <>
        <PageHeader title={t('imports.title')} subtitle={t('imports.subtitle')} />
        <Card>
          <InDevelopment
            feature={t('imports.title')}
            needs={['POST /api/imports', 'PATCH /api/imports/:id', 'POST /api/imports/:id/commit']}
          />
        </Card>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('imports.title')} subtitle={t('imports.subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card>
            {create.error ? (
              <Alert
                type="error"
                showIcon
                role="alert"
                title={errorMessage(create.error)}
                style={{ marginBottom: 16 }}
              />
            ) : null}
            <Tabs
              items={[
                {
                  key: 'upload',
                  label: t('imports.upload'),
                  children: (
                    <Upload.Dragger
                      accept={ACCEPT}
                      multiple={false}
                      showUploadList={false}
                      disabled={create.isPending}
                      beforeUpload={(file) => {
                        create.mutate({ file }, { onSuccess: (imp) => open(imp.id) });
                        return false;
                      }}
                    >
                      <p className="ant-upload-drag-icon">
                        <InboxOutlined />
                      </p>
                      <p className="ant-upload-text">
                        {create.isPending ? t('imports.reading') : t('imports.drop')}
                      </p>
                      <p className="ant-upload-hint">{t('imports.dropHint')}</p>
                    </Upload.Dragger>
                  ),
                },
                {
                  key: 'paste',
                  label: t('imports.paste'),
                  children: (
                    <>
                      <Input.TextArea
                        value={text}
                        onChange={(e) => setText(e.target.value)}
                        autoSize={{ minRows: 12, maxRows: 24 }}
                        placeholder={t('imports.pastePlaceholder')}
                        aria-label={t('imports.paste')}
                        data-testid="import-text"
                      />
                      <Flex justify="flex-end" style={{ marginTop: 12 }}>
                        <Button
                          type="primary"
                          disabled={!text.trim()}
                          loading={create.isPending}
                          onClick={() =>
                            create.mutate({ text }, { onSuccess: (imp) => open(imp.id) })
                          }
                        >
                          {t('imports.read')}
                        </Button>
                      </Flex>
                    </>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('imports.recent')}>
            <Table<ImportListItem>
              size="small"
              rowKey="id"
              loading={list.isPending}
              dataSource={list.data ?? []}
              pagination={false}
              locale={{ emptyText: <EmptyState title={t('imports.none')} /> }}
              columns={[
                {
                  title: t('imports.document'),
                  key: 'doc',
                  render: (_, r) => (
                    <>
                      <Link to={`/imports/${r.id}`}>
                        {r.number ?? r.sourceName ?? t('imports.untitled')}
                      </Link>
                      <div>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {formatDateTime(r.createdAt)} ·{' '}
                          {t('imports.taskCount', { n: r.taskCount })}
                        </Typography.Text>
                      </div>
                    </>
                  ),
                },
                {
                  title: t('users.status'),
                  dataIndex: 'status',
                  width: 130,
                  render: (s: string) => (
                    <Tag color={s === 'committed' ? 'green' : s === 'draft' ? 'blue' : 'default'}>
                      {t(`importStatus.${s}` as MessageKey)}
                    </Tag>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
