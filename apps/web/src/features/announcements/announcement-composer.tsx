import { DownloadOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Flex, Input, Row, Tabs, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useId, useState } from 'react';
import { useConfirmLeave } from '../../components/confirm-leave.tsx';
import { DATE_FORMAT } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.tsx';
import { DocumentPreview, type PreviewDocument } from './document-preview.tsx';

function Labeled({
  label,
  children,
  style,
}: {
  label: string;
  children: (id: string) => ReactNode;
  style?: React.CSSProperties;
}) {
  const id = useId();
  return (
    <div style={style}>
      <label htmlFor={id} style={{ display: 'block', marginBottom: 4 }}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The announcement editor beside its printed-page preview. Saving, approving, issuing and
 * downloading wait for the announcements API.
 */
export function AnnouncementComposer({ initial }: { initial: PreviewDocument }) {
  const t = useT();
  const [doc, setDoc] = useState(initial);
  const [dirty, setDirty] = useState(false);
  useConfirmLeave(dirty);
  const set = (patch: Partial<PreviewDocument>) => {
    setDoc((d) => ({ ...d, ...patch }));
    setDirty(true);
  };
  const pending = t('announcements.apiPending');

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <Card
          actions={[
            <Tooltip key="save" title={pending}>
              <Button type="primary" disabled>
                {t('announcements.saveDraft')}
              </Button>
            </Tooltip>,
            <Tooltip key="approve" title={pending}>
              <Button disabled icon={<SendOutlined />}>
                {t('announcements.approve')}
              </Button>
            </Tooltip>,
            <Tooltip key="issue" title={pending}>
              <Button disabled>{t('announcements.issue')}</Button>
            </Tooltip>,
          ]}
        >
          <Tabs
            items={[
              {
                key: 'head',
                label: t('announcements.tabHead'),
                children: (
                  <Flex vertical gap={12}>
                    <Labeled label={t('announcements.issuingBody')}>
                      {(id) => (
                        <Input.TextArea
                          id={id}
                          autoSize
                          value={doc.issuingBody}
                          onChange={(e) => set({ issuingBody: e.target.value })}
                        />
                      )}
                    </Labeled>
                    <Flex gap={12} wrap>
                      <Labeled label={t('announcements.number')} style={{ flex: 1 }}>
                        {(id) => (
                          <Input
                            id={id}
                            value={doc.numberSymbol}
                            placeholder="346/TB-UBND"
                            onChange={(e) => set({ numberSymbol: e.target.value })}
                          />
                        )}
                      </Labeled>
                      <Labeled label={t('announcements.place')} style={{ flex: 1 }}>
                        {(id) => (
                          <Input
                            id={id}
                            value={doc.place}
                            onChange={(e) => set({ place: e.target.value })}
                          />
                        )}
                      </Labeled>
                      <Labeled label={t('announcements.date')}>
                        {(id) => (
                          <div>
                            <DatePicker
                              id={id}
                              format={DATE_FORMAT}
                              value={doc.date ? dayjs(doc.date) : null}
                              onChange={(d) => set({ date: d ? d.format('YYYY-MM-DD') : '' })}
                            />
                          </div>
                        )}
                      </Labeled>
                    </Flex>
                    <Labeled label={t('announcements.summary')}>
                      {(id) => (
                        <Input.TextArea
                          id={id}
                          autoSize
                          value={doc.summary}
                          onChange={(e) => set({ summary: e.target.value })}
                        />
                      )}
                    </Labeled>
                  </Flex>
                ),
              },
              {
                key: 'body',
                label: t('announcements.tabBody'),
                children: (
                  <Flex vertical gap={12} style={{ maxHeight: '60vh', overflow: 'auto' }}>
                    <Labeled label={t('announcements.opening')}>
                      {(id) => (
                        <Input.TextArea
                          id={id}
                          autoSize={{ minRows: 2 }}
                          value={doc.opening}
                          onChange={(e) => set({ opening: e.target.value })}
                        />
                      )}
                    </Labeled>
                    {doc.sections.map((s, i) => (
                      <Card
                        // biome-ignore lint/suspicious/noArrayIndexKey: sections are edited in place, never reordered
                        key={`section-${i}`}
                        size="small"
                        title={t('announcements.section', { n: i + 1 })}
                      >
                        <Input.TextArea
                          autoSize
                          aria-label={t('announcements.sectionHeading', { n: i + 1 })}
                          value={s.heading}
                          style={{ fontWeight: 600, marginBottom: 8 }}
                          onChange={(e) =>
                            set({
                              sections: doc.sections.map((x, j) =>
                                j === i ? { ...x, heading: e.target.value } : x,
                              ),
                            })
                          }
                        />
                        <Input.TextArea
                          autoSize={{ minRows: 3 }}
                          aria-label={t('announcements.sectionBody', { n: i + 1 })}
                          value={s.paragraphs.join('\n\n')}
                          onChange={(e) =>
                            set({
                              sections: doc.sections.map((x, j) =>
                                j === i ? { ...x, paragraphs: e.target.value.split(/\n\s*\n/) } : x,
                              ),
                            })
                          }
                        />
                      </Card>
                    ))}
                    <Labeled label={t('announcements.closing')}>
                      {(id) => (
                        <Input.TextArea
                          id={id}
                          autoSize
                          value={doc.closing}
                          onChange={(e) => set({ closing: e.target.value })}
                        />
                      )}
                    </Labeled>
                  </Flex>
                ),
              },
              {
                key: 'sign',
                label: t('announcements.tabSign'),
                children: (
                  <Flex vertical gap={12}>
                    <Labeled label={t('announcements.recipients')}>
                      {(id) => (
                        <Input.TextArea
                          id={id}
                          autoSize={{ minRows: 4 }}
                          value={doc.recipients.join('\n')}
                          onChange={(e) => set({ recipients: lines(e.target.value) })}
                        />
                      )}
                    </Labeled>
                    <Labeled label={t('announcements.authority')}>
                      {(id) => (
                        <Input.TextArea
                          id={id}
                          autoSize
                          value={doc.authority.join('\n')}
                          onChange={(e) => set({ authority: lines(e.target.value) })}
                        />
                      )}
                    </Labeled>
                    <Labeled label={t('announcements.signer')}>
                      {(id) => (
                        <Input
                          id={id}
                          value={doc.signerName}
                          onChange={(e) => set({ signerName: e.target.value })}
                        />
                      )}
                    </Labeled>
                  </Flex>
                ),
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 8 }} wrap gap={8}>
          <Typography.Text type="secondary">{t('announcements.previewHelp')}</Typography.Text>
          <Flex gap={8}>
            <Tooltip title={pending}>
              <Button size="small" icon={<DownloadOutlined />} disabled>
                DOCX
              </Button>
            </Tooltip>
            <Tooltip title={pending}>
              <Button size="small" icon={<DownloadOutlined />} disabled>
                PDF
              </Button>
            </Tooltip>
          </Flex>
        </Flex>
        <div
          style={{ background: '#e9ebee', padding: 16, borderRadius: 6, overflow: 'auto' }}
          data-testid="announcement-preview"
        >
          <DocumentPreview doc={doc} />
        </div>
      </Col>
    </Row>
  );
}
