/**
 * Geometry of the causal-loop diagram, computed once (it never depends on the run, so nothing
 * jumps between frames). The flywheel's six nodes sit on a circle, clockwise in the direction
 * of the loop, at angles from d3's pie layout; the balancing loops hang off its left side, where
 * they all meet the rewards node. Arrows are quadratic curves bowed away from the middle of
 * the loop they belong to, trimmed at the node boxes; widths follow the weekly rates.
 */
import { pie } from 'd3-shape';
import { scaleSqrt } from 'd3-scale';
import { LOOPS, LOOP_EDGES, LOOP_NODES } from '../model/loops';
import type { EdgeId, LoopId, NodeId } from '../model/loops';

export interface Point {
	readonly x: number;
	readonly y: number;
}

export interface NodeBox extends Point {
	readonly id: NodeId;
	readonly label: string;
	readonly width: number;
	readonly height: number;
}

export interface EdgeGeometry {
	readonly id: EdgeId;
	readonly loop: LoopId;
	readonly polarity: 1 | -1;
	/** SVG path data of the arrow (it ends where the arrowhead's tip is). */
	readonly d: string;
	readonly start: Point;
	readonly control: Point;
	readonly end: Point;
	/** Where the "+" or "−" goes: near the head, on the outer side of the curve. */
	readonly sign: Point;
}

export interface BadgeGeometry extends Point {
	readonly id: LoopId;
}

export interface DiagramLayout {
	readonly viewBox: {
		readonly x: number;
		readonly y: number;
		readonly width: number;
		readonly height: number;
	};
	readonly nodes: readonly NodeBox[];
	readonly edges: readonly EdgeGeometry[];
	readonly badges: readonly BadgeGeometry[];
}

export const CENTER: Point = { x: 250, y: 215 };
export const RING_RADIUS = 118;
const OUTER_RADIUS = 200;
const INNER_RADIUS = 60;
export const NODE_HEIGHT = 30;
/** Approximate advance of one character of the 14-unit label font. */
const CHAR_WIDTH = 7.6;
/** Room left between an arrow and a node box, and for the arrowhead. */
const NODE_GAP = 4;
const BULGE = 0.22;
const SIGN_OFFSET = 11;
const MARGIN = 6;

/** The flywheel's nodes in loop order; the first is drawn at 30° left of the top. */
export const RING: readonly NodeId[] = [
	'devices',
	'coverage',
	'users',
	'revenue',
	'value',
	'rewards'
];

/** Angles in d3's convention: radians clockwise from 12 o'clock. */
const OFF_RING: Readonly<Partial<Record<NodeId, { angle: number; radius: number }>>> = {
	selling: { angle: (235 * Math.PI) / 180, radius: OUTER_RADIUS + 10 },
	density: { angle: (300 * Math.PI) / 180, radius: OUTER_RADIUS },
	churn: { angle: (315 * Math.PI) / 180, radius: INNER_RADIUS }
};

function polar(angle: number, radius: number): Point {
	return { x: CENTER.x + radius * Math.sin(angle), y: CENTER.y - radius * Math.cos(angle) };
}

/** Mid-angle of each ring node: equal slices from d3's pie, devices centred at −30°. */
export function ringAngles(): ReadonlyMap<NodeId, number> {
	const start = -Math.PI / 3;
	const arcs = pie<NodeId>()
		.value(() => 1)
		.sort(null)
		.startAngle(start)
		.endAngle(start + 2 * Math.PI)([...RING]);
	return new Map(arcs.map((arc) => [arc.data, (arc.startAngle + arc.endAngle) / 2]));
}

export function nodeWidth(label: string): number {
	return Math.max(64, Math.round(label.length * CHAR_WIDTH + 18));
}

/** Distance from a box's centre to its border along the unit vector (ux, uy). */
export function boxReach(box: { width: number; height: number }, ux: number, uy: number): number {
	const alongX = Math.abs(ux) > 1e-9 ? box.width / 2 / Math.abs(ux) : Infinity;
	const alongY = Math.abs(uy) > 1e-9 ? box.height / 2 / Math.abs(uy) : Infinity;
	return Math.min(alongX, alongY);
}

function unit(from: Point, to: Point): Point {
	const dx = to.x - from.x;
	const dy = to.y - from.y;
	const length = Math.hypot(dx, dy) || 1;
	return { x: dx / length, y: dy / length };
}

/** The point at t of the quadratic curve p0 → p2 with control p1. */
export function quadraticAt(p0: Point, p1: Point, p2: Point, t: number): Point {
	const a = (1 - t) * (1 - t);
	const b = 2 * (1 - t) * t;
	const c = t * t;
	return { x: a * p0.x + b * p1.x + c * p2.x, y: a * p0.y + b * p1.y + c * p2.y };
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}

