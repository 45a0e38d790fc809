// Publishing from the editor: shows exactly what residents will see (the viewer's own list, from
// the snapshot that will be downloaded), what is included and what is left out, and downloads the
// snapshot file. Publishing takes well under a second even for large workspaces, so there is no
// progress bar or cancel button (ux.md asks for them on long tasks only).
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import { isDomainError } from '../../domain/errors';
import { nowIso } from '../../domain/ids';
import { publishSnapshot, type PublishReport } from '../../domain/publish/snapshot';
import '../../i18n/strings/publish';
import '../../i18n/strings/viewer';
import { hasKey } from '../../i18n/translate';
import { InvestmentList } from '../../viewer/InvestmentList';
import { LangContext } from '../../viewer/words';
import './publish.css';
import { downloadBlob } from '../export-image/download';

/** `platsen-snapshot-2026-11-27.json`, dated in the planner's own time zone. */
export function snapshotFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `platsen-snapshot-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

function Counts({ report }: { report: PublishReport }) {
  const t = useT();
  const out = [
    report.investments.internal > 0 && t('publish.dialog.out.investments', { n: report.investments.internal }),
    report.reviews.notPublic > 0 && t('publish.dialog.out.reviews', { n: report.reviews.notPublic }),
    report.reviews.superseded > 0 && t('publish.dialog.out.superseded', { n: report.reviews.superseded }),
    report.reviews.ofUnpublishedInvestments > 0 && t('publish.dialog.out.unpublished', { n: report.reviews.ofUnpublishedInvestments }),
    report.indicators.notPublic > 0 && t('publish.dialog.out.indicators', { n: report.indicators.notPublic }),
    report.indicators.ofUnpublishedProgrammes > 0 && t('publish.dialog.out.indicatorsWithoutArea', { n: report.indicators.ofUnpublishedProgrammes }),
    report.realisations.notPublic > 0 && t('publish.dialog.out.realisations', { n: report.realisations.notPublic }),
    report.realisations.earlier > 0 && t('publish.dialog.out.realisationsEarlier', { n: report.realisations.earlier }),
    report.realisations.ofUnpublishedInvestments > 0 && t('publish.dialog.out.realisationsUnpublished', { n: report.realisations.ofUnpublishedInvestments }),
    t('publish.report.internalNotes', { count: report.internalNotesLeftOut }),
  ].filter((line): line is string => typeof line === 'string');
  const tables = Object.entries(report.notPublished).map(([table, n]) => (hasKey(`publish.table.${table}`) ? t(`publish.table.${table}`, { n }) : `${n} ${table}`));
  if (tables.length > 0) out.push(t('publish.report.notPublished', { list: tables.join(', ') }));
  return (
    <div className="publish-counts">
      <section>
        <h3>{t('publish.dialog.included')}</h3>
        <ul>
          <li>{t('publish.dialog.in.areas', { n: report.areas.published })}</li>
          <li>{t('publish.dialog.in.investments', { n: report.investments.published })}</li>
          <li>{t('publish.dialog.in.reviews', { n: report.reviews.published })}</li>
          <li>{t('publish.dialog.in.indicators', { n: report.indicators.published })}</li>
          <li>{t('publish.dialog.in.realisations', { n: report.realisations.published })}</li>
        </ul>
      </section>
      <section>
        <h3>{t('publish.dialog.leftOut')}</h3>
        <ul>{out.map((line) => <li key={line}>{line}</li>)}</ul>
      </section>
    </div>
  );
}

export function PublishDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const lang = usePlatsen((s) => s.session.lang);
  const doc = usePlatsen((s) => s.doc);
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [done, setDone] = useState<string | null>(null);
  const result = useMemo(() => {
    try {
      return { ok: true as const, ...publishSnapshot(doc, { now: nowIso() }) };
    } catch (error) {
      if (isDomainError(error)) return { ok: false as const, message: t(error.code, error.params) };
      throw error;
    }
    // Published once per opening: an edit elsewhere while the dialog is open does not change what was previewed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);

  const fileName = result.ok ? snapshotFileName(new Date(result.snapshot.publishedAt)) : '';
  return (
    <dialog ref={ref} className="publish-dialog" aria-labelledby={titleId} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <h2 id={titleId}>{t('publish.dialog.title')}</h2>
      {!result.ok ? <p role="alert">{result.message}</p> : (
        <>
          <p>{t('publish.dialog.intro')}</p>
          {result.report.investments.published === 0 && <p role="note">{t('publish.report.noPublicInvestments')}</p>}
          <Counts report={result.report} />
          {/* The preview scrolls on its own: focusable, so keyboard users can scroll it too. */}
          <section className="publish-preview" aria-labelledby={`${titleId}-preview`} tabIndex={0}>
            <h3 id={`${titleId}-preview`}>{t('publish.dialog.preview')}</h3>
            {result.snapshot.demo && <p role="note">{t('viewer.demo')}</p>}
            <LangContext.Provider value={lang}>
              <InvestmentList snapshot={result.snapshot} investments={result.snapshot.investments} showEmptyAreas headingLevel={3} />
            </LangContext.Provider>
          </section>
          {done && <p role="status">{done}</p>}
        </>
      )}
      <div className="publish-actions">
        {result.ok && (
          <button type="button" className="primary" onClick={() => {
            downloadBlob(new Blob([`${JSON.stringify(result.snapshot)}\n`], { type: 'application/json' }), fileName);
            setDone(t('publish.dialog.downloaded', { file: fileName }));
          }}>
            {t('publish.dialog.download', { file: fileName })}
          </button>
        )}
        <button type="button" onClick={onClose}>{t('publish.dialog.close')}</button>
      </div>
    </dialog>
  );
}

/** For the top bar: opens the publish dialog. */
export function PublishButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">{t('publish.button')}</button>
      {open && <PublishDialog onClose={() => setOpen(false)} />}
    </>
  );
}
