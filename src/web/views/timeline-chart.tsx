/**
 * The timeline of one proposition, drawn as SVG: a time axis, one lane per party, each claim a mark
 * coloured and shaped by stance. Dates known only to the month (or year) are drawn as a bar across
 * that period. Shifts connect the two claims involved. Zoom with the wheel or buttons, pan by dragging.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ShiftKind, ShiftView, TimelineLane, TimelineMark } from '../../server/api-types.js';
import { DAY_MS, dayToMs, formatPartialDate, timeTicks } from '../dates.js';
import { STANCE_STYLE, shapePath } from '../stance.js';

interface Props {
  lanes: TimelineLane[];
  shifts: ShiftView[];
  selected: string | null;
  onSelect: (claim: string) => void;
  /** Index (in `shifts`) of a shift to bring forward, e.g. while its line in the list is hovered. */
  focusedShift?: number | null;
}

interface View {
  start: number;
  end: number;
}

/**
 * `drawn`: shown on the chart without being focused. Corroborations are agreement rather than a
 * change of position, so they appear only when focused, to keep the chart readable.
 * `band`: the period between the claims is shaded in the party's lane.
 */
export const SHIFT_STYLE: Record<ShiftKind, { label: string; color: string; dash: string; drawn: boolean; band: boolean }> = {
  'walk-back': { label: 'walk-back', color: '#e11d48', dash: '', drawn: true, band: true },
  reassertion: { label: 'reassertion', color: '#4338ca', dash: '8 3', drawn: true, band: false },
  reversal: { label: 'reversal', color: '#0e7490', dash: '5 3', drawn: true, band: true },
  contradiction: { label: 'contradiction', color: '#475569', dash: '2 3', drawn: true, band: false },
  corroboration: { label: 'corroboration', color: '#15803d', dash: '1 4', drawn: false, band: false },
};

const AXIS_HEIGHT = 30;
const ROW_HEIGHT = 28;
const LANE_PADDING = 14;
const MARK_RADIUS = 6;
const MIN_SPAN = 10 * DAY_MS;
const MAX_SPAN = 60 * 365 * DAY_MS;
const DRAG_THRESHOLD = 4;

