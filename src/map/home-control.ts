// A map button that shows the whole workspace (its areas and investments) in the clear part of the
// view: the way back from any zoom or pan in one click. A MapLibre control, so it sits with the
// zoom buttons and is reached by keyboard in their order.
import type { IControl, Map as MaplibreMap } from 'maplibre-gl';

const SVG_NS = 'http://www.w3.org/2000/svg';

export class HomeControl implements IControl {
  private container: HTMLElement | null = null;

  constructor(private readonly label: string, private readonly goHome: () => void) {}

  onAdd(map: MaplibreMap): HTMLElement {
    const container = map.getContainer().ownerDocument.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = container.ownerDocument.createElement('button');
    button.type = 'button';
    button.className = 'platsen-home-button';
    button.title = this.label;
    button.setAttribute('aria-label', this.label);
    // A house, drawn as a path so it needs no icon font or image request.
    const svg = container.ownerDocument.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 20 20');
    svg.setAttribute('width', '18');
    svg.setAttribute('height', '18');
    svg.setAttribute('aria-hidden', 'true');
    const path = container.ownerDocument.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', 'M10 3 2 10h2.5v7h4.5v-4.5h2V17h4.5v-7H18z');
    path.setAttribute('fill', 'currentColor');
    svg.append(path);
    button.append(svg);
    button.addEventListener('click', () => this.goHome());
    container.append(button);
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = null;
  }
}
