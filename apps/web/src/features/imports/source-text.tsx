import { memo, useEffect, useMemo, useRef } from 'react';
import { useT } from '../../i18n/index.tsx';
import { type Highlight, segment } from './highlights.ts';

/**
 * The normalised text of the announcement with every extracted field highlighted at its span.
 * Clicking a mark selects its group; selecting a group elsewhere scrolls here and lights it.
 */
export const SourceText = memo(function SourceText({
  text,
  highlights,
  active,
  onSelect,
}: {
  text: string;
  highlights: Highlight[];
  active: string | null;
  onSelect: (group: string) => void;
}) {
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  const segments = useMemo(() => segment(text, highlights), [text, highlights]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the marks are re-rendered when the segments change
  useEffect(() => {
    if (!active || !ref.current) return;
    const marks = ref.current.querySelectorAll<HTMLElement>(
      `mark[data-groups~="${CSS.escape(active)}"]`,
    );
    for (const m of ref.current.querySelectorAll('mark.active')) m.classList.remove('active');
    for (const m of marks) m.classList.add('active');
    marks[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [active, segments]);

  return (
    <section
      ref={ref}
      className="source-text"
      aria-label={t('imports.source')}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take keyboard focus to be scrolled
      tabIndex={0}
      data-testid="source-text"
    >
      {segments.map((s) =>
        s.mark ? (
          // biome-ignore lint/a11y/useKeyWithClickEvents: a pointer shortcut; the field panel is the keyboard path
          <mark
            key={s.start}
            data-kind={s.mark.kind}
            data-groups={s.groups.join(' ')}
            title={s.mark.label}
            onClick={() => s.mark && onSelect(s.mark.group)}
          >
            {s.text}
          </mark>
        ) : (
          <span key={s.start}>{s.text}</span>
        ),
      )}
    </section>
  );
});
