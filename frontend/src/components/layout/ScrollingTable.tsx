import { useId, type ReactNode } from 'react';

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

/**
 * A data table that, on a narrow screen, scrolls sideways inside its own box instead of making
 * the whole page scroll. The box can take keyboard focus, so it scrolls without a mouse too, and
 * is named by the caption for screen readers.
 */
export function ScrollingTable({ caption, columns, children, offscreen = false }: ScrollingTableProps) {
  const captionId = useId();
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
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      {table}
    </div>
  );
}
