/** Small pieces shared by the views: loading and error states, counts in words. */
import type { ComponentChildren } from 'preact';
import type { AsyncState } from '../use-async.js';

/** Renders `children(value)` once loaded, a quiet placeholder while loading, the message on error. */
export function Loaded<T>({ state, children }: { state: AsyncState<T>; children: (value: T) => ComponentChildren }) {
  if (state.status === 'loading') return <p class="muted loading" aria-live="polite">Loading…</p>;
  if (state.status === 'error') return <p class="error" role="alert">{state.message}</p>;
  return <>{children(state.value)}</>;
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty muted">{children}</p>;
}

/** "1 claim", "3 claims", "2 parties". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
