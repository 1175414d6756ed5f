// The integer base-unit ledger of MODEL.md I1, kept beside the f64 ledger of price.ts (B9).
// Base unit: 10⁻⁶ token (a micro-token). Each week every flow of the f64 ledger (minted E + remint,
// locked, unlocked, burned) is converted once to whole base units, round half to even on the
// f64 product x·10⁶ (WASM f64.nearest), and the integer stocks move by those integers only, so
//   supply + locked = S₀ + minted − burned   holds exactly, every week, in both engines.
// Burn never exceeds circulating supply (b ≤ S, taken before this week's mint as in B6) and unlock
// never exceeds the locked balance, so no integer stock goes negative.
// Range: a flow or S₀ saturates at 2⁵² base units (4.5·10⁹ tokens: 225× the schema's largest
// weekly mint E + remint, 2× its largest S₀), so after MAX_WEEKS = 1040 weeks every stock stays
// below 1041·2⁵² ≈ 4.7·10¹⁸ < 2⁶³: no overflow for any input. Within the schema only one contrived
// path saturates: the Filecoin hybrid (emission.ts) catching up years of deferred baseline reward
// in one week (levers moved mid-run); the identity still holds exactly, only the bound between
// this ledger and the f64 one does not.
// See docs/model.md "Integer ledger" for the bound between this ledger and the f64 one.
import { World } from '../world';

export const BASE_UNITS_PER_TOKEN: f64 = 1e6;
const MAX_AMOUNT_BASE: f64 = 4503599627370496.0; // 2⁵²

export const LEDGER_SUPPLY: i32 = 0; // circulating S
export const LEDGER_LOCKED: i32 = 1; // L_inv
export const LEDGER_MINTED: i32 = 2; // cumulative minted
export const LEDGER_BURNED: i32 = 3; // cumulative burned

/** Whole base units of `tokens`: round half to even of tokens·10⁶; 0 unless tokens > 0 (NaN: 0). */
export function toBase(tokens: f64): i64 {
	if (!(tokens > 0.0)) return 0;
	return <i64>nearest<f64>(min<f64>(tokens * BASE_UNITS_PER_TOKEN, MAX_AMOUNT_BASE));
}

/** Week 0: S₀ in circulation, nothing locked, minted or burned. */
export function resetLedger(w: World): void {
	w.supplyBase = toBase(w.supply);
	w.lockedBase = 0;
	w.mintedBase = 0;
	w.burnedBase = 0;
}

/** Called by B9 (price.ts) right after the f64 ledger, with the very f64 flows it added. */
export function stepLedger(w: World): void {
	const minted = toBase(w.emission + w.remint);
	const locked = min<i64>(toBase(w.lockedTokens), minted);
	const unlocked = min<i64>(toBase(w.unlock), w.lockedBase);
	const burned = min<i64>(toBase(w.burn), w.supplyBase);
	w.supplyBase += minted - locked + unlocked - burned;
	w.lockedBase += locked - unlocked;
	w.mintedBase += minted;
	w.burnedBase += burned;
}

/** One stock of the ledger in base units (kinds above); −1 for an unknown kind. */
export function ledgerStock(w: World, kind: i32): i64 {
	if (kind == LEDGER_SUPPLY) return w.supplyBase;
	if (kind == LEDGER_LOCKED) return w.lockedBase;
	if (kind == LEDGER_MINTED) return w.mintedBase;
	if (kind == LEDGER_BURNED) return w.burnedBase;
	return -1;
}
