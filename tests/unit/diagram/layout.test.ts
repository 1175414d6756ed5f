import { describe, expect, test } from 'vitest';
import {
	BADGE_RADIUS,
	CENTER,
	MAX_WIDTH,
	MIN_WIDTH,
	RING,
	RING_RADIUS,
	arrow,
	boxReach,
	diagramLayout,
	edgeWidth,
	quadraticAt,
	ringAngles
} from '../../../web/src/diagram/layout';
import type { NodeBox, Point } from '../../../web/src/diagram/layout';
import { LOOPS, LOOP_EDGES, LOOP_NODES } from '../../../web/src/model/loops';

const layout = diagramLayout();

function inside(p: Point, box: NodeBox, pad = 0): boolean {
	return (
		Math.abs(p.x - box.x) < box.width / 2 + pad && Math.abs(p.y - box.y) < box.height / 2 + pad
	);
}

function overlap(a: NodeBox, b: NodeBox): boolean {
	return (
		Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < (a.height + b.height) / 2
	);
}

describe('the diagram layout', () => {
	test('is the same every time (nothing jumps between frames)', () => {
		expect(diagramLayout()).toEqual(layout);
	});

	test('the flywheel sits on a circle, clockwise in loop order, from d3 pie angles', () => {
		const angles = ringAngles();
		const values = RING.map((id) => angles.get(id)!);
		expect(values[0]).toBeCloseTo(-Math.PI / 6, 9);
		for (let i = 1; i < values.length; i++)
			expect(values[i] - values[i - 1]).toBeCloseTo(Math.PI / 3, 9);
		for (const id of RING) {
			const node = layout.nodes.find((n) => n.id === id)!;
			expect(Math.hypot(node.x - CENTER.x, node.y - CENTER.y)).toBeCloseTo(RING_RADIUS, 6);
		}
	});

	test('every node, control point and sign is inside the view box; boxes never overlap', () => {
		const { x, y, width, height } = layout.viewBox;
		const within = (p: Point) => p.x >= x && p.x <= x + width && p.y >= y && p.y <= y + height;
		expect(layout.nodes).toHaveLength(LOOP_NODES.length);
		for (const node of layout.nodes) {
			expect(within({ x: node.x - node.width / 2, y: node.y - node.height / 2 })).toBe(true);
			expect(within({ x: node.x + node.width / 2, y: node.y + node.height / 2 })).toBe(true);
		}
		for (const edge of layout.edges) expect(within(edge.control) && within(edge.sign)).toBe(true);
		for (let i = 0; i < layout.nodes.length; i++) {
			for (let j = i + 1; j < layout.nodes.length; j++) {
				expect(
					overlap(layout.nodes[i], layout.nodes[j]),
					`${layout.nodes[i].id}/${layout.nodes[j].id}`
				).toBe(false);
			}
		}
	});

	test('arrows start and end just outside their nodes, and never cross another node', () => {
		const byId = new Map(layout.nodes.map((n) => [n.id, n]));
		for (const spec of LOOP_EDGES) {
			const edge = layout.edges.find((e) => e.id === spec.id)!;
			const from = byId.get(spec.from)!;
			const to = byId.get(spec.to)!;
			expect(inside(edge.start, from)).toBe(false);
			expect(inside(edge.start, from, 8)).toBe(true);
			expect(inside(edge.end, to)).toBe(false);
			expect(inside(edge.end, to, 8)).toBe(true);
			for (let t = 0.05; t < 1; t += 0.05) {
				const p = quadraticAt(edge.start, edge.control, edge.end, t);
				for (const node of layout.nodes)
					expect(inside(p, node), `${spec.id} crosses ${node.id}`).toBe(false);
			}
			expect(edge.d).toMatch(/^M[\d.]+,[\d.]+Q[\d.]+,[\d.]+ [\d.]+,[\d.]+$/);
		}
	});

	test('each loop has a badge that covers no node, arrow or other badge', () => {
		expect(layout.badges.map((b) => b.id)).toEqual(LOOPS.map((l) => l.id));
		expect(layout.badges[0]).toMatchObject({ x: CENTER.x, y: CENTER.y });
		const r = BADGE_RADIUS;
		for (const badge of layout.badges) {
			for (const node of layout.nodes) {
				expect(inside(badge, node, r), `${badge.id} on ${node.id}`).toBe(false);
			}
			for (const edge of layout.edges) {
				for (let t = 0; t <= 1; t += 0.02) {
					const p = quadraticAt(edge.start, edge.control, edge.end, t);
					const gap = Math.hypot(p.x - badge.x, p.y - badge.y);
					expect(gap, `${badge.id} on ${edge.id}`).toBeGreaterThan(r + MAX_WIDTH / 2);
				}
			}
			for (const other of layout.badges) {
				if (other === badge) continue;
				expect(Math.hypot(other.x - badge.x, other.y - badge.y)).toBeGreaterThan(2 * r);
			}
		}
	});

	test('boxReach: the distance from a box centre to its border', () => {
		expect(boxReach({ width: 100, height: 30 }, 1, 0)).toBe(50);
		expect(boxReach({ width: 100, height: 30 }, 0, -1)).toBe(15);
		expect(boxReach({ width: 100, height: 30 }, Math.SQRT1_2, Math.SQRT1_2)).toBeCloseTo(
			15 * Math.SQRT2,
			9
		);
	});
});

describe('arrow widths and heads', () => {
	test('widths grow with the rate, whatever its sign, and stay within bounds', () => {
		expect(edgeWidth(0)).toBe(MIN_WIDTH);
		expect(edgeWidth(0.001)).toBeGreaterThan(MIN_WIDTH);
		expect(edgeWidth(0.01)).toBeGreaterThan(edgeWidth(0.001));
		expect(edgeWidth(-0.01)).toBe(edgeWidth(0.01));
		expect(edgeWidth(5)).toBe(MAX_WIDTH);
		expect(edgeWidth(NaN)).toBe(MIN_WIDTH);
		expect(edgeWidth(Infinity)).toBe(MIN_WIDTH);
	});

	test('the head ends at the tip and is wider than the shaft', () => {
		const edge = layout.edges[0];
		for (const width of [MIN_WIDTH, 4, MAX_WIDTH]) {
			const { d, head } = arrow(edge, width);
			const [tip, left, right] = head.split(' ').map((p) => p.split(',').map(Number));
			expect(tip).toEqual([edge.end.x, edge.end.y]);
			expect(Math.hypot(left[0] - right[0], left[1] - right[1])).toBeGreaterThan(width * 1.5);
			expect(d.startsWith(`M${edge.start.x},${edge.start.y}Q`)).toBe(true);
		}
	});
});
