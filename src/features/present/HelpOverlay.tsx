// Every presentation key in one list, opened with "?" (ux.md: no hover-only information).
import { useEffect, useRef } from 'react';
import { useT } from '../../app/store-context';
import '../../i18n/strings/present';

const KEYS: Array<[string, string]> = [
  ['→ / Space / Page Down', 'present.key.next'],
  ['← / Page Up', 'present.key.previous'],
  ['Home / End', 'present.key.first'],
  ['P', 'present.key.play'],
  ['S', 'present.key.stop'],
  ['N', 'present.key.labels'],
  ['L', 'present.key.legend'],
  ['M', 'present.key.matrix'],
  ['I', 'present.key.explain'],
  ['F', 'present.key.fullscreen'],
  ['?', 'present.key.help'],
  ['Esc', 'present.key.exit'],
];

export function HelpOverlay({ onClose }: { onClose(): void }) {
  const t = useT();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="present-help" role="dialog" aria-modal="true" aria-labelledby="present-help-title">
      <h2 id="present-help-title">{t('present.helpTitle')}</h2>
      <p>{t('present.helpClick')}</p>
      <dl>
        {KEYS.map(([key, label]) => (
          <div key={key}>
            <dt><kbd>{key}</kbd></dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
      <button ref={close} type="button" onClick={onClose}>{t('present.closeHelp')}</button>
    </div>
  );
}
