/**
 * The claim card: who said what, with which stance, when, and the source sentence with the
 * evidence span highlighted. All text is rendered as text (never as HTML).
 */
import type { ClaimDetail } from '../../server/api-types.js';
import { api } from '../api.js';
import { formatPartialDate } from '../dates.js';
import { href } from '../router.js';
import { StanceBadge } from '../stance.js';
import { useAsync } from '../use-async.js';
import { Loaded } from './common.js';

export function ClaimCard({ id, onClose }: { id: string; onClose?: () => void }) {
  const state = useAsync(() => api.claim(id), [id]);
  return (
    <article class="claim-card" aria-label="Claim" data-claim-card={id}>
      {onClose && <button type="button" class="close" onClick={onClose} aria-label="Close the claim card">×</button>}
      <Loaded state={state}>{(claim) => <ClaimDetails claim={claim} />}</Loaded>
    </article>
  );
}

function ClaimDetails({ claim }: { claim: ClaimDetail }) {
  const { speaker } = claim;
  return (
    <>
      <header>
        <StanceBadge stance={claim.stance} />
        <h3 class="speaker">{speaker.name}</h3>
      </header>
      <dl class="facts">
        {speaker.role && <><dt>Role</dt><dd>{speaker.role}</dd></>}
        <dt>Affiliation</dt><dd>{speaker.affiliation ?? <span class="muted">none</span>} <span class="muted">({speaker.type})</span></dd>
        <dt>Proposition</dt>
        <dd>
          {claim.propositionRef
            ? <a href={href.proposition(claim.propositionRef.id, claim.id)}>{claim.propositionRef.label}</a>
            : <span class="muted">none (quote outside the tracked events)</span>}
          {claim.proposition?.mode && <span class="muted"> · {claim.proposition.mode}</span>}
        </dd>
        <dt>Said on</dt>
        <dd>{claim.saidOn ? `${claim.saidOnRelation === 'before' ? 'before ' : ''}${formatPartialDate(claim.saidOn)}` : <span class="muted">not stated</span>}</dd>
        <dt>Published</dt><dd>{formatPartialDate(claim.doc.published)}</dd>
      </dl>
      <blockquote class="evidence" lang={claim.doc.language}>
        <Evidence claim={claim} />
      </blockquote>
      <p class="source">
        <a href={href.document(claim.doc.id, claim.id)}>{claim.doc.title ?? claim.doc.name}</a>
        <span class="muted"> · {claim.doc.name}</span>
      </p>
      {claim.explanation.rules.length > 0 && (
        <details class="explanation">
          <summary>Why this claim</summary>
          {claim.explanation.cue && <p>Cue: <q>{claim.explanation.cue.text}</q></p>}
          <ul>{claim.explanation.rules.map((rule, index) => <li key={index}><code>{rule}</code></li>)}</ul>
        </details>
      )}
    </>
  );
}

/** The source sentence with the evidence span marked. */
function Evidence({ claim }: { claim: ClaimDetail }) {
  const { context } = claim;
  const start = Math.max(0, claim.start - context.start);
  const end = Math.min(context.text.length, claim.end - context.start);
  return (
    <>
      {context.text.slice(0, start)}
      <mark class={`evidence-span stance-${claim.stance}`}>{context.text.slice(start, end)}</mark>
      {context.text.slice(end)}
    </>
  );
}
