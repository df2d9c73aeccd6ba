import { Fragment } from 'preact';
import type { KeySettings } from '@/lib/settings';

const DESCRIPTIONS: Record<keyof KeySettings['map'], string> = {
  next: 'next paper',
  prev: 'previous paper',
  star: 'star / unstar',
  dismiss: 'dismiss (not interested) / reopen',
  open: 'open the paper in a new tab',
  tag: 'tag the paper',
  help: 'show or hide these keys',
};

/** The keyboard triage keys, as the reader has mapped them. */
export function KeyHelp({ keys, onClose }: { keys: KeySettings; onClose: () => void }) {
  return (
    <div class="panel" role="dialog" aria-label="Margin keyboard shortcuts" data-margin-help>
      <h2>Margin keys</h2>
      <dl>
        {(Object.keys(DESCRIPTIONS) as (keyof KeySettings['map'])[]).map((action) => (
          <Fragment key={action}>
            <dt>
              <kbd>{keys.map[action]}</kbd>
            </dt>
            <dd>{DESCRIPTIONS[action]}</dd>
          </Fragment>
        ))}
      </dl>
      <p>
        Change or turn off the keys in the library's settings.{' '}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </p>
    </div>
  );
}
