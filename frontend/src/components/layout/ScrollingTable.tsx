import { useId, type ReactNode } from 'react';

type ScrollingTableProps = {
  /** Names the table and the scrolling box around it. */
  caption: string;
  /** The column headings, in order. */
  columns: readonly string[];
  /** The rows (`<tr>` elements). */
  children: ReactNode;
};

/**
 * A data table that, on a narrow screen, scrolls sideways inside its own box instead of making
 * the whole page scroll. The box can take keyboard focus, so it scrolls without a mouse too, and
 * is named by the caption for screen readers.
 */
export function ScrollingTable({ caption, columns, children }: ScrollingTableProps) {
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
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
    </div>
  );
}
