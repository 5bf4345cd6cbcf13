/**
 * Propositions view: every proposition with its claims, parties and each party's latest stance;
 * filters (party, item, stance, language, period) and a full-text search over claims.
 */
import { useMemo, useState } from 'preact/hooks';
import { ITEMS, STANCES } from '../../core/types.js';
import type { PropositionSummary, SearchHit } from '../../server/api-types.js';
import { api, type PropositionFilters } from '../api.js';
import { formatPartialDate } from '../dates.js';
import { href } from '../router.js';
import { STANCE_STYLE, StanceBadge, StanceSymbol } from '../stance.js';
import { useAsync } from '../use-async.js';
import { Empty, Loaded, plural } from './common.js';

type FilterName = 'party' | 'item' | 'stance' | 'language' | 'from' | 'to';

export function PropositionsView() {
  const [filters, setFilters] = useState<PropositionFilters>({});
  const [searchText, setSearchText] = useState('');
  const [query, setQuery] = useState('');
  const all = useAsync(() => api.propositions({}), []);
  const listed = useAsync(() => api.propositions(filters), [JSON.stringify(filters)]);
  const options = useMemo(() => filterOptions(all.status === 'done' ? all.value : []), [all]);
  const setFilter = (name: FilterName, value: string) => setFilters((current) => ({ ...current, [name]: value || undefined }));
  const filtered = Object.values(filters).some(Boolean);

  return (
    <section class="view propositions-view">
      <div class="view-header">
        <h1>Propositions</h1>
        <p class="muted">Who claimed what about each arms transfer, and where every party stands now.</p>
      </div>
      <form class="search" role="search" onSubmit={(event) => { event.preventDefault(); setQuery(searchText.trim()); }}>
        <input
          type="search" name="q" placeholder="Search the claims (e.g. drones, Téhéran, a speaker)" aria-label="Search the claims"
          value={searchText} onInput={(event) => setSearchText(event.currentTarget.value)}
        />
        <button type="submit" class="primary">Search</button>
      </form>
      {query && <SearchResults query={query} onClear={() => { setQuery(''); setSearchText(''); }} />}
      <form class="filters" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
        <Select label="Party" value={filters.party} options={options.parties} onChange={(value) => setFilter('party', value)} />
        <Select label="Item" value={filters.item} options={[...ITEMS]} onChange={(value) => setFilter('item', value)} />
        <Select
          label="Stance" value={filters.stance} options={[...STANCES]} onChange={(value) => setFilter('stance', value)}
          describe={(stance) => STANCE_STYLE[stance as keyof typeof STANCE_STYLE].label}
        />
        <Select label="Language" value={filters.language} options={options.languages} onChange={(value) => setFilter('language', value)} />
        <label>From<input type="month" value={filters.from ?? ''} onInput={(event) => setFilter('from', event.currentTarget.value)} /></label>
        <label>To<input type="month" value={filters.to ?? ''} onInput={(event) => setFilter('to', event.currentTarget.value)} /></label>
        {filtered && <button type="button" class="link" onClick={() => setFilters({})}>Clear filters</button>}
      </form>
      <Loaded state={listed}>
        {(propositions) => propositions.length === 0
          ? <Empty>{filtered ? 'No proposition matches these filters.' : 'No propositions yet: ingest some articles first.'}</Empty>
          : <PropositionList propositions={propositions} />}
      </Loaded>
    </section>
  );
}

function filterOptions(propositions: PropositionSummary[]) {
  const parties = new Set<string>();
  const languages = new Set<string>();
  for (const proposition of propositions) {
    proposition.parties.forEach((party) => parties.add(party));
    proposition.languages.forEach((language) => languages.add(language));
  }
  return { parties: [...parties].sort(), languages: [...languages].sort() };
}

function Select({ label, value, options, onChange, describe = (option) => option }: {
  label: string; value: string | undefined; options: string[]; onChange: (value: string) => void;
  describe?: (option: string) => string;
}) {
  return (
    <label>
      {label}
      <select aria-label={label} value={value ?? ''} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">Any</option>
        {options.map((option) => <option key={option} value={option}>{describe(option)}</option>)}
      </select>
    </label>
  );
}

function PropositionList({ propositions }: { propositions: PropositionSummary[] }) {
  return (
    <ul class="proposition-list">
      {propositions.map((proposition) => (
        <li key={proposition.id} class="proposition" data-proposition={proposition.id}>
          <div class="proposition-main">
            <a class="proposition-label" href={href.proposition(proposition.id)}>{proposition.label}</a>
            <p class="muted counts">
              {plural(proposition.claims, 'claim')} · {plural(proposition.parties.length, 'party', 'parties')}
              {' · '}{period(proposition)} · {proposition.languages.join(', ')}
            </p>
          </div>
          <ul class="latest" aria-label="Latest stance of each party">
            {proposition.latestStances.map((latest) => (
              <li key={latest.party} title={`latest: ${formatPartialDate(latest.date)}`}>
                <span class="party">{latest.party}</span>
                {latest.stances.map((stance) => <StanceBadge key={stance} stance={stance} />)}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function SearchResults({ query, onClear }: { query: string; onClear: () => void }) {
  const state = useAsync(() => api.search(query), [query]);
  return (
    <section class="search-results" aria-label="Search results">
      <header>
        <h2>Claims matching “{query}”</h2>
        <button type="button" class="link" onClick={onClear}>Clear search</button>
      </header>
      <Loaded state={state}>
        {(hits) => hits.length === 0
          ? <Empty>No claim matches “{query}”.</Empty>
          : <ul class="hits">{hits.map((hit) => <Hit key={hit.claim.id} hit={hit} />)}</ul>}
      </Loaded>
    </section>
  );
}

function Hit({ hit }: { hit: SearchHit }) {
  const { claim } = hit;
  return (
    <li class="hit">
      <a href={href.claim(claim.id)} class="hit-text"><StanceSymbol stance={claim.stance} /> <Highlighted text={claim.text} spans={hit.matches} /></a>
      <p class="muted">
        {claim.speaker.name} · {STANCE_STYLE[claim.stance].label}
        {hit.propositionRef && <> · <a href={href.proposition(hit.propositionRef.id, claim.id)}>{hit.propositionRef.label}</a></>}
        {' · '}{claim.doc.title ?? claim.doc.name}
      </p>
    </li>
  );
}

/** `text` with the given spans wrapped in <mark>, as text nodes only. */
function Highlighted({ text, spans }: { text: string; spans: { start: number; end: number }[] }) {
  const parts = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    parts.push(text.slice(at, span.start), <mark key={span.start}>{text.slice(span.start, span.end)}</mark>);
    at = span.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

function period({ first, last }: PropositionSummary): string {
  if (!first) return 'undated';
  return first === last ? formatPartialDate(first) : `${formatPartialDate(first)} – ${formatPartialDate(last)}`;
}
