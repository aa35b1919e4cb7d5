/** Who is speaking, for languages whose polite particles depend on it (Thai: ค่ะ/คะ or ครับ). */
export type Speaker = 'female' | 'male';

// Sentence-final particles only: followed by a space, punctuation or the end (คะแนน, "score", is left alone).
const FEMALE_PARTICLE = /(ค่ะ|คะ)(?=$|[\s.,!?)"'」』）])/gu;

/**
 * Writes a Thai reply in the speaker's voice. The built-in Thai templates use the female particles most shop
 * admins write (ค่ะ, นะคะ, ไหมคะ); a male speaker says ครับ in every one of those places. Text in other languages is
 * returned unchanged.
 * @example withSpeaker('ได้เลยค่ะ ส่งให้นะคะ', 'th', 'male') // 'ได้เลยครับ ส่งให้นะครับ'
 */
export function withSpeaker(text: string, locale: string, speaker: Speaker | undefined): string {
  if (speaker !== 'male' || !locale.toLowerCase().startsWith('th')) return text;
  return text.replace(FEMALE_PARTICLE, 'ครับ');
}
