/** A message Margin must not swallow: storage unavailable or full, a failed star, a layout it cannot read. */
export function PageNotice({ message, onClose }: { message: string; onClose: () => void }) {
  return (
    <div class="panel error" role="alert" data-margin-notice>
      <strong>Margin: </strong>
      {message}{' '}
      <button type="button" onClick={onClose}>
        Dismiss
      </button>
    </div>
  );
}
