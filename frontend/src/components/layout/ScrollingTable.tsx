import { useId, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

type ScrollingTableProps = {
  /** Names the table and the scrolling box around it. */
  caption: string;
  /** The column headings, in order. */
  columns: readonly string[];
  /** The rows (`<tr>` elements). */
  children: ReactNode;
  /**
   * Read by screen readers but not shown (a chart's figures while the chart is on screen): then
   * there is no scrolling box, so keyboard users never stop on something they cannot see.
   */
  offscreen?: boolean;
};

/** Whether the box is narrower than what it holds, kept up to date as either changes size. */
function useOverflowing(box: RefObject<HTMLElement | null>, shown: boolean): boolean {
  const [overflowing, setOverflowing] = useState(false);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    // Called once as soon as it observes (before the first paint), then on every change of size.
    const observer = new ResizeObserver(() => setOverflowing(element.scrollWidth > element.clientWidth + 1));
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [box, shown]);
  return overflowing;
}

/**
 * A data table that, on a narrow screen, scrolls sideways inside its own box instead of making
 * the whole page scroll. The box can take keyboard focus, so it scrolls without a mouse too, and
 * is named by the caption for screen readers. When the table does not fit, a line above it says
 * so (and describes the box), and a shadow on the cut side shows there is more.
 */
export function ScrollingTable({ caption, columns, children, offscreen = false }: ScrollingTableProps) {
  const { t } = useTranslation();
  const captionId = useId();
  const hintId = useId();
  const box = useRef<HTMLDivElement>(null);
  const overflowing = useOverflowing(box, !offscreen);
  const table = (
    <table className="table">
      <caption id={captionId}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  if (offscreen) return <div className="visually-hidden">{table}</div>;
  return (
    <div className="table-scroll-frame">
      {overflowing && (
        <p id={hintId} className="table-scroll__hint">
          <span className="table-scroll__arrows" aria-hidden="true" />
          {t('table.scrollHint')}
        </p>
      )}
      <div
        ref={box}
        className="table-scroll"
        role="region"
        aria-labelledby={captionId}
        aria-describedby={overflowing ? hintId : undefined}
        tabIndex={0}
      >
        {table}
      </div>
    </div>
  );
}
