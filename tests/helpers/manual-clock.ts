/** The engine's clock (web/src/engine/clock.ts), advanced by hand in tests. */
import type { Clock } from '../../web/src/engine/clock';

export class ManualClock implements Clock {
	time = 0;
	/** Milliseconds that pass on every now() call (0: time stands still within a tick). */
	cost = 0;
	private ticks = new Set<() => void>();
	now = () => (this.time += this.cost);
	every(_ms: number, tick: () => void) {
		this.ticks.add(tick);
		return () => void this.ticks.delete(tick);
	}
	/** How many timers are running. */
	get running() {
		return this.ticks.size;
	}
	advance(ms: number, stepMs = 16) {
		for (let t = 0; t < ms; t += stepMs) {
			this.time += stepMs;
			for (const tick of [...this.ticks]) tick();
		}
	}
}
