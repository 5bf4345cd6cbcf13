/** Who spoke: each speaker with the party they speak for, how much they said and on what. */
import type { LedgerClaim, PartialDate, SpeakerType, Stance } from '../core/types.js';
import { claimWhen, sortChronologically } from './chronology.js';
import { partyOf, propositionId, propositionLabel, slug, unique } from './propositions.js';

export interface ActorSummary {
  name: string;
  type: SpeakerType;
  affiliation: string | null;
  roles: string[];
  claims: number;
  stances: Partial<Record<Stance, number>>;
  /** Propositions spoken on, most claims first. */
  propositions: { id: string; label: string; claims: number }[];
  /** Claims without a proposition (quotes outside the tracked event types). */
  unscopedClaims: number;
  first: PartialDate | null;
  last: PartialDate | null;
}

/** One summary per speaker (same name and party, compared without case or accents), most claims first. */
export function summariseActors(claims: readonly LedgerClaim[]): ActorSummary[] {
  const bySpeaker = new Map<string, LedgerClaim[]>();
  for (const claim of sortChronologically(claims)) {
    const key = `${slug(claim.speaker.name)}|${slug(partyOf(claim))}`;
    const list = bySpeaker.get(key);
    if (list) list.push(claim);
    else bySpeaker.set(key, [claim]);
  }
  return [...bySpeaker.values()]
    .map(summarise)
    .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}

function summarise(claims: LedgerClaim[]): ActorSummary {
  const { speaker } = claims[0];
  const stances: Partial<Record<Stance, number>> = {};
  const propositions = new Map<string, { id: string; label: string; claims: number }>();
  for (const claim of claims) {
    stances[claim.stance] = (stances[claim.stance] ?? 0) + 1;
    if (!claim.proposition) continue;
    const id = propositionId(claim.proposition);
    const entry = propositions.get(id) ?? { id, label: propositionLabel(claim.proposition), claims: 0 };
    entry.claims++;
    propositions.set(id, entry);
  }
  const dates = claims.map((claim) => claimWhen(claim).date).filter((date): date is string => date !== null);
  return {
    name: speaker.name,
    type: speaker.type,
    affiliation: speaker.affiliation,
    roles: unique(claims.map((claim) => claim.speaker.role).filter((role): role is string => Boolean(role))),
    claims: claims.length,
    stances,
    propositions: [...propositions.values()].sort((a, b) => b.claims - a.claims),
    unscopedClaims: claims.filter((claim) => !claim.proposition).length,
    first: dates[0] ?? null,
    last: dates.at(-1) ?? null,
  };
}
