// The file as read: where it is (on the map), what system it was in and how that was found, which
// of its fields become names, kinds and budgets, and what cannot be imported, before anything is saved.
import { useEffect, useMemo, useState } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import { workspaceOf } from '../../domain/model';
import type { ImportFeaturesArgs, ImportTarget } from '../../domain/commands/import-features';
import { CRS_CODES, isKnownCrs } from '../../domain/io/crs';
import type { ReadChoice } from '../../domain/io/import-pipeline';
import { CrsPicker } from './CrsPicker';
import { LayerPicker } from './LayerPicker';
import { RepairPanel } from './RepairPanel';
import { applyRepairs, repairCandidates } from './repair-flow';
import { FieldMappingForm } from './FieldMappingForm';
import { FeatureTable, ProblemTable } from './ImportTables';
import { propertyNames } from './field-guess';
import { DivisionFields } from './DivisionFields';
import { defaultChoices, importArgs, kommunValues, previewPlan, readiness, type ImportChoices, type ReadFile } from './import-flow';
import { showImportPreview } from './preview-layer';

interface Props {
  read: ReadFile;
  choice: ReadChoice;
  onRerun(choice: ReadChoice): void;
  onImport(args: ImportFeaturesArgs, count: number): void;
  /** The file with the user's accepted repairs put in. */
  onRepaired(read: ReadFile): void;
}

export function ImportPreview({ read, choice, onRerun, onImport, onRepaired }: Props) {
  const t = useT();
  const doc = usePlatsen((s) => s.doc);
  const { result } = read;
  const names = useMemo(() => propertyNames(result.features), [result.features]);
  const kommunkod = usePlatsen((s) => workspaceOf(s.doc)?.kommunkod);
  const kommuner = useMemo(() => kommunValues(read), [read]);
  const [choices, setChoices] = useState<ImportChoices>(() => defaultChoices(read, kommunkod));
  const plan = useMemo(() => previewPlan(doc, read, choices), [doc, read, choices]);
  const ready = readiness(read, plan, choices);
  const candidates = useMemo(() => repairCandidates(read, plan), [read, plan]);
  const repaired = result.problems.filter((p) => p.code === 'repair.note.repaired').length;
  const problems = useMemo(() => [...result.problems, ...plan.problems].sort((a, b) => a.featureIndex - b.featureIndex), [result.problems, plan.problems]);

  useEffect(() => showImportPreview(result.features), [result.features]);

  const { crs } = result;
  const setTarget = (target: ImportTarget) => setChoices((c) => ({ ...c, target }));
  return (
    <div className="import-preview">
      <dl className="import-facts">
        <dt>{t('importExport.import.format')}</dt><dd>{t(`io.format.${result.format}`)}</dd>
        <dt>{t('importExport.import.crs')}</dt>
        <dd>{crs.label}: {t(`io.crs.source.${crs.source}`)}{crs.swapApplied ? ` ${t('importExport.import.swapApplied')}` : ''}</dd>
      </dl>
      {result.layers && result.layers.length > 1 && (
        <LayerPicker layers={result.layers} layer={result.layer ?? ''} onChoose={(layer) => onRerun({ ...choice, layer })} />
      )}
      {crs.source === 'guessed' && isKnownCrs(crs.crs) && (
        <div role="alert" className="import-warning">
          <p>{t('importExport.import.crsGuessed')}</p>
          <CrsPicker candidates={[crs.crs, ...CRS_CODES.filter((c) => c !== crs.crs)]} initial={crs.crs} onChoose={(code) => onRerun({ ...choice, crs: code })} />
        </div>
      )}
      {crs.swapSuspected && choice.swapAxes === undefined && (
        <div role="alert" className="import-warning">
          <p>{t('io.crs.swapSuspected')}</p>
          <button type="button" onClick={() => onRerun({ ...choice, swapAxes: true })}>{t('importExport.import.swap')}</button>
          <button type="button" onClick={() => onRerun({ ...choice, swapAxes: false })}>{t('importExport.import.keepOrder')}</button>
        </div>
      )}
      <fieldset className="import-target">
        <legend>{t('importExport.import.target')}</legend>
        {(['areas', 'division', 'investments'] as const).map((target) => (
          <label key={target}>
            <input type="radio" name="import-target" checked={choices.target === target} onChange={() => setTarget(target)} />
            {t(`importExport.import.target.${target}`)}
          </label>
        ))}
      </fieldset>
      {choices.target === 'division'
        ? <DivisionFields names={names} kommuner={kommuner} choice={choices.division} onChange={(division) => setChoices((c) => ({ ...c, division }))} />
        : <FieldMappingForm target={choices.target} names={names} mapping={choices.mapping} defaultKind={choices.defaultKind}
          onChange={(mapping, defaultKind) => setChoices((c) => ({ ...c, mapping, defaultKind }))} />}
      <p role="status">{t('importExport.import.counts', { total: result.counts.total, importable: ready.importable, refused: ready.refused, notes: problems.length - ready.refused })}</p>
      {repaired > 0 && <p role="status" className="hint">{t('repair.applied', { n: repaired })}</p>}
      {candidates.length > 0 && (
        <RepairPanel key={repaired} candidates={candidates} nameField={choices.mapping.name}
          onApply={(repairs) => onRepaired(applyRepairs(read, repairs))} />
      )}
      {ready.refused > 0 && (
        <label className="import-only-valid">
          <input type="checkbox" checked={choices.onlyValid} disabled={ready.importable === 0}
            onChange={(e) => setChoices((c) => ({ ...c, onlyValid: e.target.checked }))} />
          {t('importExport.import.onlyValid', { n: ready.importable })}
        </label>
      )}
      {ready.needsConfirmation && <p className="hint">{t('importExport.import.confirmFirst')}</p>}
      <div className="import-actions">
        <button type="button" className="primary" disabled={!ready.enabled} onClick={() => onImport(importArgs(read, choices), ready.importable)}>
          {t(`importExport.import.submit.${choices.target}`, { n: ready.importable })}
        </button>
      </div>
      <ProblemTable problems={problems} />
      <FeatureTable read={read} nameField={choices.mapping.name} />
    </div>
  );
}