function centroid(points: readonly Point[]): Point {
	const n = points.length || 1;
	return {
		x: points.reduce((sum, p) => sum + p.x, 0) / n,
		y: points.reduce((sum, p) => sum + p.y, 0) / n
	};
}

function nodeCentres(): Map<NodeId, Point> {
	const centres = new Map<NodeId, Point>();
	for (const [id, angle] of ringAngles()) centres.set(id, polar(angle, RING_RADIUS));
	for (const [id, place] of Object.entries(OFF_RING)) {
		centres.set(id as NodeId, polar(place!.angle, place!.radius));
	}
	return centres;
}

/**
 * Where the loop's badge would best go: the flywheel's in the centre; B1's between the ring
 * and "Miners sell" (its loop runs between the two); B2's among its three nodes; B3's in the
 * part of its loop that B2 does not share (rewards, churn, devices). clearSpot then moves it
 * off anything it would cover.
 */
function badgeTarget(loop: LoopId, centres: ReadonlyMap<NodeId, Point>): Point {
	const at = (ids: NodeId[]) => centroid(ids.map((id) => centres.get(id)!));
	switch (loop) {
		case 'R1':
			return CENTER;
		case 'B1': {
			const place = OFF_RING.selling!;
			return polar(place.angle, (place.radius + RING_RADIUS) / 2);
		}
		case 'B2':
			return at(['devices', 'density', 'rewards']);
		case 'B3':
			return at(['rewards', 'churn', 'devices']);
	}
}

/** The middle of a loop's nodes (the flywheel's: the centre): arrows bow away from it. */
function loopCentre(loop: LoopId, centres: ReadonlyMap<NodeId, Point>): Point {
	if (loop === 'R1') return CENTER;
	const spec = LOOPS.find((l) => l.id === loop)!;
	return centroid([...new Set(spec.path)].map((id) => centres.get(id)!));
}

/** Badge radius, and the room a badge keeps from arrows (half the widest stroke and a gap). */
export const BADGE_RADIUS = 16;
const BADGE_SEARCH = 42;
const BADGE_STEP = 3;

function distanceToBox(p: Point, box: NodeBox): number {
	const dx = Math.max(0, Math.abs(p.x - box.x) - box.width / 2);
	const dy = Math.max(0, Math.abs(p.y - box.y) - box.height / 2);
	return Math.hypot(dx, dy);
}

/**
 * The point near `preferred` with the most room around it (from node boxes, arrows with their
 * signs and heads, and badges already placed), so that a badge covers nothing. A plain grid
 * search: deterministic, and run once.
 */
function clearSpot(
	preferred: Point,
	nodes: readonly NodeBox[],
	edges: readonly EdgeGeometry[],
	placed: readonly Point[]
): Point {
	const samples: Point[] = [];
	for (const edge of edges) {
		for (let t = 0; t <= 1.0001; t += 0.05)
			samples.push(quadraticAt(edge.start, edge.control, edge.end, t));
		samples.push(edge.sign);
	}
	// The least clearance from nodes, arrows and badges already placed (plain loops: this runs
	// for every candidate spot while the page mounts).
	const room = (p: Point) => {
		let least = Infinity;
		for (const node of nodes) least = Math.min(least, distanceToBox(p, node));
		for (const q of samples)
			least = Math.min(least, Math.hypot(p.x - q.x, p.y - q.y) - MAX_WIDTH / 2);
		for (const q of placed)
			least = Math.min(least, Math.hypot(p.x - q.x, p.y - q.y) - BADGE_RADIUS);
		return least;
	};
	let best = preferred;
	let bestScore = -Infinity;
	for (let dy = -BADGE_SEARCH; dy <= BADGE_SEARCH; dy += BADGE_STEP) {
		for (let dx = -BADGE_SEARCH; dx <= BADGE_SEARCH; dx += BADGE_STEP) {
			const p = { x: preferred.x + dx, y: preferred.y + dy };
			// Room up to twice the badge's radius counts; beyond it, closeness to the loop wins.
			const score = Math.min(room(p), 2 * BADGE_RADIUS) - 0.1 * Math.hypot(dx, dy);
			if (score > bestScore) {
				best = p;
				bestScore = score;
			}
		}
	}
	return best;
}

let computed: DiagramLayout | null = null;

/** The layout (computed on first use, then shared: it never changes). */
export function diagramLayout(): DiagramLayout {
	computed ??= computeLayout();
	return computed;
}

