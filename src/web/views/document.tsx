/**
 * Document reader: the original text exactly as stored, boilerplate dimmed, claims highlighted
 * (click one to see its card), date mentions underlined. Text is rendered as text nodes only.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DocumentDetail } from '../../server/api-types.js';
import { api } from '../api.js';
import { formatPartialDate } from '../dates.js';
import { href } from '../router.js';
import { splitRuns, type Run } from '../segments.js';
import { STANCE_STYLE } from '../stance.js';
import { useAsync } from '../use-async.js';
import { ClaimCard } from './claim-card.js';
import { Loaded, plural } from './common.js';

export function DocumentView({ id, claim }: { id: string; claim: string | null }) {
  const state = useAsync(() => api.document(id), [id]);
  const [selected, setSelected] = useState<string | null>(claim);
  useEffect(() => setSelected(claim), [claim]);
  const select = (claimId: string | null) => {
    setSelected(claimId);
    history.replaceState(null, '', href.document(id, claimId ?? undefined));
  };
  return (
    <section class="view document-view">
      <p class="breadcrumb"><a href={href.documents()}>← Documents</a></p>
      <Loaded state={state}>
        {(doc) => (
          <>
            <div class="view-header">
              <h1>{doc.meta.title ?? doc.name}</h1>
              <p class="muted">
                {doc.name} · published {formatPartialDate(doc.meta.published)} · {doc.meta.language}
                {' · '}{plural(doc.claims.length, 'claim')}
                {doc.meta.url && <> · <a href={safeUrl(doc.meta.url)} rel="noopener noreferrer">source</a></>}
              </p>
              <ul class="legend reader-legend">
                <li><span class="sample claim-sample">claim</span></li>
                <li><span class="sample date-sample">date mention</span></li>
                <li><span class="sample boilerplate-sample">boilerplate (ignored)</span></li>
              </ul>
            </div>
            <div class="with-panel">
              <ReaderText doc={doc} selected={selected} onSelect={select} />
              <aside class="panel" aria-label="Selected claim">
                {selected
                  ? <ClaimCard id={selected} onClose={() => select(null)} />
                  : <p class="muted panel-hint">Click a highlighted claim to see who said it and how.</p>}
              </aside>
            </div>
          </>
        )}
      </Loaded>
    </section>
  );
}

function ReaderText({ doc, selected, onSelect }: { doc: DocumentDetail; selected: string | null; onSelect: (claim: string) => void }) {
  const runs = useMemo(() => splitRuns(doc.text.length, doc.excluded, doc.claims, doc.dates), [doc]);
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!selected) return;
    container.current?.querySelector(`[data-claim="${CSS.escape(selected)}"]`)?.scrollIntoView({ block: 'center' });
  }, [selected, runs]);
  return (
    <div class="reader" lang={doc.meta.language} ref={container}>
      {runs.map((run) => <RunText key={run.start} run={run} text={doc.text.slice(run.start, run.end)} selected={selected} onSelect={onSelect} />)}
    </div>
  );
}

function RunText({ run, text, selected, onSelect }: { run: Run; text: string; selected: string | null; onSelect: (claim: string) => void }) {
  if (!run.boilerplate && run.claims.length === 0 && !run.date) return <>{text}</>;
  const claim = run.claims.find((candidate) => candidate.id === selected) ?? run.claims[0];
  const classes = [
    run.boilerplate && 'boilerplate',
    run.date && 'date-mention',
    claim && `claim stance-${claim.stance}`,
    claim && claim.id === selected && 'selected',
  ].filter(Boolean).join(' ');
  const titles = [
    run.boilerplate && `boilerplate: ${run.boilerplate.kind}`,
    run.date && `date: ${run.date.value}${run.date.relation === 'on' ? '' : ` (${run.date.relation})`}`,
    claim && `${claim.speaker.name} — ${STANCE_STYLE[claim.stance].label}`,
  ].filter(Boolean).join('\n');
  if (!claim) return <span class={classes} title={titles}>{text}</span>;
  const open = () => onSelect(claim.id);
  const starting = run.claims.find((candidate) => candidate.start === run.start);
  return (
    <span
      class={classes} title={titles} data-claim={starting?.id} role="button"
      tabIndex={starting ? 0 : -1} onClick={open}
      onKeyDown={(event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); open(); } }}
    >
      {text}
    </span>
  );
}

/** Only web links are made clickable; anything else (javascript:, data:) is not a link target. */
function safeUrl(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
