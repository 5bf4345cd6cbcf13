/**
 * How each stance looks: a colour AND a shape, so marks stay distinguishable without colour
 * (colour-blind readers, greyscale prints).
 */
import { STANCES, type Stance } from '../core/types.js';

export type Shape = 'circle' | 'square' | 'diamond' | 'triangle-up' | 'triangle-down' | 'ring';

export const STANCE_STYLE: Record<Stance, { label: string; color: string; shape: Shape; hint: string }> = {
  asserts: { label: 'asserts', color: '#1d4ed8', shape: 'circle', hint: 'states or assesses it as true' },
  denies: { label: 'denies', color: '#b91c1c', shape: 'square', hint: 'states it is false' },
  no_evidence: { label: 'no evidence', color: '#52525b', shape: 'diamond', hint: 'says there is no evidence either way' },
  admits: { label: 'admits', color: '#7e22ce', shape: 'triangle-up', hint: 'concedes it, against its interest' },
  speculates: { label: 'speculates', color: '#b45309', shape: 'ring', hint: 'says it may or could be so' },
  retracts: { label: 'retracts', color: '#0f766e', shape: 'triangle-down', hint: 'takes back an earlier statement' },
};

/** SVG path of `shape` centred on (x, y), `r` being about half its width. */
export function shapePath(shape: Shape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'circle':
    case 'ring':
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square': {
      const s = r * 0.9;
      return `M${x - s},${y - s}h${2 * s}v${2 * s}h${-2 * s}Z`;
    }
    case 'diamond':
      return `M${x},${y - r * 1.2}L${x + r * 1.2},${y}L${x},${y + r * 1.2}L${x - r * 1.2},${y}Z`;
    case 'triangle-up':
      return `M${x},${y - r * 1.2}L${x + r * 1.15},${y + r * 0.85}L${x - r * 1.15},${y + r * 0.85}Z`;
    case 'triangle-down':
      return `M${x},${y + r * 1.2}L${x + r * 1.15},${y - r * 0.85}L${x - r * 1.15},${y - r * 0.85}Z`;
  }
}

/** A stance's symbol as drawn on the timeline, for badges and the legend. */
export function StanceSymbol({ stance, size = 12 }: { stance: Stance; size?: number }) {
  const { color, shape } = STANCE_STYLE[stance];
  const hollow = shape === 'ring';
  return (
    <svg class="stance-symbol" width={size} height={size} viewBox="-7 -7 14 14" aria-hidden="true">
      <path d={shapePath(shape, 0, 0, 5)} fill={hollow ? '#fff' : color} stroke={color} stroke-width={hollow ? 2.2 : 1} />
    </svg>
  );
}

export function StanceBadge({ stance }: { stance: Stance }) {
  return (
    <span class={`stance-badge stance-${stance}`} title={STANCE_STYLE[stance].hint}>
      <StanceSymbol stance={stance} />
      {STANCE_STYLE[stance].label}
    </span>
  );
}

export function StanceLegend() {
  return (
    <ul class="legend" aria-label="Stances">
      {STANCES.map((stance) => (
        <li key={stance} title={STANCE_STYLE[stance].hint}><StanceSymbol stance={stance} /> {STANCE_STYLE[stance].label}</li>
      ))}
    </ul>
  );
}
