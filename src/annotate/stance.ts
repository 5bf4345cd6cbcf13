/**
 * Stance: what the speaker commits to about the proposition. The reporting verb sets the default
 * (nier -> denies, admettre -> admits, suggérer -> speculates); the content can override it: a lack
 * of evidence ("aucune preuve") is no_evidence whatever the verb, a modal ("pourrait") speculates,
 * a negated predicate or calling the reports false denies; only a party to the proposition admits
 * it, and without an admitting verb only a party accused of it. The French conditionnel
 * journalistique ("aurait fourni") hedges the reporter's voice, not the speaker's, so it changes
 * nothing here.
 */
import type { Proposition, Stance } from '../core/types.js';
import type { ClaimLexicon, ReportClass } from '../lang/types.js';

export interface StanceReading {
  stance: Stance;
  rule: string;
}

/** What the caller has already read in the content with the lexicon's `noEvidence`, `calledFalse`, `condemnedClaim` and `evidenceChallenge` patterns. */
export interface ContentReading {
  lacksEvidence: boolean;
  /** The speaker weighs whether to do the act to come itself ("is examining whether it could supply", « examinait si elle pouvait livrer »). */
  weighsOwnAct: boolean;
  calledFalse: boolean;
  /** A condemning verb's object is a claim ("denounced the allegations"). */
  condemnsClaim: boolean;
  /** The event describes its items ("les armes livrées par la France ne changeront rien"): a modal or negation is about something else. */
  eventPresupposed: boolean;
  /** The text so far accuses the proposition's actor of it: only then is the actor's own statement an admission. */
  actorAccused: boolean;
  /** The content says the recipient made the items itself ("the drones were Russian-made"). */
  madeByRecipient: boolean;
  /** The content says what was said is not false ("These are not rumours", « Ce ne sont pas des mensonges »), or that a denial of it is. */
  deniedFalse: boolean;
  /** The report warns someone against the act ("warned Tehran against sending missiles"): it fears the act, it does not state it. */
  warnedAgainst: boolean;
  /** A third party calls a party's own denial or admission a lie (« Kiev a dénoncé un mensonge »): what it answered is so. */
  beliesParty: boolean;
  /** The content dares others to show evidence (the lexicon's `evidenceChallenge`): it denies what they would show. */
  challengesEvidence: boolean;
  /** The content demands the act rather than telling it ("China must not deliver weapons", the lexicon's `demand`). */
  demands: boolean;
}

/** The content's predicate is negated, in its verb group or by its subject's determiner ("No drones were sent"). */
function negated(content: string, lex: ClaimLexicon): boolean {
  return lex.negation.test(content) || (lex.negatedContentSubject?.test(content) ?? false);
}

export function readStance(
  cls: ReportClass, content: string, read: ContentReading, lex: ClaimLexicon, speakerCountry: string | null, proposition: Proposition | null,
): StanceReading {
  if (cls === 'retract') return { stance: 'retracts', rule: 'stance:retract-verb' };
  // What ought to happen is no word on what does: the demand's negation denies nothing.
  if (read.demands) return { stance: 'asserts', rule: 'stance:demand' };
  if (read.beliesParty) return { stance: 'asserts', rule: 'stance:calls-party-liar' };
  if (read.weighsOwnAct) return { stance: 'speculates', rule: 'stance:own-act-weighed' };
  if (read.lacksEvidence) return { stance: 'no_evidence', rule: 'stance:no-evidence' };
  if (read.challengesEvidence) return { stance: 'denies', rule: 'stance:evidence-challenge' };
  if (cls === 'deny') {
    // "rejected the statements that Iran was not supplying arms", "dismissed Tehran's denials": denying a denial asserts.
    if (read.deniedFalse) return { stance: 'asserts', rule: 'stance:deny-verb+denial' };
    return negated(content, lex) ? { stance: 'asserts', rule: 'stance:deny-verb+negation' } : { stance: 'denies', rule: 'stance:deny-verb' };
  }
  if (read.calledFalse) return { stance: 'denies', rule: 'stance:called-false' };
  if (read.condemnsClaim) return { stance: 'denies', rule: 'stance:condemned-claim' };
  if (read.madeByRecipient && !negated(content, lex)) return { stance: 'denies', rule: 'stance:made-by-recipient' };
  if (cls === 'admit') {
    if (negated(content, lex)) return { stance: 'denies', rule: 'stance:admit-verb+negation' };
    // Only a party concedes: a third country's official who "acknowledged" that Iran sent troops asserts it.
    const thirdParty = proposition && speakerCountry && speakerCountry !== proposition.actor && speakerCountry !== proposition.recipient;
    return thirdParty ? { stance: 'asserts', rule: 'stance:admit-verb+third-party' } : { stance: 'admits', rule: 'stance:admit-verb' };
  }
  if (cls === 'suggest' || cls === 'concern') return { stance: 'speculates', rule: `stance:${cls}-verb` };
  if (read.warnedAgainst) return { stance: 'speculates', rule: 'stance:warned-against' };
  if (read.eventPresupposed) return { stance: 'asserts', rule: 'stance:presupposed-event' };
  // "This cannot be tolerated" condemns the act: neither its modal nor its negation is about whether it happened.
  if (lex.negatedApproval.test(content)) return { stance: 'asserts', rule: 'stance:negated-approval' };
  if (lex.speculation.test(content)) return { stance: 'speculates', rule: 'stance:modal' };
  if (read.deniedFalse) return { stance: 'asserts', rule: 'stance:not-false' };
  if (lex.negatedDoubt.test(content)) return { stance: 'asserts', rule: 'stance:no-doubt' };
  if (lex.negatedCessation.test(content)) return { stance: 'asserts', rule: 'stance:never-stopped' };
  if (negated(content, lex)) return { stance: 'denies', rule: 'stance:negation' };
  // "Iran considers providing military assistance to the parties to be inhumane": its would-be actor rules it out.
  if (proposition && speakerCountry === proposition.actor && lex.condemnedAct.test(content)) return { stance: 'denies', rule: 'stance:act-condemned' };
  // A party stating, against its interest, that it did what it is accused of, admits it; announcing what
  // nobody accused it of ("le Royaume-Uni s'est engagé à livrer des missiles à l'Ukraine") asserts it.
  const party = proposition !== null && speakerCountry !== null && (speakerCountry === proposition.actor || speakerCountry === proposition.recipient);
  // "the claims were “a fairy tale”", "these allegations serve the war party": a party judging what is said of its
  // dealings, in words no lexicon lists, dismisses it rather than conceding it.
  if (read.actorAccused && party && lex.condemnedClaim.test(content)) return { stance: 'denies', rule: 'stance:accused-judges-claims' };
  if (read.actorAccused && proposition && speakerCountry && speakerCountry === proposition.actor && proposition.type !== 'produce') {
    return { stance: 'admits', rule: 'stance:own-action' };
  }
  return { stance: 'asserts', rule: `stance:${cls}-verb` };
}
