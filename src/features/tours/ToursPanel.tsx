// "Visningar": the facilitator's tours. Create one, open it to build its scenes, or present it.
import { useState, type FormEvent } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { addTour, deleteTour } from '../../domain/commands/tours';
import type { Id } from '../../domain/model';
import { chooseTour } from '../present/present-state';
import { useDispatch } from '../present/use-dispatch';
import { TourEditor } from './TourEditor';

export function ToursPanel() {
  const t = useT();
  const store = usePlatsenStore();
  const dispatch = useDispatch();
  const tours = usePlatsen((s) => s.doc.tours);
  const [title, setTitle] = useState('');
  const [open, setOpen] = useState<Id | null>(null);
  const list = Object.values(tours).sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  const create = async (e: FormEvent) => {
    e.preventDefault();
    const before = new Set(Object.keys(store.getState().doc.tours));
    if (!(await dispatch(addTour, { title }))) return;
    setTitle('');
    setOpen(Object.keys(store.getState().doc.tours).find((id) => !before.has(id)) ?? null);
  };

  const present = (id: Id) => {
    chooseTour(id);
    store.setSession({ mode: 'present' });
  };

  return (
    <section aria-labelledby="tours-title" className="workshop-section">
      <h2 id="tours-title">{t('tours.title')}</h2>
      <p className="subtitle">{t('tours.intro')}</p>
      {list.length === 0 && <p>{t('tours.none')}</p>}
      <ul className="item-list">
        {list.map((tour) => (
          <li key={tour.id} className="tour-item">
            <span className="item-title">{tour.title}{tour.invented && <span className="fictional-badge">{t('investment.fictional')}</span>}</span>
            <span className="item-meta">{t('tours.scenes', { count: tour.scenes.length })}</span>
            <span className="tour-actions">
              <button type="button" aria-expanded={open === tour.id} onClick={() => setOpen(open === tour.id ? null : tour.id)}>
                {t('tours.edit', { title: tour.title })}
              </button>
              <button type="button" disabled={tour.scenes.length === 0} onClick={() => present(tour.id)}>{t('tours.present', { title: tour.title })}</button>
              <button type="button" onClick={() => void dispatch(deleteTour, { id: tour.id })}>{t('tours.delete', { title: tour.title })}</button>
            </span>
            {open === tour.id && <TourEditor tour={tour} />}
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void create(e)} className="inline-form">
        <label>
          {t('tours.newTitle')}
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <button type="submit">{t('tours.create')}</button>
      </form>
    </section>
  );
}
