// What the map's colours show and what shades the areas, chosen inside the legend that explains
// them: the phase or the latest rating of one aspect of the five-step analysis ("where is the
// market weak?"), and the areas by their programme's state for that colour or by progress. Plain
// native selects with visible labels, so keyboard and screen reader work as everywhere else; they
// only set session state.
import { useId } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { ASPECTS, type Aspect } from '../../domain/model';
import { IMPLEMENTATION_GATE_CODE } from '../../domain/rollups';
import '../../i18n/strings/colour-by';
import '../../i18n/strings/map';
import { gatesOf } from '../../store/selectors';
import type { AreaShading, ColourBy } from '../../store/session';

const isAspect = (value: string): value is Aspect => (ASPECTS as readonly string[]).includes(value);
const SHADINGS: AreaShading[] = ['none', 'colour', 'progress'];

/** The colour choice: short enough to stay in the legend's header when it is folded. */
export function ColourChoice() {
  const t = useT();
  const store = usePlatsenStore();
  const colourBy = usePlatsen((s) => s.session.colourBy);
  const id = useId();
  const choose = (value: string) => {
    const next: ColourBy = isAspect(value) ? { type: 'aspect', aspect: value } : { type: 'phase' };
    store.setSession({ colourBy: next });
  };
  return (
    <div className="legend-choice">
      <label htmlFor={id}>{t('colourBy.label')}</label>
      <select id={id} value={colourBy.type === 'phase' ? 'phase' : colourBy.aspect} aria-describedby={`${id}-hint`} onChange={(e) => choose(e.target.value)}>
        <option value="phase">{t('colourBy.phase')}</option>
        {ASPECTS.map((a) => <option key={a} value={a}>{t(`map.aspect.${a}`)}</option>)}
      </select>
      <span id={`${id}-hint`} className="visually-hidden">{t('colourBy.aspectHint')}</span>
    </div>
  );
}

/** The area shading choice; the option for the colour says what it measures for the colour shown. */
export function ShadingChoice() {
  const t = useT();
  const store = usePlatsenStore();
  const lang = usePlatsen((s) => s.session.lang);
  const colourBy = usePlatsen((s) => s.session.colourBy);
  const shading = usePlatsen((s) => s.session.areaShading);
  const implementation = usePlatsen((s) => gatesOf(s.doc).find((g) => g.code === IMPLEMENTATION_GATE_CODE));
  const id = useId();
  const label: Record<AreaShading, string> = {
    none: t('colourBy.shading.none'),
    colour: colourBy.type === 'phase' ? t('colourBy.shading.still') : t('colourBy.shading.weak', { aspect: t(`map.aspect.${colourBy.aspect}`) }),
    progress: t('colourBy.shading.progress', { code: implementation ? `${implementation.code} ${implementation.name[lang]}` : IMPLEMENTATION_GATE_CODE }),
  };
  return (
    <div className="legend-choice legend-choice-wide">
      <label htmlFor={id}>{t('colourBy.shading')}</label>
      <select id={id} value={shading} onChange={(e) => store.setSession({ areaShading: e.target.value as AreaShading })}>
        {SHADINGS.map((s) => <option key={s} value={s}>{label[s]}</option>)}
      </select>
    </div>
  );
}
