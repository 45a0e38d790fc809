// A text field that edits a saved value as one step: typing changes only the field, leaving it
// (or Enter in a one-line field) commits, so undo takes back a whole field edit, not a keystroke.
// When the saved value changes underneath (undo, another tab): an untouched field shows it; a field
// the user is changing keeps the user's text, says what the value is now, and commits only if the
// user's text differs from what it started from.
import { useId, useState, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useT } from '../../app/store-context';

type Common = { value: string; onCommit: (value: string) => void };
type Props = Common & (
  | ({ multiline: true } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'onBlur'>)
  | ({ multiline?: false } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onBlur'>)
);

export function CommitField({ value, onCommit, ...rest }: Props) {
  const t = useT();
  const hintId = useId();
  // `sent`: the text last committed, whose saved form (trimmed, cleaned) comes back as a new value.
  const [state, setState] = useState({ base: value, draft: value, sent: null as string | null, changedUnder: false });
  let { base, draft, changedUnder } = state;
  if (value !== base) {
    changedUnder = draft !== base && draft !== state.sent;
    draft = changedUnder ? draft : value;
    base = value;
    setState({ base, draft, sent: null, changedUnder });
  }
  const setDraft = (next: string) => setState((s) => ({ ...s, draft: next, changedUnder: s.changedUnder && next !== s.base }));
  const commit = () => {
    if (draft === base) return;
    setState((s) => ({ ...s, sent: draft }));
    onCommit(draft);
  };
  // The user's text against a value changed since they began: say so next to the field.
  const clash = changedUnder && draft !== base;
  const described = clash ? { 'aria-describedby': hintId } : {};
  const hint = clash && <span id={hintId} className="hint changed-under-field">{t('form.fieldNow', { value: base })}</span>;
  if (rest.multiline) {
    const { multiline: _, ...attrs } = rest;
    return <>{<textarea {...attrs} {...described} value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit} />}{hint}</>;
  }
  const { multiline: _, ...attrs } = rest;
  return (
    <>
      <input type="text" {...attrs} {...described} value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(base);
        }} />
      {hint}
    </>
  );
}
