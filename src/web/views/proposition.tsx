/**
 * Timeline view of one proposition: the chart, the shifts it shows, every claim in order, and the
 * card of the selected claim.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LedgerClaim, PropositionDetail, ShiftView } from '../../server/api-types.js';
import { api } from '../api.js';
import { formatPartialDate } from '../dates.js';
import { href } from '../router.js';
import { StanceBadge, StanceLegend } from '../stance.js';
import { useAsync } from '../use-async.js';
import { ClaimCard } from './claim-card.js';
import { Empty, Loaded, plural } from './common.js';
import { SHIFT_STYLE, TimelineChart } from './timeline-chart.js';

export function PropositionView({ id, claim }: { id: string; claim: string | null }) {
  const state = useAsync(() => api.proposition(id), [id]);
  const [selected, setSelected] = useState<string | null>(claim);
  useEffect(() => setSelected(claim), [claim]);
  const select = (claimId: string | null) => {
    setSelected(claimId);
    // Keep the selection in the address (linkable) without adding a history entry per click.
    history.replaceState(null, '', href.proposition(id, claimId ?? undefined));
  };
  return (
    <section class="view proposition-view">
      <p class="breadcrumb"><a href={href.propositions()}>← Propositions</a></p>
      <Loaded state={state}>{(detail) => <Detail detail={detail} selected={selected} onSelect={select} />}</Loaded>
    </section>
  );
}

function Detail({ detail, selected, onSelect }: {
  detail: PropositionDetail; selected: string | null; onSelect: (claim: string | null) => void;
}) {
  const { summary } = detail;
  const [focusedShift, setFocusedShift] = useState<number | null>(null);
  return (
    <>
      <div class="view-header">
        <h1>{summary.label}</h1>
        <p class="muted">
          {plural(summary.claims, 'claim')} · {summary.parties.join(', ')} · {formatPartialDate(summary.first)}
          {summary.last !== summary.first && ` – ${formatPartialDate(summary.last)}`}
        </p>
      </div>
      <div class="with-panel">
        <div class="main-column">
          <StanceLegend />
          {detail.lanes.length > 0
            ? <TimelineChart lanes={detail.lanes} shifts={detail.shifts} selected={selected} onSelect={onSelect} focusedShift={focusedShift} />
            : <Empty>None of these claims has a date, so there is nothing to place on a time axis.</Empty>}
          {detail.lanes.length > 0 && detail.undated.length > 0 && (
            <p class="muted note">{plural(detail.undated.length, 'undated claim')} (no date said, no publication date) listed below but not drawn.</p>
          )}
          {detail.shifts.length > 0 && <ShiftList shifts={detail.shifts} onSelect={onSelect} onFocus={setFocusedShift} />}
          <ClaimTable claims={detail.claims} undated={detail.undated} selected={selected} onSelect={onSelect} />
        </div>
        <aside class="panel" aria-label="Selected claim">
          {selected
            ? <ClaimCard id={selected} onClose={() => onSelect(null)} />
            : <p class="muted panel-hint">Click a mark on the timeline or a claim below to see its source.</p>}
        </aside>
      </div>
    </>
  );
}

/** The shifts in words; hovering or focusing one brings it forward on the chart. */
function ShiftList({ shifts, onSelect, onFocus }: {
  shifts: ShiftView[]; onSelect: (claim: string) => void; onFocus: (index: number | null) => void;
}) {
  return (
    <section class="shifts">
      <h2>Shifts</h2>
      <ul>
        {shifts.map((shift, index) => (
          <li
            key={index} data-shift-item={shift.kind} onMouseEnter={() => onFocus(index)} onMouseLeave={() => onFocus(null)}
            onFocusIn={() => onFocus(index)} onFocusOut={() => onFocus(null)}
          >
            <span class="shift-kind" data-kind={shift.kind}>
              <svg width="20" height="8" aria-hidden="true">
                <line x1="1" x2="19" y1="4" y2="4" stroke={SHIFT_STYLE[shift.kind].color} stroke-width="2.5" stroke-dasharray={SHIFT_STYLE[shift.kind].dash || undefined} />
              </svg>
              {SHIFT_STYLE[shift.kind].label}
            </span>
            <button type="button" class="link" onClick={() => onSelect(shift.claims[shift.claims.length - 1])}>{shift.summary}</button>
            <span class="muted"> · {shift.date}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ClaimTable({ claims, undated, selected, onSelect }: {
  claims: LedgerClaim[]; undated: string[]; selected: string | null; onSelect: (claim: string) => void;
}) {
  const undatedSet = new Set(undated);
  return (
    <section class="claims">
      <h2>Claims</h2>
      <div class="table-scroll">
        <table>
          <thead><tr><th>Said</th><th>Speaker</th><th>Stance</th><th>Claim</th></tr></thead>
          <tbody>
            {claims.map((claim) => (
              <tr key={claim.id} class={claim.id === selected ? 'selected' : ''} data-claim-row={claim.id}>
                <td class="nowrap">{claimDate(claim, undatedSet.has(claim.id))}</td>
                <td>{claim.speaker.name}{claim.speaker.affiliation && claim.speaker.affiliation !== claim.speaker.name && <span class="muted"> · {claim.speaker.affiliation}</span>}</td>
                <td><StanceBadge stance={claim.stance} /></td>
                <td><button type="button" class="link claim-text" onClick={() => onSelect(claim.id)}>{claim.text}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function claimDate(claim: LedgerClaim, undated: boolean): string {
  if (undated) return 'undated';
  if (claim.saidOn) return `${claim.saidOnRelation === 'before' ? 'before ' : ''}${formatPartialDate(claim.saidOn)}`;
  return `${formatPartialDate(claim.doc.published)} (published)`;
}