function computeLayout(): DiagramLayout {
	const centres = nodeCentres();
	const nodes: NodeBox[] = LOOP_NODES.map((node) => ({
		id: node.id,
		label: node.label,
		...centres.get(node.id)!,
		width: nodeWidth(node.label),
		height: NODE_HEIGHT
	}));
	const box = new Map(nodes.map((node) => [node.id, node]));

	const edges: EdgeGeometry[] = LOOP_EDGES.map((edge) => {
		const a = box.get(edge.from)!;
		const b = box.get(edge.to)!;
		const loop = edge.loops[0];
		const bothOnRing = RING.includes(edge.from) && RING.includes(edge.to);
		let control: Point;
		if (bothOnRing) {
			// The tangents' crossing: the curve follows the circle between neighbours.
			const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
			const out = unit(CENTER, mid);
			const half = Math.PI / RING.length;
			const radius = RING_RADIUS / Math.cos(half);
			control = { x: CENTER.x + out.x * radius, y: CENTER.y + out.y * radius };
		} else {
			const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
			const away = unit(loopCentre(loop, centres), mid);
			const length = Math.hypot(b.x - a.x, b.y - a.y);
			control = { x: mid.x + away.x * BULGE * length, y: mid.y + away.y * BULGE * length };
		}
		const startDir = unit(a, control);
		const endDir = unit(b, control);
		const start = {
			x: a.x + startDir.x * (boxReach(a, startDir.x, startDir.y) + NODE_GAP),
			y: a.y + startDir.y * (boxReach(a, startDir.x, startDir.y) + NODE_GAP)
		};
		const end = {
			x: b.x + endDir.x * (boxReach(b, endDir.x, endDir.y) + NODE_GAP),
			y: b.y + endDir.y * (boxReach(b, endDir.x, endDir.y) + NODE_GAP)
		};
		const near = quadraticAt(start, control, end, 0.72);
		const side = unit({ x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 }, control);
		const sign = { x: near.x + side.x * SIGN_OFFSET, y: near.y + side.y * SIGN_OFFSET };
		const r = (p: Point) => ({ x: round(p.x), y: round(p.y) });
		const [s, c, e] = [r(start), r(control), r(end)];
		return {
			id: edge.id,
			loop,
			polarity: edge.polarity,
			d: `M${s.x},${s.y}Q${c.x},${c.y} ${e.x},${e.y}`,
			start: s,
			control: c,
			end: e,
			sign: r(sign)
		};
	});

	const badges: BadgeGeometry[] = [];
	for (const loop of LOOPS) {
		const preferred = badgeTarget(loop.id, centres);
		const spot = loop.id === 'R1' ? preferred : clearSpot(preferred, nodes, edges, badges);
		badges.push({ id: loop.id, ...spot });
	}

	const xs = nodes.flatMap((n) => [n.x - n.width / 2, n.x + n.width / 2]);
	const ys = nodes.flatMap((n) => [n.y - n.height / 2, n.y + n.height / 2]);
	for (const edge of edges) {
		xs.push(edge.control.x, edge.sign.x);
		ys.push(edge.control.y, edge.sign.y);
	}
	const x = Math.floor(Math.min(...xs) - MARGIN);
	const y = Math.floor(Math.min(...ys) - MARGIN);
	return {
		viewBox: {
			x,
			y,
			width: Math.ceil(Math.max(...xs) + MARGIN - x),
			height: Math.ceil(Math.max(...ys) + MARGIN - y)
		},
		nodes,
		edges,
		badges
	};
}

/** Weekly rate (fraction per week, either sign) at which an arrow is drawn at its widest. */
export const FULL_WIDTH_RATE = 0.04;
export const MIN_WIDTH = 1.5;
export const MAX_WIDTH = 9;

const widthScale = scaleSqrt()
	.domain([0, FULL_WIDTH_RATE])
	.range([MIN_WIDTH, MAX_WIDTH])
	.clamp(true);

/** Stroke width of an arrow carrying `rate` (its sign is shown by the polarity, not the width). */
export function edgeWidth(rate: number): number {
	return Number.isFinite(rate) ? round(widthScale(Math.abs(rate))) : MIN_WIDTH;
}

export interface Arrow {
	/** The shaft, stopped short of the tip so that a thick stroke stays inside the head. */
	readonly d: string;
	/** The head's triangle (SVG polygon points), its tip at the edge's end. */
	readonly head: string;
}

/** An edge drawn `width` wide: a head that grows with the shaft. */
export function arrow(edge: EdgeGeometry, width: number): Arrow {
	const length = 7 + 1.2 * width;
	const half = 3.5 + 0.75 * width;
	const back = unit(edge.end, edge.control);
	const base = { x: edge.end.x + back.x * length, y: edge.end.y + back.y * length };
	const shaftEnd = { x: edge.end.x + back.x * length * 0.8, y: edge.end.y + back.y * length * 0.8 };
	const left = { x: base.x - back.y * half, y: base.y + back.x * half };
	const right = { x: base.x + back.y * half, y: base.y - back.x * half };
	const p = (point: Point) => `${round(point.x)},${round(point.y)}`;
	return {
		d: `M${p(edge.start)}Q${p(edge.control)} ${p(shaftEnd)}`,
		head: `${p(edge.end)} ${p(left)} ${p(right)}`
	};
}
