/**
 * Greedy CTC decoding of PP-OCRv4 recognition output ([1, steps, classes] probabilities): the best class per
 * step, repeats collapsed, blanks (class 0) dropped; class k is `dictionary[k - 1]` (PaddleOCR's
 * ppocr_keys_v1.txt with a space appended). Confidence is the mean probability of the kept characters.
 */

export interface DecodedText {
  readonly text: string;
  readonly confidence: number;
}

export function ctcGreedyDecode(
  probs: Float32Array,
  steps: number,
  classes: number,
  dictionary: readonly string[],
): DecodedText {
  let text = '';
  let sum = 0;
  let kept = 0;
  let previous = 0;
  for (let s = 0; s < steps; s++) {
    const base = s * classes;
    let best = 0;
    let bestProb = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < classes; k++) {
      const p = probs[base + k] as number;
      if (p > bestProb) {
        bestProb = p;
        best = k;
      }
    }
    if (best !== 0 && best !== previous) {
      text += dictionary[best - 1] ?? '';
      sum += bestProb;
      kept++;
    }
    previous = best;
  }
  return { text, confidence: kept > 0 ? sum / kept : 0 };
}
