import { ArrowLeftOutlined, CheckOutlined, SaveOutlined } from '@ant-design/icons';
import type { Import, ImportDraft } from '@ketluan/contracts';
import { Alert, App, Badge, Button, Card, Col, Flex, List, Row, Tabs, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isStaleVersion } from '../../api/client.ts';
import { useCommitImport, useImport, useSaveImport } from '../../api/imports.ts';
import { useConfirmLeave } from '../../components/confirm-leave.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorState, LoadingState, useErrorMessage } from '../../components/states.tsx';
import { useT } from '../../i18n/index.tsx';
import { commitProblems } from './draft-edit.ts';
import { HeaderEditor } from './header-editor.tsx';
import { highlightsOf, itemGroup, taskGroup } from './highlights.ts';
import { SourceText } from './source-text.tsx';
import { TaskEditor } from './task-editor.tsx';

function Review({ imp }: { imp: Import }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const [draft, setDraft] = useState<ImportDraft>(imp.draft);
  const [dirty, setDirty] = useState(false);
  const [active, setActive] = useState<string | null>(null);
  const [tab, setTab] = useState('tasks');
  const save = useSaveImport(imp.id);
  const commit = useCommitImport(imp.id);
  const readOnly = imp.status !== 'draft';
  const allowLeave = useConfirmLeave(dirty);

  const highlights = useMemo(() => highlightsOf(draft), [draft]);
  const problems = commitProblems(draft);
  const change = useCallback((d: ImportDraft) => {
    setDraft(d);
    setDirty(true);
  }, []);
  const select = useCallback((group: string) => {
    setActive(group);
    const kind = group.split(':')[0];
    if (kind === 'task') {
      setTab('tasks');
      requestAnimationFrame(() =>
        document
          .getElementById(`review-${group}`)
          ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' }),
      );
    } else if (kind === 'item') setTab('items');
    else if (kind === 'header') setTab('header');
  }, []);

  const saveDraft = () =>
    save.mutateAsync({ version: imp.version, draft }).then((saved) => {
      setDirty(false);
      return saved;
    });

  const doCommit = () =>
    modal.confirm({
      title: t('imports.commitTitle'),
      content: t('imports.commitBody', { tasks: draft.tasks.length, items: draft.items.length }),
      okText: t('imports.commit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const version = dirty ? (await saveDraft()).version : imp.version;
        const result = await commit.mutateAsync(version);
        setDirty(false);
        allowLeave();
        message.success(t('imports.committed', { n: result.taskIds.length }));
        navigate(`/meetings/${result.meetingId}`);
      },
    });

  const error = save.error ?? commit.error;
  return (
    <>
      <Link to="/imports">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
          {t('imports.back')}
        </Button>
      </Link>
      <PageHeader
        title={
          draft.header.number?.value
            ? t('imports.reviewOf', { number: draft.header.number.value })
            : t('imports.review')
        }
        subtitle={draft.header.summary?.value ?? imp.sourceName ?? undefined}
        extra={
          readOnly ? (
            <Tag color="green">{t('importStatus.committed')}</Tag>
          ) : (
            <>
              <Button
                icon={<SaveOutlined />}
                disabled={!dirty}
                loading={save.isPending}
                onClick={() =>
                  void saveDraft().then(
                    () => message.success(t('common.saved')),
                    () => undefined,
                  )
                }
              >
                {t('imports.saveDraft')}
              </Button>
              <Button
                type="primary"
                icon={<CheckOutlined />}
                disabled={problems.length > 0}
                loading={commit.isPending}
                onClick={doCommit}
                data-testid="commit-import"
              >
                {t('imports.commit')}
              </Button>
            </>
          )
        }
      />
      {error ? (
        <Alert
          type={isStaleVersion(error) ? 'warning' : 'error'}
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={isStaleVersion(error) ? t('imports.stale') : errorMessage(error)}
          action={
            isStaleVersion(error) ? (
              <Button
                size="small"
                onClick={() => {
                  setDraft(imp.draft);
                  setDirty(false);
                  save.reset();
                  commit.reset();
                }}
              >
                {t('imports.loadLatest')}
              </Button>
            ) : undefined
          }
        />
      ) : null}
      {!readOnly && problems.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('imports.unmatched', { n: problems.length })}
          action={
            <Button size="small" onClick={() => select(taskGroup(problems[0] ?? 0))}>
              {t('imports.showFirst')}
            </Button>
          }
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
            {t('imports.sourceHelp')}
          </Typography.Text>
          <SourceText text={imp.text} highlights={highlights} active={active} onSelect={select} />
        </Col>
        <Col xs={24} lg={12}>
          <Card styles={{ body: { paddingTop: 4 } }}>
            <Tabs
              activeKey={tab}
              onChange={setTab}
              items={[
                {
                  key: 'tasks',
                  label: (
                    <span>
                      {t('imports.tasks')}{' '}
                      <Badge count={draft.tasks.length} showZero color="#1d4f91" />
                    </span>
                  ),
                  children: (
                    <div
                      style={{
                        maxHeight: 'calc(100vh - 300px)',
                        overflow: 'auto',
                        paddingRight: 4,
                      }}
                    >
                      {draft.tasks.map((_, i) => (
                        <TaskEditor
                          // biome-ignore lint/suspicious/noArrayIndexKey: extracted tasks have no id; a removal re-keys the list
                          key={`${i}-${draft.tasks.length}`}
                          draft={draft}
                          index={i}
                          active={active === taskGroup(i)}
                          readOnly={readOnly}
                          onChange={change}
                          onFocus={setActive}
                        />
                      ))}
                    </div>
                  ),
                },
                {
                  key: 'header',
                  label: t('imports.header'),
                  children: (
                    <HeaderEditor
                      draft={draft}
                      readOnly={readOnly}
                      onChange={change}
                      onFocus={setActive}
                    />
                  ),
                },
                {
                  key: 'items',
                  label: t('imports.items', { n: draft.items.length }),
                  children: (
                    <List
                      dataSource={draft.items}
                      renderItem={(item, i) => (
                        <List.Item
                          onClick={() => setActive(itemGroup(i))}
                          style={{
                            cursor: 'pointer',
                            background: active === itemGroup(i) ? '#fff8e1' : undefined,
                          }}
                        >
                          <div>
                            <Typography.Text strong>{item.index.value}. </Typography.Text>
                            <Typography.Text>{item.title.value}</Typography.Text>
                            <div>
                              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                                {[
                                  item.presenter?.value.name,
                                  item.verdict?.value,
                                  item.nextForum?.value,
                                ]
                                  .filter(Boolean)
                                  .join(' · ')}
                              </Typography.Text>
                            </div>
                          </div>
                        </List.Item>
                      )}
                    />
                  ),
                },
                {
                  key: 'warnings',
                  label: (
                    <span>
                      {t('imports.warnings')}{' '}
                      <Badge count={draft.warnings.length} color="#b7791f" />
                    </span>
                  ),
                  children: draft.warnings.length ? (
                    <List
                      dataSource={draft.warnings}
                      renderItem={(w) => (
                        <List.Item>
                          <Flex gap={8}>
                            <Tag color="gold">{w.code}</Tag>
                            <span>{w.message}</span>
                          </Flex>
                        </List.Item>
                      )}
                    />
                  ) : (
                    <Typography.Text type="secondary">{t('imports.noWarnings')}</Typography.Text>
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

export default function ImportReviewPage() {
  const t = useT();
  const { id } = useParams();
  const imp = useImport(id);
  if (imp.isPending) return <LoadingState rows={12} />;
  if (imp.error)
    return (
      <ErrorState
        error={imp.error}
        onRetry={() => void imp.refetch()}
        feature={t('imports.title')}
      />
    );
  return <Review key={imp.data.id} imp={imp.data} />;
}
