import type { Announcement, DocBlock, UpdateAnnouncementBody } from '@ketluan/contracts';
import { DatePicker, Flex, Input, Radio, Tabs } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useId } from 'react';
import { DATE_FORMAT } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.tsx';
import { BlockEditor } from './block-editor.tsx';
import { lines } from './blocks.ts';
import type { PreviewDocument } from './document-preview.tsx';

/** What the Office edits; recipients and authority as one line each. */
export interface EditorState {
  issuingBody: string;
  typeName: string;
  summary: string;
  place: string;
  issuedDate: string | null;
  numbering: 'register' | 'manual';
  numberSymbol: string;
  body: DocBlock[];
  recipients: string;
  archiveLine: string;
  signingAuthority: string;
  signerName: string;
}

export function toEditorState(a: Announcement): EditorState {
  return {
    issuingBody: a.content.issuingBody,
    typeName: a.content.typeName,
    summary: a.summary,
    place: a.place ?? '',
    issuedDate: a.issuedDate,
    numbering: a.numbering,
    numberSymbol: a.numberSymbol ?? '',
    body: a.content.body,
    recipients: a.recipients.map((r) => r.text).join('\n'),
    archiveLine: a.archiveLine ?? '',
    signingAuthority: a.signingAuthority.join('\n'),
    signerName: a.signerName ?? '',
  };
}

export function toUpdateBody(a: Announcement, s: EditorState): UpdateAnnouncementBody {
  const previous = new Map(a.recipients.map((r) => [r.text, r.orgId]));
  return {
    version: a.version,
    summary: s.summary,
    place: s.place,
    issuedDate: s.issuedDate,
    numbering: s.numbering,
    numberSymbol: s.numbering === 'manual' ? s.numberSymbol.trim() || null : null,
    recipients: lines(s.recipients).map((text) => ({ text, orgId: previous.get(text) ?? null })),
    archiveLine: s.archiveLine.trim() || 'Lưu: VT.',
    signingAuthority: lines(s.signingAuthority),
    signerName: s.signerName.trim() || null,
    content: { ...a.content, issuingBody: s.issuingBody, typeName: s.typeName, body: s.body },
  };
}

export function toPreview(a: Announcement, s: EditorState): PreviewDocument {
  return {
    supervisingBody: a.content.supervisingBody ?? null,
    issuingBody: s.issuingBody,
    numberSymbol: a.numberSymbol ?? (s.numbering === 'manual' ? s.numberSymbol : null),
    place: s.place,
    date: s.issuedDate,
    typeName: s.typeName,
    summary: s.summary,
    body: s.body,
    recipients: lines(s.recipients),
    archiveLine: s.archiveLine || null,
    authority: lines(s.signingAuthority),
    signerName: s.signerName || null,
  };
}

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

export function AnnouncementEditor({
  state,
  readOnly,
  onChange,
}: {
  state: EditorState;
  readOnly: boolean;
  onChange: (patch: Partial<EditorState>) => void;
}) {
  const t = useT();
  const text = (key: keyof EditorState, label: string, rows = 1, placeholder?: string) => (
    <Labeled label={label}>
      {(id) => (
        <Input.TextArea
          id={id}
          autoSize={{ minRows: rows, maxRows: 12 }}
          readOnly={readOnly}
          placeholder={placeholder}
          value={state[key] as string}
          onChange={(e) => onChange({ [key]: e.target.value })}
        />
      )}
    </Labeled>
  );
  return (
    <Tabs
      items={[
        {
          key: 'head',
          label: t('announcements.tabHead'),
          children: (
            <Flex vertical gap={12}>
              {text('issuingBody', t('announcements.issuingBody'), 1)}
              <Labeled label={t('announcements.numbering')}>
                {(id) => (
                  <Radio.Group
                    id={id}
                    disabled={readOnly}
                    value={state.numbering}
                    onChange={(e) => onChange({ numbering: e.target.value })}
                    options={[
                      { value: 'register', label: t('announcements.numberingRegister') },
                      { value: 'manual', label: t('announcements.numberingManual') },
                    ]}
                  />
                )}
              </Labeled>
              <Flex gap={12} wrap>
                {state.numbering === 'manual' ? (
                  <Labeled label={t('announcements.number')} style={{ flex: 1, minWidth: 160 }}>
                    {(id) => (
                      <Input
                        id={id}
                        readOnly={readOnly}
                        value={state.numberSymbol}
                        placeholder="346/TB-UBND"
                        onChange={(e) => onChange({ numberSymbol: e.target.value })}
                      />
                    )}
                  </Labeled>
                ) : null}
                <Labeled label={t('announcements.place')} style={{ flex: 1, minWidth: 140 }}>
                  {(id) => (
                    <Input
                      id={id}
                      readOnly={readOnly}
                      value={state.place}
                      onChange={(e) => onChange({ place: e.target.value })}
                    />
                  )}
                </Labeled>
                <Labeled label={t('announcements.date')}>
                  {(id) => (
                    <DatePicker
                      id={id}
                      disabled={readOnly}
                      format={DATE_FORMAT}
                      value={state.issuedDate ? dayjs(state.issuedDate) : null}
                      onChange={(d) => onChange({ issuedDate: d ? d.format('YYYY-MM-DD') : null })}
                    />
                  )}
                </Labeled>
              </Flex>
              {text('typeName', t('announcements.typeName'))}
              {text('summary', t('announcements.summary'), 2)}
            </Flex>
          ),
        },
        {
          key: 'body',
          label: t('announcements.tabBody'),
          children: (
            <div style={{ maxHeight: '62vh', overflow: 'auto', paddingRight: 4 }}>
              <BlockEditor
                blocks={state.body}
                readOnly={readOnly}
                onChange={(body) => onChange({ body })}
              />
            </div>
          ),
        },
        {
          key: 'sign',
          label: t('announcements.tabSign'),
          children: (
            <Flex vertical gap={12}>
              {text('recipients', t('announcements.recipients'), 4)}
              {text('archiveLine', t('announcements.archiveLine'), 1, 'Lưu: VT, THNC.')}
              {text('signingAuthority', t('announcements.authority'), 2)}
              {text('signerName', t('announcements.signer'))}
            </Flex>
          ),
        },
      ]}
    />
  );
}