export function TimelineChart({ lanes, shifts, selected, onSelect, focusedShift = null }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const width = useWidth(container);
  const extent = useMemo(() => fullExtent(lanes), [lanes]);
  const [view, setView] = useState<View>(extent);
  useEffect(() => setView(extent), [extent]);

  const labelWidth = width < 640 ? 92 : 160;
  const plotLeft = labelWidth;
  const plotWidth = Math.max(100, width - labelWidth - 12);
  const x = (time: number) => plotLeft + ((time - view.start) / (view.end - view.start)) * plotWidth;
  const timeAt = (px: number) => view.start + ((px - plotLeft) / plotWidth) * (view.end - view.start);

  const layout = layoutLanes(lanes, x);
  const height = AXIS_HEIGHT + layout.height + 8;
  const ticks = timeTicks(view.start, view.end, Math.max(2, Math.floor(plotWidth / 70)));

  const zoom = (factor: number, anchor = (view.start + view.end) / 2) =>
    setView((current) => zoomView(current, factor, anchor));
  const pan = (fraction: number) =>
    setView((current) => shiftView(current, (current.end - current.start) * fraction));

  useWheelZoom(svg, (factor, clientX) => {
    const box = svg.current!.getBoundingClientRect();
    zoom(factor, timeAt(clientX - box.left));
  });
  const dragHandlers = useDragPan(svg, (dx) => pan(-dx / plotWidth));

  const onKeyDown = (event: KeyboardEvent) => {
    const actions: Record<string, () => void> = {
      '+': () => zoom(0.7), '=': () => zoom(0.7), '-': () => zoom(1 / 0.7),
      ArrowLeft: () => pan(-0.2), ArrowRight: () => pan(0.2), '0': () => setView(extent),
    };
    const action = actions[event.key];
    if (action && event.target === svg.current) {
      event.preventDefault();
      action();
    }
  };

  return (
    <div class="timeline" ref={container}>
      <div class="timeline-toolbar" role="toolbar" aria-label="Timeline zoom and pan">
        <button type="button" onClick={() => pan(-0.3)} aria-label="Pan earlier" title="Earlier">◀</button>
        <button type="button" onClick={() => zoom(0.6)} aria-label="Zoom in" title="Zoom in">+</button>
        <button type="button" onClick={() => zoom(1 / 0.6)} aria-label="Zoom out" title="Zoom out">−</button>
        <button type="button" onClick={() => pan(0.3)} aria-label="Pan later" title="Later">▶</button>
        <button type="button" onClick={() => setView(extent)} title="Show all">Fit</button>
        <span class="muted timeline-hint">Scroll to zoom, drag to pan</span>
      </div>
      <svg
        ref={svg} class="timeline-svg" width={width} height={height} tabIndex={0} onKeyDown={onKeyDown}
        role="group" aria-label="Timeline of claims by party" {...dragHandlers}
      >
        <defs>
          <clipPath id="timeline-plot"><rect x={plotLeft} y={0} width={plotWidth} height={height} /></clipPath>
          {Object.entries(SHIFT_STYLE).map(([kind, style]) => (
            <marker key={kind} id={`arrow-${kind}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0L10,5L0,10Z" fill={style.color} />
            </marker>
          ))}
        </defs>
        <Axis ticks={ticks} x={x} top={AXIS_HEIGHT} bottom={height - 4} plotLeft={plotLeft} plotWidth={plotWidth} />
        {layout.lanes.map((lane, index) => (
          <g key={lane.party} class="lane" data-lane={lane.party}>
            <rect class={index % 2 ? 'lane-bg odd' : 'lane-bg'} x={0} y={lane.top} width={plotLeft + plotWidth} height={lane.height} />
            <text class="lane-label" x={8} y={lane.top + lane.height / 2} dominant-baseline="middle">
              {truncate(lane.party, labelWidth < 120 ? 11 : 20)}<title>{lane.party}</title>
            </text>
          </g>
        ))}
        <g clip-path="url(#timeline-plot)" class={focusedShift === null ? '' : 'has-focus'}>
          {shifts.map((shift, index) => (SHIFT_STYLE[shift.kind].band || index === focusedShift) && (
            <ShiftBand key={index} shift={shift} positions={layout.positions} lanes={layout.lanes} focused={index === focusedShift} />
          ))}
          {layout.bars.map((bar, index) => (
            <rect
              key={index} class="mark-range" data-period={bar.period} x={bar.x1} y={bar.y - 5} width={Math.max(2, bar.x2 - bar.x1)}
              height={10} rx={4} fill={bar.color} stroke={bar.color}
            />
          ))}
          {layout.placed.map((placed) => (
            <Mark
              key={placed.mark.claim} placed={placed} selected={placed.mark.claim === selected} onSelect={onSelect}
              inView={placed.cx >= plotLeft && placed.cx <= plotLeft + plotWidth}
            />
          ))}
          {shifts.map((shift, index) => (SHIFT_STYLE[shift.kind].drawn || index === focusedShift) && (
            <ShiftConnector key={index} shift={shift} positions={layout.positions} focused={index === focusedShift} />
          ))}
        </g>
      </svg>
      <ShiftLegend shifts={shifts} />
    </div>
  );
}

function Axis({ ticks, x, top, bottom, plotLeft, plotWidth }: {
  ticks: ReturnType<typeof timeTicks>; x: (time: number) => number; top: number; bottom: number; plotLeft: number; plotWidth: number;
}) {
  return (
    <g class="axis">
      <line x1={plotLeft} x2={plotLeft + plotWidth} y1={top - 0.5} y2={top - 0.5} class="axis-line" />
      {ticks.map((tick) => (
        <g key={tick.time}>
          <line x1={x(tick.time)} x2={x(tick.time)} y1={top - 6} y2={bottom} class={tick.major ? 'grid major' : 'grid'} />
          <text x={x(tick.time) + 3} y={top - 10} class="tick-label">{tick.label}</text>
        </g>
      ))}
    </g>
  );
}

interface PlacedMark {
  mark: TimelineMark;
  cx: number;
  y: number;
}

/** The bar behind marks dated only to a month or year: the whole period, in one row of a lane. */
interface PeriodBar {
  period: string;
  x1: number;
  x2: number;
  y: number;
  color: string;
}

interface LaneLayout {
  party: string;
  top: number;
  height: number;
}

/** Claims of one lane with the same date (a day, a month, a year), drawn together. */
interface DateGroup {
  marks: TimelineMark[];
  x1: number;
  x2: number;
}

const MARK_STEP = 2 * MARK_RADIUS + 5;
/** Same-day claims spread sideways around their day, at most this many abreast. */
const DAY_ABREAST = 5;

/**
 * Places the marks of each lane. Claims sharing a date form a group: spread along the period of
 * a month or year (in chronological order, so the order within the month stays visible), or side
 * by side around a day; a group wraps onto more rows when its period is too narrow. Groups that
 * would overlap go to separate rows of the lane.
 */
function layoutLanes(lanes: TimelineLane[], x: (time: number) => number) {
  const placed: PlacedMark[] = [];
  const bars: PeriodBar[] = [];
  const positions = new Map<string, { x: number; y: number; lane: number }>();
  const laneBoxes: LaneLayout[] = [];
  let top = AXIS_HEIGHT;
  lanes.forEach((lane, laneIndex) => {
    const rowEnds: number[] = [];
    for (const group of dateGroups(lane.marks, x)) {
      const rows = groupRows(group);
      const centres = rows.flat();
      const left = Math.min(group.x1, ...centres.map((cx) => cx - MARK_RADIUS - 2));
      const right = Math.max(group.x2, ...centres.map((cx) => cx + MARK_RADIUS + 2));
      const first = firstFreeRows(rowEnds, left, rows.length);
      let index = 0;
      rows.forEach((row, offset) => {
        rowEnds[first + offset] = right;
        const y = top + LANE_PADDING + (first + offset) * ROW_HEIGHT + ROW_HEIGHT / 2;
        const marks = group.marks.slice(index, index + row.length);
        index += row.length;
        if (marks[0].precision !== 'day') {
          bars.push({ period: marks[0].date, x1: group.x1, x2: group.x2, y, color: barColor(marks) });
        }
        marks.forEach((mark, column) => {
          placed.push({ mark, cx: row[column], y });
          positions.set(mark.claim, { x: row[column], y, lane: laneIndex });
        });
      });
    }
    const height = Math.max(1, rowEnds.length) * ROW_HEIGHT + 2 * LANE_PADDING;
    laneBoxes.push({ party: lane.party, top, height });
    top += height;
  });
  return { lanes: laneBoxes, placed, bars, positions, height: top - AXIS_HEIGHT };
}

/** Marks grouped by identical date, groups in order of their period, marks in chronological order. */
function dateGroups(marks: TimelineMark[], x: (time: number) => number): DateGroup[] {
  const groups = new Map<string, TimelineMark[]>();
  for (const mark of marks) {
    const key = `${mark.start}/${mark.end}`;
    groups.set(key, [...(groups.get(key) ?? []), mark]);
  }
  return [...groups.values()]
    .map((group) => {
      const x1 = x(dayToMs(group[0].start));
      return { marks: group, x1, x2: Math.max(x(dayToMs(group[0].end)), x1 + 1) };
    })
    .sort((a, b) => a.x1 - b.x1 || a.x2 - b.x2);
}

/** The x of each mark of a group, row by row. */
function groupRows(group: DateGroup): number[][] {
  const { marks, x1, x2 } = group;
  const day = marks[0].precision === 'day';
  const perRow = day ? DAY_ABREAST : Math.max(1, Math.floor((x2 - x1) / MARK_STEP));
  const rows: number[][] = [];
  for (let start = 0; start < marks.length; start += perRow) {
    const count = Math.min(perRow, marks.length - start);
    rows.push(Array.from({ length: count }, (_, column) => day
      ? (x1 + x2) / 2 + (column - (count - 1) / 2) * MARK_STEP
      : x1 + ((column + 0.5) * (x2 - x1)) / count));
  }
  return rows;
}

/** The first row from which `count` consecutive rows are free left of `left`. */
function firstFreeRows(rowEnds: number[], left: number, count: number): number {
  for (let row = 0; ; row++) {
    let free = true;
    for (let offset = 0; offset < count && free; offset++) free = (rowEnds[row + offset] ?? -Infinity) <= left;
    if (free) return row;
  }
}

function barColor(marks: TimelineMark[]): string {
  const stances = new Set(marks.map((mark) => mark.stance));
  return stances.size === 1 ? STANCE_STYLE[marks[0].stance].color : '#64748b';
}

/** A claim's mark; marks panned out of view leave the keyboard order. */
function Mark({ placed, selected, onSelect, inView }: {
  placed: PlacedMark; selected: boolean; onSelect: (claim: string) => void; inView: boolean;
}) {
  const { mark, cx, y } = placed;
  const { color, shape, label } = STANCE_STYLE[mark.stance];
  const approximate = mark.basis === 'published';
  const when = `${mark.before ? 'before ' : ''}${formatPartialDate(mark.date)}${approximate ? ' (publication date)' : ''}`;
  const open = () => onSelect(mark.claim);
  return (
    <g
      class={`mark${selected ? ' selected' : ''}`} role="button" tabIndex={inView ? 0 : -1} data-claim={mark.claim} data-stance={mark.stance}
      aria-label={`${mark.speaker} ${label}, ${when}`} aria-pressed={selected}
      onClick={open} onKeyDown={(event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); open(); } }}
    >
      <title>{`${mark.speaker} — ${label}\n${when}`}</title>
      {mark.before && <line class="mark-before" x1={cx - 22} x2={cx - MARK_RADIUS} y1={y} y2={y} stroke={color} />}
      <circle class="mark-halo" cx={cx} cy={y} r={MARK_RADIUS + 5} />
      <path
        d={shapePath(shape, cx, y, MARK_RADIUS)} fill={shape === 'ring' ? '#fff' : color} stroke={shape === 'ring' ? color : '#fff'}
        stroke-width={shape === 'ring' ? 2.5 : 1.5} stroke-dasharray={approximate ? '2 1.5' : undefined}
      />
    </g>
  );
}

type Positions = Map<string, { x: number; y: number; lane: number }>;

/**
 * Lines from each earlier supporting claim of a shift to the claim that completes it: an arc above
 * the lane within one party, a straight line between two parties.
 */
function ShiftConnector({ shift, positions, focused }: { shift: ShiftView; positions: Positions; focused: boolean }) {
  const to = positions.get(shift.claims[shift.claims.length - 1]);
  if (!to) return null;
  const style = SHIFT_STYLE[shift.kind];
  return (
    <g class={`shift${focused ? ' focused' : ''}`} data-shift={shift.kind}>
      <title>{`${style.label}: ${shift.summary}`}</title>
      {shift.claims.slice(0, -1).map((id) => {
        const from = positions.get(id);
        if (!from) return null;
        const sameLane = from.lane === to.lane;
        const lift = Math.min(26, 10 + Math.abs(to.x - from.x) / 4);
        const d = sameLane
          ? `M${from.x},${from.y - 8}C${from.x},${from.y - lift} ${to.x},${to.y - lift} ${to.x},${to.y - 9}`
          : `M${from.x},${from.y}L${to.x},${to.y}`;
        return (
          <path
            key={id} d={d} fill="none" stroke={style.color} stroke-width={2}
            stroke-dasharray={style.dash || undefined} marker-end={`url(#arrow-${shift.kind})`}
          />
        );
      })}
    </g>
  );
}

/** A faint band across a party's lane, from the first to the last claim of a change of position. */
function ShiftBand({ shift, positions, lanes, focused }: {
  shift: ShiftView; positions: Positions; lanes: LaneLayout[]; focused: boolean;
}) {
  const points = shift.claims.flatMap((id) => positions.get(id) ?? []);
  if (points.length < 2 || points.some((point) => point.lane !== points[0].lane)) return null;
  const lane = lanes[points[0].lane];
  const left = Math.min(...points.map((point) => point.x));
  const right = Math.max(...points.map((point) => point.x));
  return (
    <rect
      class={`shift-band${focused ? ' focused' : ''}`} data-shift-band={shift.kind} x={left} y={lane.top + 2} width={Math.max(4, right - left)}
      height={lane.height - 4} fill={SHIFT_STYLE[shift.kind].color}
    />
  );
}

function ShiftLegend({ shifts }: { shifts: ShiftView[] }) {
  const kinds = (Object.keys(SHIFT_STYLE) as ShiftKind[]).filter((kind) => shifts.some((shift) => shift.kind === kind));
  if (kinds.length === 0) return null;
  return (
    <ul class="legend shift-legend" aria-label="Shifts">
      {kinds.map((kind) => (
        <li key={kind}>
          <svg width="28" height="10" aria-hidden="true">
            <line x1="1" x2="27" y1="5" y2="5" stroke={SHIFT_STYLE[kind].color} stroke-width="2" stroke-dasharray={SHIFT_STYLE[kind].dash || undefined} />
          </svg>
          {SHIFT_STYLE[kind].label}
        </li>
      ))}
      <li class="muted">bar = month or year only · dashed outline = dated by publication · line to the left = “before”</li>
    </ul>
  );
}

/** The span of all marks, padded, and at least a few months wide so single claims are readable. */
function fullExtent(lanes: TimelineLane[]): View {
  const marks = lanes.flatMap((lane) => lane.marks);
  if (marks.length === 0) {
    const now = Date.now();
    return { start: now - 180 * DAY_MS, end: now + 30 * DAY_MS };
  }
  let start = Math.min(...marks.map((mark) => dayToMs(mark.start)));
  let end = Math.max(...marks.map((mark) => dayToMs(mark.end)));
  const minimum = 120 * DAY_MS;
  if (end - start < minimum) {
    const middle = (start + end) / 2;
    start = middle - minimum / 2;
    end = middle + minimum / 2;
  }
  const padding = (end - start) * 0.08;
  return { start: start - padding, end: end + padding };
}

function zoomView(view: View, factor: number, anchor: number): View {
  const span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, (view.end - view.start) * factor));
  const ratio = (anchor - view.start) / (view.end - view.start);
  const start = anchor - ratio * span;
  return { start, end: start + span };
}

