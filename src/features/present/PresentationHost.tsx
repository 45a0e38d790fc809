// Presentation mode's door: the route #/present (or #/present/<tour id>) and session.mode agree,
// and whatever the tour changed (filter, date, selection) is given back when the room is done.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { usePlatsen, usePlatsenStore } from '../../app/store-context';
import type { Session } from '../../store/session';
import '../../i18n/strings/workshop';
import { PresentOverlay } from './PresentOverlay';
import { chooseTour, leavePresentation, presentState, tourToPresent } from './present-state';

const ROUTE = /^#\/present(?:\/(.+))?$/;

export function PresentationHost() {
  const store = usePlatsenStore();
  const mode = usePlatsen((s) => s.session.mode);
  const saved = useRef<Pick<Session, 'filter' | 'asOf' | 'selection'> | null>(null);

  useEffect(() => {
    const follow = () => {
      const match = ROUTE.exec(location.hash);
      if (match) {
        if (match[1]) chooseTour(decodeURIComponent(match[1]));
        store.setSession({ mode: 'present' });
      } else if (store.getState().session.mode === 'present') {
        leavePresentation(store);
      }
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [store]);

  // Before the first frame in the room: notices from editing stay behind (App shows only later ones).
  useLayoutEffect(() => {
    if (mode === 'present') presentState.setState({ noticeFloor: Math.max(0, ...store.getState().session.notices.map((n) => n.id)) });
  }, [mode, store]);

  useEffect(() => {
    const inRoute = ROUTE.test(location.hash);
    if (mode !== 'present') presentState.setState({ returnMode: mode });
    if (mode === 'present') {
      const { doc, session: { filter, asOf, selection } } = store.getState();
      saved.current = { filter, asOf, selection };
      // Opens on the tour chosen in the panel, or else on the workspace's first.
      const tourId = tourToPresent(doc, presentState.getState().tourId);
      if (tourId !== presentState.getState().tourId) chooseTour(tourId);
      if (!inRoute) history.pushState(null, '', '#/present');
      return () => {
        if (saved.current) store.setSession(saved.current);
      };
    }
    if (inRoute) history.pushState(null, '', `${location.pathname}${location.search}`);
  }, [mode, store]);

  return mode === 'present' ? <PresentOverlay /> : null;
}
