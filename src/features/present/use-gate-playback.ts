// Plays the gates over time: session.asOf steps a month every 600 ms from the first decision to
// today. Pause keeps the date on screen; stop gives back the date shown before playing.
import { useCallback, useEffect, useRef, useState } from 'react';
import { usePlatsen, usePlatsenStore } from '../../app/store-context';
import type { IsoDate } from '../../domain/model';
import { localToday, monthSteps, playbackSpan } from './gate-playback';

const STEP_MS = 600;

export function useGatePlayback() {
  const store = usePlatsenStore();
  const reviews = usePlatsen((s) => s.doc.reviews);
  const [playing, setPlaying] = useState(false);
  const [step, setStep] = useState<number | null>(null);
  const before = useRef<IsoDate | null>(null);
  const span = playbackSpan(Object.values(reviews).map((r) => r.date), localToday());
  const steps = span ? monthSteps(span[0], span[1]) : [];
  const last = steps.length - 1;

  useEffect(() => {
    if (!playing || step === null) return;
    store.setSession({ asOf: steps[step] ?? null });
    if (step >= last) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => setStep(step + 1), STEP_MS);
    return () => clearTimeout(timer);
    // steps is recomputed each render from the same reviews; its length and the step decide.
  }, [playing, step, last]); // eslint-disable-line react-hooks/exhaustive-deps

  const toggle = useCallback(() => {
    if (steps.length === 0) return;
    if (playing) return setPlaying(false);
    if (step === null || step >= last) {
      before.current = store.getState().session.asOf;
      setStep(0);
    }
    setPlaying(true);
  }, [playing, step, last, steps.length, store]);

  const stop = useCallback(() => {
    if (step === null) return;
    setPlaying(false);
    setStep(null);
    store.setSession({ asOf: before.current });
  }, [step, store]);

  return { playing, active: step !== null, date: step === null ? null : steps[step] ?? null, canPlay: steps.length > 0, toggle, stop };
}
