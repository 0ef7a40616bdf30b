/**
 * Lays out a model's phases as a left-to-right flow: one box per phase in
 * definition order, a straight arrow between neighbours going forward, an arc
 * above the boxes for a forward jump over phases, and an arc below the boxes
 * for every move back (TRIN 3 → TRIN 2). Pure geometry, so the component only
 * draws what this returns.
 */

export interface FlowPhase {
  id: string;
  label: string;
}

export interface FlowTransition {
  from: string;
  to: string;
}

export interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

export interface Arrow {
  from: string;
  to: string;
  /** 1-based number shown on the arrow and in the list of transitions. */
  number: number;
  kind: 'forward' | 'skip' | 'back';
  /** SVG path data. */
  path: string;
  /** Where the number badge sits. */
  badge: { x: number; y: number };
}

export interface FlowLayout {
  width: number;
  height: number;
  boxes: Box[];
  arrows: Arrow[];
  /** Start marker pointing at the initial phase. */
  start: { path: string; dot: { x: number; y: number }; label: { x: number; y: number } } | null;
}

export const flowMetrics = {
  boxWidth: 192,
  gap: 70,
  lineHeight: 18,
  padY: 14,
  /** Characters per line of a box label (14px text in a 192px box). */
  charsPerLine: 22,
  marginLeft: 64,
  marginRight: 16,
  marginTop: 16,
  arcStep: 34,
  badgeRadius: 11,
};

/** Breaks a label into lines of at most `max` characters, at spaces where possible. */
export function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > max) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(`${rest.slice(0, max - 1)}-`);
      rest = rest.slice(max - 1);
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= max) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

export function layoutFlow(phases: readonly FlowPhase[], transitions: readonly FlowTransition[], initialPhase: string): FlowLayout {
  const m = flowMetrics;
  const index = new Map(phases.map((p, i) => [p.id, i]));
  const known = transitions.filter((t) => index.has(t.from) && index.has(t.to) && t.from !== t.to);
  const spanOf = (t: FlowTransition) => Math.abs((index.get(t.to) ?? 0) - (index.get(t.from) ?? 0));
  const isBack = (t: FlowTransition) => (index.get(t.to) ?? 0) < (index.get(t.from) ?? 0);

  const wrapped = phases.map((p) => wrapLabel(p.label, m.charsPerLine));
  const boxHeight = Math.max(...wrapped.map((l) => l.length), 1) * m.lineHeight + 2 * m.padY;

  // Arc levels: longer jumps sit further from the boxes, so arcs nest instead of crossing.
  const skips = known.filter((t) => !isBack(t) && spanOf(t) > 1);
  const backs = known.filter(isBack);
  const level = (list: FlowTransition[]) => {
    const spans = [...new Set(list.map(spanOf))].sort((a, b) => a - b);
    return (t: FlowTransition) => spans.indexOf(spanOf(t)) + 1;
  };
  const skipLevel = level(skips);
  const backLevel = level(backs);
  const skipLevels = skips.length ? Math.max(...skips.map(skipLevel)) : 0;
  const backLevels = backs.length ? Math.max(...backs.map(backLevel)) : 0;

  const startAbove = (index.get(initialPhase) ?? 0) > 0 ? 30 : 0;
  const top = m.marginTop + Math.max(skipLevels ? skipLevels * m.arcStep + m.badgeRadius : 0, startAbove) + 8;
  const boxes: Box[] = phases.map((p, i) => ({
    id: p.id,
    x: m.marginLeft + i * (m.boxWidth + m.gap),
    y: top,
    width: m.boxWidth,
    height: boxHeight,
    lines: wrapped[i] ?? [''],
  }));
  const bottom = top + boxHeight;
  const width = m.marginLeft + phases.length * m.boxWidth + Math.max(phases.length - 1, 0) * m.gap + m.marginRight;
  const height = bottom + (backLevels ? backLevels * m.arcStep + m.badgeRadius + 18 : 0) + m.marginTop;

  // Several arcs may leave or enter the same box; spread their ends along its edge.
  const ends = new Map<string, number>();
  const endX = (box: Box, side: 'top' | 'bottom', preferred: number) => {
    const key = `${box.id}:${side}`;
    const used = ends.get(key) ?? 0;
    ends.set(key, used + 1);
    const x = preferred + used * 14 * (preferred < box.x + box.width / 2 ? 1 : -1);
    return Math.min(Math.max(x, box.x + 12), box.x + box.width - 12);
  };

  const arrows: Arrow[] = known.map((t, i): Arrow => {
    const a = boxes[index.get(t.from) ?? 0]!;
    const b = boxes[index.get(t.to) ?? 0]!;
    const number = i + 1;
    if (isBack(t)) {
      const x1 = endX(a, 'bottom', a.x + a.width * 0.35);
      const x2 = endX(b, 'bottom', b.x + b.width * 0.65);
      const depth = bottom + backLevel(t) * m.arcStep;
      const r = 14;
      const path = `M ${x1} ${bottom} V ${depth - r} Q ${x1} ${depth} ${x1 - r} ${depth} H ${x2 + r} Q ${x2} ${depth} ${x2} ${depth - r} V ${bottom + 2}`;
      return { from: t.from, to: t.to, number, kind: 'back', path, badge: { x: (x1 + x2) / 2, y: depth } };
    }
    if (spanOf(t) > 1) {
      const x1 = endX(a, 'top', a.x + a.width * 0.65);
      const x2 = endX(b, 'top', b.x + b.width * 0.35);
      const height = top - skipLevel(t) * m.arcStep;
      const r = 14;
      const path = `M ${x1} ${top} V ${height + r} Q ${x1} ${height} ${x1 + r} ${height} H ${x2 - r} Q ${x2} ${height} ${x2} ${height + r} V ${top - 2}`;
      return { from: t.from, to: t.to, number, kind: 'skip', path, badge: { x: (x1 + x2) / 2, y: height } };
    }
    const y = top + boxHeight / 2;
    const x1 = a.x + a.width;
    const x2 = b.x - 2;
    return { from: t.from, to: t.to, number, kind: 'forward', path: `M ${x1} ${y} H ${x2}`, badge: { x: (x1 + x2) / 2, y: y - m.badgeRadius - 6 } };
  });

  const initial = index.get(initialPhase);
  const first = initial === undefined ? undefined : boxes[initial];
  let start: FlowLayout['start'] = null;
  if (first) {
    const y = first.y + first.height / 2;
    // The first phase: a dot and an arrow from the left margin; another phase: a short arrow down onto it.
    start =
      initial === 0
        ? { path: `M 30 ${y} H ${first.x - 2}`, dot: { x: 24, y }, label: { x: 24, y: y - 14 } }
        : { path: `M ${first.x + 16} ${first.y - 20} V ${first.y - 2}`, dot: { x: first.x + 16, y: first.y - 24 }, label: { x: first.x + 28, y: first.y - 20 } };
  }
  return { width, height, boxes, arrows, start };
}
