type FilterActionsProps = { applyLabel: string; clearLabel: string; onClear: () => void };

/** The buttons under a list's filters: apply (submits the filter form) and clear. */
export function FilterActions({ applyLabel, clearLabel, onClear }: FilterActionsProps) {
  return (
    <div className="filters__actions">
      <button type="submit" className="button button--primary">
        {applyLabel}
      </button>
      <button type="button" className="button button--secondary" onClick={onClear}>
        {clearLabel}
      </button>
    </div>
  );
}
