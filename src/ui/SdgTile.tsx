import { sdgColour } from '../domain/sdgs';
import { contrastRatio } from './contrast';

/**
 * One Agenda 2030 goal as its official coloured tile with its number (the name goes beside it as
 * text). The number is white or near-black, whichever reads better on the goal's colour: some
 * official colours (goals 2, 7, 11, 15 …) fail WCAG contrast with white text.
 */
export function SdgTile({ n, muted = false }: { n: number; muted?: boolean }) {
  const background = muted ? undefined : sdgColour(n);
  return (
    <span className="sdg-tile" style={background ? { background, color: readableOn(background) } : undefined} aria-hidden="true">
      {n}
    </span>
  );
}

const DARK = '#1b1f24';

/** White or near-black, whichever has the higher contrast ratio on the background. */
export function readableOn(background: string): string {
  return contrastRatio('#ffffff', background) >= contrastRatio(DARK, background) ? '#ffffff' : DARK;
}
