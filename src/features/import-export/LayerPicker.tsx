import { useId } from 'react';
import { useT } from '../../app/store-context';
import type { LayerInfo } from '../../domain/io/types';

/** A GeoPackage's feature tables: choosing one reads the file again with that table. */
export function LayerPicker({ layers, layer, onChoose }: { layers: LayerInfo[]; layer: string; onChoose(layer: string): void }) {
  const t = useT();
  const id = useId();
  return (
    <div className="import-crs-picker">
      <label htmlFor={id}>{t('importExport.import.layer')}</label>
      <select id={id} value={layer} onChange={(e) => onChoose(e.target.value)} aria-describedby={`${id}-hint`}>
        {layers.map((l) => <option key={l.name} value={l.name}>{l.name} ({l.geometryType})</option>)}
      </select>
      <p id={`${id}-hint`} className="hint">{t('importExport.import.layerCount', { n: layers.length })}</p>
    </div>
  );
}
