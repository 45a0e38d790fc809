// A text field that edits a saved value as one step: typing changes only the field, leaving it
// (or Enter in a one-line field) commits, so undo takes back a whole field edit, not a keystroke.
import { useState, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';

type Common = { value: string; onCommit: (value: string) => void };
type Props = Common & (
  | ({ multiline: true } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'onBlur'>)
  | ({ multiline?: false } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onBlur'>)
);

export function CommitField({ value, onCommit, ...rest }: Props) {
  const [draft, setDraft] = useState(value);
  const [base, setBase] = useState(value);
  // The saved value changed underneath (undo, another tab): show it, dropping the unsaved draft.
  if (value !== base) {
    setBase(value);
    setDraft(value);
  }
  const commit = () => { if (draft !== value) onCommit(draft); };
  if (rest.multiline) {
    const { multiline: _, ...attrs } = rest;
    return <textarea {...attrs} value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit} />;
  }
  const { multiline: _, ...attrs } = rest;
  return (
    <input type="text" {...attrs} value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(value);
      }} />
  );
}
