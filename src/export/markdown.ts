/** A readable Markdown report: shifts, then one dated table per proposition with quotes and sources. */
import type { LedgerClaim } from '../core/types.js';
import { claimWhen, formatWhen, partyOf, STANCE_SYMBOLS, type LedgerReport, type Shift } from '../analyse/index.js';

/**
 * Article text is data, never markup: `&`, `<` and `>` become entities (so no raw HTML reaches a
 * renderer), and Markdown's own punctuation (pipes, backticks, emphasis, links) is backslash-escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export function reportToMarkdown(report: LedgerReport): string {
  const lines = [
    '# Claims report',
    '',
    `${report.claims.length} claims, ${report.propositions.length} propositions, ${report.shifts.length} shifts.`,
    '',
    '## Shifts',
    '',
    ...(report.shifts.length > 0 ? report.shifts.map(shiftLine) : ['None detected.']),
    '',
    '## Propositions',
  ];
  for (const proposition of report.propositions) {
    lines.push('', `### ${escapeMarkdown(proposition.label)}`, '',
      `\`${proposition.id}\` · parties: ${escapeMarkdown(proposition.parties.join(', '))}` +
      ` · ${proposition.first ?? 'undated'} – ${proposition.last ?? 'undated'}`, '',
      '| Date | Party | Speaker | Stance | Mode | Quote | Source |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...proposition.claims.map(claimRow));
  }
  return `${lines.join('\n')}\n`;
}

function shiftLine(shift: Shift): string {
  const sources = shift.claims.map((claim) => `${escapeMarkdown(claim.speaker.name)} (${formatWhen(claimWhen(claim))})`);
  return `- **${shift.kind}** · ${escapeMarkdown(shift.proposition.label)} · ${shift.date} — ` +
    `${escapeMarkdown(shift.summary)}. Claims: ${sources.join('; ')}`;
}

function claimRow(claim: LedgerClaim): string {
  const cells = [
    formatWhen(claimWhen(claim)),
    partyOf(claim),
    claim.speaker.name,
    `${STANCE_SYMBOLS[claim.stance]} ${claim.stance}`,
    claim.proposition?.mode ?? '',
    `“${claim.text}”`,
    claim.doc.title ? `${claim.doc.name} — ${claim.doc.title}` : claim.doc.name,
  ];
  return `| ${cells.map(escapeMarkdown).join(' | ')} |`;
}
