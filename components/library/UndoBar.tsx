/** "Deleted 3 papers — Undo": deletion is never a one-way door. */
export function UndoBar({ message, onUndo, onClose }: { message: string; onUndo: () => void; onClose: () => void }) {
  return (
    <div class="undo" role="status" data-margin-undo>
      {message}{' '}
      <button type="button" data-margin-action="undo" onClick={onUndo}>
        Undo
      </button>
      <button type="button" aria-label="Close" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
