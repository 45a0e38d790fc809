// Workshop notes, quick to add in a meeting: choose a category, click the map (or keep the map's
// centre), type, Enter. Listed by category; internal unless someone ticks "publish".
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { addNote, deleteNote, updateNote } from '../../domain/commands/notes';
import type { NoteCategory, WorkshopNote } from '../../domain/model';
import { NOTE_CATEGORIES } from '../../domain/model';
import { getMap } from '../../map/map-registry';
import { useDispatch } from '../present/use-dispatch';
import { NoteIcon } from './NoteIcon';
import { usePickOnMap } from './use-pick-on-map';

export function NotesPanel() {
  const t = useT();
  const store = usePlatsenStore();
  const dispatch = useDispatch();
  const notes = usePlatsen((s) => s.doc.notes);
  const [category, setCategory] = useState<NoteCategory>('proud');
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<[number, number] | null>(null);
  const [status, setStatus] = useState('');
  const textRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const { picking, start, cancel } = usePickOnMap((lngLat) => {
    setPicked(lngLat);
    textRef.current?.focus();
  });
  useEffect(() => () => cancel(), [cancel]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const centre = getMap()?.getCenter();
    const position: [number, number] | null = picked ?? (centre ? [centre.lng, centre.lat] : null);
    const selection = store.getState().session.selection;
    const areaId = selection?.type === 'area' && selection.ids.length === 1 ? selection.ids[0]! : null;
    if (!(await dispatch(addNote, { category, text, position, areaId }))) return;
    setText('');
    setPicked(null);
    setStatus(t('notes.added'));
  };

  const byCategory = (c: NoteCategory): WorkshopNote[] =>
    Object.values(notes).filter((n) => n.category === c).sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  return (
    <section aria-labelledby={`${id}-title`} className="workshop-section">
      <h2 id={`${id}-title`}>{t('notes.title')}</h2>
      <p className="subtitle">{t('notes.internal')}</p>
      <form onSubmit={(e) => void submit(e)} className="note-form">
        <label>
          {t('notes.category')}
          <select value={category} onChange={(e) => setCategory(e.target.value as NoteCategory)}>
            {NOTE_CATEGORIES.map((c) => <option key={c} value={c}>{t(`notes.category.${c}`)}</option>)}
          </select>
        </label>
        <button type="button" aria-pressed={picking} onClick={picking ? cancel : start}>{t('notes.pick')}</button>
        <p className="item-meta" aria-live="polite">{picking ? t('notes.picking') : t(picked ? 'notes.atPicked' : 'notes.atCentre')}</p>
        <label>
          {t('notes.text')}
          <input ref={textRef} value={text} onChange={(e) => setText(e.target.value)} maxLength={1000} />
        </label>
        <button type="submit">{t('notes.add')}</button>
        <p role="status" className="visually-hidden">{status}</p>
      </form>
      {Object.keys(notes).length === 0 && <p>{t('notes.none')}</p>}
      {NOTE_CATEGORIES.map((c) => {
        const list = byCategory(c);
        if (list.length === 0) return null;
        return (
          <div key={c} className="note-group">
            <h3><NoteIcon category={c} size={20} /> {t(`notes.category.${c}`)}</h3>
            <ul className="item-list">
              {list.map((note) => (
                <li key={note.id} className="note-item">
                  <span className="prose">{note.text}{note.invented && <span className="fictional-badge">{t('investment.fictional')}</span>}</span>
                  <label>
                    <input type="checkbox" checked={note.public} onChange={(e) => void dispatch(updateNote, { id: note.id, changes: { public: e.target.checked } })} />
                    {t('notes.public')}
                  </label>
                  <button type="button" onClick={() => void dispatch(deleteNote, { id: note.id })}>{t('notes.delete', { text: note.text })}</button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
