/**
 * A run's score in its three levels, each as a positive amount of "bad" so it reads plainly:
 * hard = rules broken (a proposal never breaks one), medium = people left without a home,
 * weighted by urgency, soft = the preference penalty (distance, spare beds, language...).
 */
export type ScoreLevels = { hard: number; medium: number; soft: number };

const SCORE_PATTERN = /^(?:(-?\d+)init\/)?(-?\d+)hard\/(-?\d+)medium\/(-?\d+)soft$/;

/** Reads OptaPlanner's "0hard/-12medium/-345soft" (an "-3init/" prefix is ignored); null if it is not one. */
export function parseScore(score: string | null | undefined): ScoreLevels | null {
  const match = score ? SCORE_PATTERN.exec(score.trim()) : null;
  if (!match) return null;
  // Scores are ≤ 0; "−0" would print oddly, hence the `|| 0`.
  const amount = (text: string | undefined) => Math.abs(Number(text)) || 0;
  return { hard: amount(match[2]), medium: amount(match[3]), soft: amount(match[4]) };
}
