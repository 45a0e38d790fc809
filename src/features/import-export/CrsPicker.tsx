import { useId, useState } from 'react';
import { useT } from '../../app/store-context';
import { CRS_CODES, SWEREF_LOCAL_ZONES, crsLabel, type KnownCrs } from '../../domain/io/crs';

/** The user names the file's coordinate system: the candidates that fit, or all supported ones. */
export function CrsPicker({ candidates, initial, onChoose }: { candidates: KnownCrs[] | null; initial?: KnownCrs; onChoose(crs: KnownCrs): void }) {
  const t = useT();
  const id = useId();
  // Positions that fit several systems are the local SWEREF 99 zones (or TM): list those first.
  const options = candidates ?? [...SWEREF_LOCAL_ZONES, ...CRS_CODES.filter((c) => !SWEREF_LOCAL_ZONES.includes(c))];
  const [crs, setCrs] = useState<KnownCrs>(initial ?? options[0]!);
  return (
    <div className="import-crs-picker">
      <label htmlFor={id}>{t('importExport.import.crsChoose')}</label>
      <select id={id} value={crs} onChange={(e) => setCrs(e.target.value as KnownCrs)}>
        {options.map((c) => <option key={c} value={c}>{crsLabel(c)}</option>)}
      </select>
      <button type="button" onClick={() => onChoose(crs)}>{t('importExport.import.crsConfirm')}</button>
    </div>
  );
}
