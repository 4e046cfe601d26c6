import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { DocBlock } from '@ketluan/contracts';
import { Button, Flex, Input, Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { blockText, withText } from './blocks.ts';

/** The content as a column of blocks, each edited as plain text. */
export function BlockEditor({
  blocks,
  readOnly,
  onChange,
}: {
  blocks: DocBlock[];
  readOnly: boolean;
  onChange: (blocks: DocBlock[]) => void;
}) {
  const t = useT();
  const kindLabel = (b: DocBlock) =>
    b.kind === 'heading'
      ? t('announcements.heading')
      : b.kind === 'list'
        ? t('announcements.list')
        : t('announcements.paragraph');
  return (
    <Flex vertical gap={10}>
      {blocks.map((b, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no id; they are edited in place
        <div key={i}>
          <Flex justify="space-between" align="center" style={{ marginBottom: 2 }}>
            <Tag color={b.kind === 'heading' ? 'blue' : 'default'}>{kindLabel(b)}</Tag>
            {readOnly ? null : (
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('announcements.removeBlock', { n: i + 1 })}
                onClick={() => onChange(blocks.filter((_, j) => j !== i))}
              />
            )}
          </Flex>
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 14 }}
            value={blockText(b)}
            readOnly={readOnly}
            aria-label={`${kindLabel(b)} ${i + 1}`}
            style={{ fontWeight: b.kind === 'heading' ? 600 : undefined }}
            onChange={(e) =>
              onChange(blocks.map((x, j) => (j === i ? withText(x, e.target.value) : x)))
            }
          />
        </div>
      ))}
      {readOnly ? null : (
        <Flex gap={8}>
          <Button
            icon={<PlusOutlined />}
            onClick={() => onChange([...blocks, { kind: 'paragraph', runs: [{ text: '' }] }])}
          >
            {t('announcements.addParagraph')}
          </Button>
          <Button
            icon={<PlusOutlined />}
            onClick={() => onChange([...blocks, { kind: 'heading', runs: [{ text: '' }] }])}
          >
            {t('announcements.addHeading')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
