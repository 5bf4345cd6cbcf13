import type { Command } from 'commander';
import type { AnalysedDocument, Claim } from '../../core/types.js';
import { addJsonOption, dbOption, formatProposition, markSpans, printJson, withExistingLedger, type Mark } from '../support.js';
import { findDocument } from './show.js';

export function registerExplain(program: Command): void {
  addJsonOption(program.command('explain')
    .description('show, for each claim of a document, its evidence and the rules that produced it')
    .argument('<doc>', 'document id, id prefix or name')
    .addOption(dbOption()))
    .action((ref: string, options: { db: string; json?: boolean }) => withExistingLedger(options.db, (ledger) => {
      const doc = findDocument(ledger, ref);
      if (options.json) printJson(doc.claims.map((claim) => ({ ...claim, evidence: markedEvidence(doc, claim) })));
      else process.stdout.write(renderExplanations(doc));
    }));
}

function renderExplanations(doc: AnalysedDocument): string {
  const title = `${doc.meta.title ?? doc.name} (${doc.id})\nMarks: ⟦cue⟧ ⟨speaker⟩ [content]\n`;
  if (doc.claims.length === 0) return `${title}\nNo claims.\n`;
  return title + doc.claims.map((claim, i) => {
    const { speaker, explanation } = claim;
    const speakerFacts = [speaker.type, speaker.affiliation, speaker.role].filter(Boolean).join(', ');
    return [
      `\n#${i + 1}  ${markedEvidence(doc, claim)}`,
      `    speaker:      ${speaker.name} (${speakerFacts})`,
      `    stance:       ${claim.stance}`,
      `    proposition:  ${formatProposition(claim.proposition)}`,
      `    said on:      ${claim.saidOn ? `${claim.saidOnRelation === 'before' ? 'before ' : ''}${claim.saidOn}` : '-'}`,
      `    rules:        ${explanation.rules.join(', ') || '-'}`,
    ].join('\n');
  }).join('\n') + '\n';
}

/** The claim's sentence (widened to the cue, speaker and content) with the three spans marked. */
function markedEvidence(doc: AnalysedDocument, claim: Claim): string {
  const { cue, speakerMention } = claim.explanation;
  const sentence = doc.sentences[claim.sentence] ?? claim;
  const spans = [sentence, claim, cue, speakerMention].filter((span) => span !== null);
  const marks: Mark[] = [{ start: claim.start, end: claim.end, open: '[', close: ']' }];
  if (cue) marks.push({ start: cue.start, end: cue.end, open: '⟦', close: '⟧' });
  if (speakerMention) marks.push({ start: speakerMention.start, end: speakerMention.end, open: '⟨', close: '⟩' });
  const from = Math.min(...spans.map((span) => span.start));
  const to = Math.max(...spans.map((span) => span.end));
  return markSpans(doc.text, marks, from, to).replace(/\s+/g, ' ').trim();
}
