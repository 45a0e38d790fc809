import { useT } from '../../app/store-context';
import type { Loadable } from './deso-data';

/** While the statistics load, or why they did not, with a way to try again. */
export function Loading({ state }: { state: Exclude<Loadable<unknown>, { status: 'ready' }> }) {
  const t = useT();
  if (state.status === 'loading') return <p role="status" className="gate-hint">{t('statsUi.loading')}</p>;
  return (
    <p role="alert" className="gate-error">
      {t('statsUi.loadError')} <button type="button" onClick={state.retry}>{t('statsUi.retry')}</button>
    </p>
  );
}
