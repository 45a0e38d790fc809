// What the map's colours show, chosen beside the legend that explains them: the phase or the latest
// rating of one aspect of the five-step analysis ("where is the market weak?"), and whether the
// areas are shaded by their programme's progress. Plain native controls with visible labels, so
// keyboard and screen reader work as everywhere else; they only set session state.
import { useId } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { ASPECTS, type Aspect } from '../../domain/model';
import { IMPLEMENTATION_GATE_CODE } from '../../domain/rollups';
import '../../i18n/strings/colour-by';
import '../../i18n/strings/map';
import type { ColourBy } from '../../store/session';
import { gatesOf } from '../../store/selectors';
import './colour-by.css';

const isAspect = (value: string): value is Aspect => (ASPECTS as readonly string[]).includes(value);

export function ColourBySwitch() {
  const t = useT();
  const store = usePlatsenStore();
  const lang = usePlatsen((s) => s.session.lang);
  const colourBy = usePlatsen((s) => s.session.colourBy);
  const areaProgress = usePlatsen((s) => s.session.areaProgress);
  const implementation = usePlatsen((s) => gatesOf(s.doc).find((g) => g.code === IMPLEMENTATION_GATE_CODE));
  const id = useId();

  const choose = (value: string) => {
    const next: ColourBy = isAspect(value) ? { type: 'aspect', aspect: value } : { type: 'phase' };
    store.setSession({ colourBy: next });
  };

  return (
    <div className="colour-by" role="group" aria-label={t('colourBy.title')}>
      <div className="colour-by-row">
        <label htmlFor={`${id}-by`}>{t('colourBy.label')}</label>
        <select id={`${id}-by`} value={colourBy.type === 'phase' ? 'phase' : colourBy.aspect} aria-describedby={`${id}-by-hint`}
          onChange={(e) => choose(e.target.value)}>
          <option value="phase">{t('colourBy.phase')}</option>
          {ASPECTS.map((a) => <option key={a} value={a}>{t(`map.aspect.${a}`)}</option>)}
        </select>
      </div>
      <label className="colour-by-check">
        <input type="checkbox" checked={areaProgress} aria-describedby={`${id}-progress-hint`}
          onChange={(e) => store.setSession({ areaProgress: e.target.checked })} />
        {t('colourBy.areaProgress')}
      </label>
      <p id={`${id}-by-hint`} className="visually-hidden">{t('colourBy.aspectHint')}</p>
      <p id={`${id}-progress-hint`} className="visually-hidden">
        {t('colourBy.areaProgressHint', { code: implementation ? `${implementation.code} ${implementation.name[lang]}` : IMPLEMENTATION_GATE_CODE })}
      </p>
    </div>
  );
}
