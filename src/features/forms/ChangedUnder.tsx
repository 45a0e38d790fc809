import { useT } from '../../app/store-context';
import type { FieldPath } from '../../domain/patch';
import { fieldLabel } from '../history/describe-change';

export interface ChangedUnderProps {
  changedUnder: FieldPath[];
  clashes: FieldPath[];
  /** The label of a form field; defaults to the record field's own label. */
  labelOf?: (path: FieldPath) => string;
}

/** Says which fields changed elsewhere while the form was open, and where the user's value stands against theirs. */
export function ChangedUnder({ changedUnder, clashes, labelOf }: ChangedUnderProps) {
  const t = useT();
  if (!changedUnder.length) return null;
  const label = labelOf ?? ((p: FieldPath) => fieldLabel(t, p));
  const names = (paths: FieldPath[]) => [...new Set(paths.map(label))].join(', ');
  return (
    <div className="changed-under" role="status">
      <p>{t('form.changedUnder', { fields: names(changedUnder) })}</p>
      {clashes.length > 0 && <p>{t('form.changedUnderBoth', { fields: names(clashes) })}</p>}
    </div>
  );
}
