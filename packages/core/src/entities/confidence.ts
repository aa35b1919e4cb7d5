/** Clamps a confidence to [0, 1], rounded to two decimals so results compare cleanly. */
export function clampConfidence(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}
