import { describe, expect, it } from 'vitest';
import type { Area, ReferenceDivision } from '../model';
import { rect, testArea } from '../test-kit';
import { areaAttribution } from './attribution';

const adopted = (id: string, layer: string): Area => ({ ...testArea(id, id, rect(0, 0, 1, 1)), source: { type: 'adopted', layer, codes: ['x'] } });
const division = { id: 'div_1', name: 'Basområden', attribution: 'Göteborgs Stad (CC0)' } as ReferenceDivision;

describe('credits for the areas\' boundaries', () => {
  it('name a bundled layer\'s owner and a division imported from a file, once each; an unknown layer gives none', () => {
    const areas = [adopted('a', 'malmo-deso'), adopted('b', 'div_1'), adopted('c', 'div_1'), adopted('d', 'div_gone'), testArea('e', 'e', rect(0, 0, 1, 1))];
    expect(areaAttribution(areas, { div_1: division })).toEqual(['Göteborgs Stad (CC0)', 'Källa: SCB (CC0)']);
  });
});