function shiftView(view: View, delta: number): View {
  return { start: view.start + delta, end: view.end + delta };
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function useWidth(ref: { current: HTMLElement | null }): number {
  const [width, setWidth] = useState(800);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return width;
}

/** Wheel zoom; the listener is registered non-passive so the page does not scroll while zooming. */
function useWheelZoom(ref: { current: SVGSVGElement | null }, onZoom: (factor: number, clientX: number) => void) {
  const handler = useRef(onZoom);
  handler.current = onZoom;
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const listener = (event: WheelEvent) => {
      event.preventDefault();
      const delta = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? event.deltaY * 16 : event.deltaY;
      handler.current(Math.exp(Math.max(-300, Math.min(300, delta)) * 0.0015), event.clientX);
    };
    element.addEventListener('wheel', listener, { passive: false });
    return () => element.removeEventListener('wheel', listener);
  }, []);
}

/**
 * Drag to pan. The pointer is captured only once it has moved a few pixels, so a plain click still
 * reaches the mark under it; the click that ends a drag is swallowed.
 */
function useDragPan(ref: { current: SVGSVGElement | null }, onPan: (dx: number) => void) {
  const drag = useRef<{ pointer: number; startX: number; lastX: number; moved: boolean } | null>(null);
  const suppressClick = useRef(false);
  return {
    onPointerDown: (event: PointerEvent) => {
      if (event.button !== 0) return;
      drag.current = { pointer: event.pointerId, startX: event.clientX, lastX: event.clientX, moved: false };
    },
    onPointerMove: (event: PointerEvent) => {
      const state = drag.current;
      if (!state || state.pointer !== event.pointerId) return;
      if (!state.moved && Math.abs(event.clientX - state.startX) < DRAG_THRESHOLD) return;
      if (!state.moved) {
        state.moved = true;
        ref.current?.setPointerCapture(event.pointerId);
        ref.current?.classList.add('dragging');
      }
      onPan(event.clientX - state.lastX);
      state.lastX = event.clientX;
    },
    onPointerUp: (event: PointerEvent) => {
      const state = drag.current;
      if (!state || state.pointer !== event.pointerId) return;
      suppressClick.current = state.moved;
      drag.current = null;
      ref.current?.classList.remove('dragging');
    },
    onClickCapture: (event: MouseEvent) => {
      if (suppressClick.current) {
        event.stopPropagation();
        suppressClick.current = false;
      }
    },
  };
}
