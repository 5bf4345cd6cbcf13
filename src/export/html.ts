/**
 * A self-contained HTML report (inline CSS, no scripts, no external assets). Every piece of text
 * is escaped, and a Content-Security-Policy forbids scripts and remote loads as a second guard.
 */
import type { LedgerClaim } from '../core/types.js';
import {
  claimWhen, formatWhen, partyOf, STANCE_SYMBOLS, type LedgerReport, type PropositionRecord, type Shift,
} from '../analyse/index.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}h3{margin:1.6rem 0 .3rem}
.meta{color:#555;margin:.2rem 0 .6rem}code{background:#f2f2f2;padding:0 .25rem;border-radius:3px}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem}
th,td{border:1px solid #ddd;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#f6f6f6}td.when{white-space:nowrap}q{font-style:italic}
.stance{white-space:nowrap;font-weight:600}
.asserts{color:#b3261e}.admits{color:#7b1fa2}.denies{color:#1565c0}.no_evidence{color:#455a64}
.speculates{color:#b26a00}.retracts{color:#2e7d32}
.shift{margin:.3rem 0}.kind{display:inline-block;min-width:7.5rem;font-weight:600}
`;

export function reportToHtml(report: LedgerReport): string {
  const shifts = report.shifts.length > 0
    ? `<ul>${report.shifts.map(shiftItem).join('')}</ul>`
    : '<p>None detected.</p>';
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Claims report</title><style>${STYLE}</style></head><body>`,
    '<h1>Claims report</h1>',
    `<p class="meta">${report.claims.length} claims, ${report.propositions.length} propositions, ` +
      `${report.shifts.length} shifts.</p>`,
    `<h2>Shifts</h2>${shifts}`,
    '<h2>Propositions</h2>',
    ...report.propositions.map(propositionSection),
    '</body></html>',
    '',
  ].join('\n');
}

function shiftItem(shift: Shift): string {
  const sources = shift.claims.map((claim) => `${claim.speaker.name} (${formatWhen(claimWhen(claim))})`).join('; ');
  return `<li class="shift"><span class="kind">${escapeHtml(shift.kind)}</span> ` +
    `${escapeHtml(shift.proposition.label)} · ${escapeHtml(shift.date)} — ${escapeHtml(shift.summary)}. ` +
    `<span class="meta">Claims: ${escapeHtml(sources)}</span></li>`;
}

function propositionSection(proposition: PropositionRecord): string {
  const span = `${proposition.first ?? 'undated'} – ${proposition.last ?? 'undated'}`;
  return `<section><h3>${escapeHtml(proposition.label)}</h3>` +
    `<p class="meta"><code>${escapeHtml(proposition.id)}</code> · parties: ${escapeHtml(proposition.parties.join(', '))}` +
    ` · ${escapeHtml(span)}</p>` +
    '<table><thead><tr><th>Date</th><th>Party</th><th>Speaker</th><th>Stance</th><th>Mode</th><th>Quote</th>' +
    `<th>Source</th></tr></thead><tbody>${proposition.claims.map(claimRow).join('')}</tbody></table></section>`;
}

function claimRow(claim: LedgerClaim): string {
  const source = claim.doc.title ? `${claim.doc.name} — ${claim.doc.title}` : claim.doc.name;
  return '<tr>' +
    `<td class="when">${escapeHtml(formatWhen(claimWhen(claim)))}</td>` +
    `<td>${escapeHtml(partyOf(claim))}</td>` +
    `<td>${escapeHtml(claim.speaker.name)}</td>` +
    `<td class="stance ${escapeHtml(claim.stance)}">${STANCE_SYMBOLS[claim.stance]} ${escapeHtml(claim.stance)}</td>` +
    `<td>${escapeHtml(claim.proposition?.mode ?? '')}</td>` +
    `<td><q>${escapeHtml(claim.text)}</q></td>` +
    `<td>${escapeHtml(source)}</td>` +
    '</tr>';
}
