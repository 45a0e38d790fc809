// Gate reviews in the investment details: the button to assess at the current gate, the form
// (new review or correction) and the history.
import { useMemo, useRef, useState } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import type { GateDef, GateReview, Id } from '../../domain/model';
import { derivePhase } from '../../domain/phase';
import '../../i18n/strings/gates-ui';
import { gatesOf, selectCanEdit, selectDecides } from '../../store/selectors';
import { GateReviewForm } from './GateReviewForm';
import { ReviewTimeline } from './ReviewTimeline';

type Editing = { corrects: GateReview | null } | null;

/** The gate a correction is made at: the corrected review's gate, found by id or by code if it was replaced. */
function gateOfReview(gates: GateDef[], review: GateReview): GateDef {
  return gates.find((g) => g.id === review.gateId) ?? gates.find((g) => g.code === review.gateCode)
    ?? { id: review.gateId, code: review.gateCode, name: { sv: review.gateCode, en: review.gateCode } };
}

export function GateSection({ id }: { id: Id }) {
  const t = useT();
  const allReviews = usePlatsen((s) => s.doc.reviews);
  const gates = usePlatsen((s) => gatesOf(s.doc));
  const asOf = usePlatsen((s) => s.session.asOf);
  const editable = usePlatsen(selectCanEdit);
  // In a shared workspace only those the programme's governance names record a gate decision.
  const decides = usePlatsen((s) => { const inv = s.doc.investments[id]; return inv ? selectDecides(s, inv) : false; });
  const canEdit = editable && decides;
  const reviews = useMemo(() => Object.values(allReviews).filter((r) => r.investmentId === id), [allReviews, id]);
  // Decisions are made today: the gate to assess comes from the whole history, whatever date the map shows.
  const phase = useMemo(() => derivePhase(reviews, gates), [reviews, gates]);
  const [editing, setEditing] = useState<Editing>(null);
  const openerRef = useRef<HTMLHeadingElement>(null);

  const close = () => {
    setEditing(null);
    openerRef.current?.focus();
  };
  const current = gates[phase.gateIndex];
  const canAssess = (phase.status === 'active' || phase.status === 'waiting') && current;

  return (
    <section className="gate-section" aria-labelledby={`gates-${id}`}>
      <h3 id={`gates-${id}`} ref={openerRef} tabIndex={-1}>{t('gateReview.section')}</h3>
      {editing ? (
        <GateReviewForm key={editing.corrects?.id ?? 'new'} investmentId={id} onClose={close}
          gate={editing.corrects ? gateOfReview(gates, editing.corrects) : current!} corrects={editing.corrects ?? undefined} />
      ) : (
        <>
          {asOf && <p className="gate-hint">{t('gateReview.asOfNote')}</p>}
          {editable && !decides && <p className="gate-hint">{t('gateReview.notDecider')}</p>}
          {!canEdit ? null : canAssess
            ? <button type="button" className="primary" onClick={() => setEditing({ corrects: null })}>{t('gateReview.assessAt', { code: current.code })}</button>
            : <p className="gate-hint">{t(phase.status === 'stopped' ? 'gateReview.noAssessStopped' : 'gateReview.noAssessRealised')}</p>}
        </>
      )}
      <h4>{t('timeline.title')}</h4>
      <ReviewTimeline reviews={reviews} onCorrect={editing || !canEdit ? undefined : (r) => setEditing({ corrects: r })} />
    </section>
  );
}
