import type { ImportDraft } from '@ketluan/contracts';
import { DatePicker, Input } from 'antd';
import dayjs from 'dayjs';
import { DATE_FORMAT } from '../../i18n/format.ts';
import { type MessageKey, useT } from '../../i18n/index.tsx';
import { edit, fixed } from './draft-edit.ts';
import { FieldRow } from './field-row.tsx';

type HeaderKey = keyof ImportDraft['header'];
const TEXT_FIELDS: HeaderKey[] = [
  'number',
  'place',
  'issuer',
  'documentType',
  'summary',
  'chair',
  'chairTitle',
];
const DATE_FIELDS: HeaderKey[] = ['issued', 'meetingDate'];

export function HeaderEditor({
  draft,
  readOnly,
  onChange,
  onFocus,
}: {
  draft: ImportDraft;
  readOnly: boolean;
  onChange: (d: ImportDraft) => void;
  onFocus: (group: string) => void;
}) {
  const t = useT();
  const set = (key: HeaderKey, value: string | null) =>
    onChange(
      edit(draft, (d) => {
        d.header[key] = value === null ? null : (fixed(d.header[key], value) as never);
      }),
    );
  const order: HeaderKey[] = [
    'number',
    'issued',
    'place',
    'issuer',
    'documentType',
    'summary',
    'meetingDate',
    'chair',
    'chairTitle',
  ];
  return (
    <div>
      {order.map((key) => {
        const f = draft.header[key];
        const label = t(`importField.${key}` as MessageKey);
        return (
          <FieldRow key={key} label={label} confidence={f?.confidence} missing={!f}>
            {DATE_FIELDS.includes(key) ? (
              <DatePicker
                format={DATE_FORMAT}
                value={f?.value ? dayjs(f.value) : null}
                disabled={readOnly}
                aria-label={label}
                onFocus={() => onFocus(`header:${key}`)}
                onChange={(d) => set(key, d ? d.format('YYYY-MM-DD') : null)}
              />
            ) : TEXT_FIELDS.includes(key) ? (
              <Input.TextArea
                autoSize={{ minRows: 1, maxRows: 4 }}
                value={f?.value ?? ''}
                disabled={readOnly}
                aria-label={label}
                onFocus={() => onFocus(`header:${key}`)}
                onChange={(e) => set(key, e.target.value || null)}
              />
            ) : null}
          </FieldRow>
        );
      })}
      <FieldRow
        label={t('importField.signer')}
        confidence={draft.signer?.confidence}
        missing={!draft.signer}
      >
        <Input
          value={draft.signer?.value ?? ''}
          disabled={readOnly}
          aria-label={t('importField.signer')}
          onFocus={() => onFocus('header:signer')}
          onChange={(e) =>
            onChange(
              edit(
                draft,
                (d) => (d.signer = e.target.value ? fixed(d.signer, e.target.value) : null),
              ),
            )
          }
        />
      </FieldRow>
    </div>
  );
}
