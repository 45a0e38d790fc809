import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate';
import '../../i18n/strings/areas-ui';
import { drawHint } from './draw-hints';

const say = (n: number, lang: 'sv' | 'en' = 'sv') => {
  const h = drawHint(n);
  return translate(lang, h.key, h.params);
};

describe('the drawing hint', () => {
  it('asks for the first corner, then for more until three, then how to finish', () => {
    expect(say(0)).toBe('Klicka i kartan för att sätta första hörnet.');
    expect(say(2)).toBe('2 av minst tre hörn satta. Klicka för att sätta nästa hörn.');
    expect(say(3)).toBe('3 hörn satta. Klicka på första hörnet eller tryck Enter för att avsluta.');
    expect(say(1, 'en')).toBe('1 of at least three corners placed. Click to place the next corner.');
  });
});
