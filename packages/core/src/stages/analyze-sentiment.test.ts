import { describe, expect, it } from 'vitest';
import type { SupportedLanguage } from '../languages.js';
import { analyzeSentiment } from './analyze-sentiment.js';

type Case = readonly [text: string, language: SupportedLanguage, label: 'negative' | 'neutral' | 'positive'];

// Each row names the phenomenon it covers; the texts are written for these tests (not from the bench corpus).
const CASES: Record<string, readonly Case[]> = {
  'plain polarity': [
    ['The lamp is broken and the seller is useless', 'en', 'negative'], ['Fantastic quality, thank you so much', 'en', 'positive'],
    ['La mochila llegó rota, qué decepción', 'es', 'negative'], ['Excelente calidad, me encantó', 'es', 'positive'],
    ['A mochila chegou rasgada, péssima', 'pt', 'negative'], ['Adorei, qualidade excelente', 'pt', 'positive'],
    ['Le sac est arrivé abîmé, très déçue', 'fr', 'negative'], ['Qualité superbe, je recommande', 'fr', 'positive'],
    ['Der Rucksack kam kaputt an, sehr enttäuscht', 'de', 'negative'], ['Hervorragende Qualität, sehr zufrieden', 'de', 'positive'],
    ['バッグが破損していて残念です', 'ja', 'negative'], ['品質が素晴らしくて大満足です', 'ja', 'positive'],
    ['包到的时候已经破损了，很失望', 'zh', 'negative'], ['质量很好，非常满意', 'zh', 'positive'],
    ['Tasnya datang sobek, kecewa', 'id', 'negative'], ['Kualitasnya bagus, puas banget', 'id', 'positive'],
    ['กระเป๋ามาถึงขาด ผิดหวัง', 'th', 'negative'], ['คุณภาพดีมาก ประทับใจ', 'th', 'positive'],
  ],
  'neutral requests and questions': [
    ['Can I change the delivery address to my office?', 'en', 'neutral'], ['¿Tienen la talla M en azul?', 'es', 'neutral'],
    ['Qual o prazo de entrega para Curitiba?', 'pt', 'neutral'], ['Pouvez-vous m’envoyer la facture ?', 'fr', 'neutral'],
    ['Wann wird die Bestellung verschickt?', 'de', 'neutral'], ['領収書を発行していただけますか。', 'ja', 'neutral'],
    ['请问什么时候发货？', 'zh', 'neutral'], ['Kak, kapan barangnya dikirim?', 'id', 'neutral'], ['สวัสดีค่ะ จะส่งของวันไหนคะ', 'th', 'neutral'],
    ['What size do you recommend for me?', 'en', 'neutral'],
  ],
  negation: [
    ['I am not happy with this order', 'en', 'negative'], ['The blender does not work', 'en', 'negative'], ['Not bad at all for the price', 'en', 'positive'],
    ['No funciona desde el primer día', 'es', 'negative'], ['No es bueno, la verdad', 'es', 'negative'],
    ['Não gostei do tecido', 'pt', 'negative'], ['O fone não funciona', 'pt', 'negative'],
    ['Je ne suis pas satisfaite du tout', 'fr', 'negative'], ['Ça ne marche pas', 'fr', 'negative'], ["Ce n'est pas normal d'attendre autant", 'fr', 'negative'],
    ['Das Kabel funktioniert nicht', 'de', 'negative'], ['Die Qualität ist nicht gut', 'de', 'negative'],
    ['このケーブルは使えない', 'ja', 'negative'], ['まだ届いていません', 'ja', 'negative'], ['問題なく使えています', 'ja', 'positive'],
    ['这个不好用', 'zh', 'negative'], ['到现在还没收到', 'zh', 'negative'], ['一点问题都没有，很好', 'zh', 'positive'],
    ['Barangnya tidak bisa dipakai', 'id', 'negative'], ['Paketnya belum sampai', 'id', 'negative'], ['Gak ada masalah, mantap', 'id', 'positive'],
    ['ใช้ไม่ได้เลย', 'th', 'negative'], ['ยังไม่ได้รับของเลย', 'th', 'negative'], ['ไม่ผิดหวังเลย', 'th', 'positive'],
  ],
  slang: [
    ['no mames, otra vez me mandaron la talla equivocada', 'es', 'negative'], ['qué onda con mi pedido?? ya pasó una semana', 'es', 'negative'],
    ['está bien chido, me quedó perfecto', 'es', 'positive'], ['vcs são uma piada, nada chegou', 'pt', 'negative'], ['ficou top demais', 'pt', 'positive'],
    ['putain, toujours rien reçu', 'fr', 'negative'], ['Scheiße, schon wieder kaputt', 'de', 'negative'], ['mega nice, passt perfekt', 'de', 'positive'],
    ['垃圾，一天就坏了', 'zh', 'negative'], ['yyds，强烈推荐', 'zh', 'positive'], ['最悪、もう買わない', 'ja', 'negative'],
    ['mantap, barangnya sesuai', 'id', 'positive'], ['anjir, paket ilang', 'id', 'negative'], ['parah, baru sehari udah rusak', 'id', 'negative'],
    ['keren parah, recommended', 'id', 'positive'], ['ดีมากค่ะ', 'th', 'positive'], ['ห่วยมาก', 'th', 'negative'], ['wtf, this is not what I ordered', 'en', 'negative'],
  ],
  'intensifiers, downtoners and contrast': [
    ['I was skeptical but it is actually really good', 'en', 'positive'], ['Nice colour but it broke after a day', 'en', 'negative'],
    ['Bonito, pero llegó roto', 'es', 'negative'], ['Schön, aber leider kaputt', 'de', 'negative'], ['本来有点担心，结果真的挺好的', 'zh', 'positive'],
  ],
  'all caps, punctuation and emoji': [
    ['WHERE IS MY ORDER?? I PAID A MONTH AGO', 'en', 'negative'], ['AMAZING, THANK YOU!!!', 'en', 'positive'],
    ['Llegó hoy 😍', 'es', 'positive'], ['otra vez tarde 🙄', 'es', 'negative'], ['😡😡😡', 'en', 'negative'], ['收到了👍', 'zh', 'positive'],
  ],
  'mixed language': [
    ['El paquete never arrived, qué mal', 'es', 'negative'], ['ลำโพงเปิดไม่ติด so disappointed', 'th', 'negative'],
    ['スピーカーが壊れた、so disappointed', 'ja', 'negative'], ['Barangnya nice banget, love it', 'id', 'positive'], ['质量很nice', 'zh', 'positive'],
  ],
  'words inside other words (CJK, Thai)': [
    ['สวัสดีครับ สอบถามหน่อย', 'th', 'neutral'], ['你好，请问有货吗？', 'zh', 'neutral'], ['どうすればいいですか？', 'ja', 'neutral'], ['麻烦确认一下地址', 'zh', 'neutral'],
  ],
};

describe('analyzeSentiment', () => {
  for (const [phenomenon, cases] of Object.entries(CASES)) {
    it.each(cases)(`${phenomenon}: %j (%s) is %s`, (text, language, label) => {
      const result = analyzeSentiment(text, language);
      expect(result.label, JSON.stringify(result.signals)).toBe(label);
    });
  }

  it('scores on a -1..1 scale consistent with the label', () => {
    for (const cases of Object.values(CASES)) {
      for (const [text, language] of cases) {
        const { label, score, anger } = analyzeSentiment(text, language);
        expect(score).toBeGreaterThanOrEqual(-1);
        expect(score).toBeLessThanOrEqual(1);
        expect(anger).toBeGreaterThanOrEqual(0);
        expect(anger).toBeLessThanOrEqual(1);
        if (label === 'positive') expect(score).toBeGreaterThan(0);
        if (label === 'negative') expect(score).toBeLessThan(0);
      }
    }
  });

  it('says which terms drove the score, marking negated and intensified ones', () => {
    expect(analyzeSentiment('I am not happy', 'en').signals).toContain('not happy');
    expect(analyzeSentiment('es muy malo', 'es').signals).toContain('very malo');
    expect(analyzeSentiment('まだ動いていません', 'ja').signals).toContain('not 動い');
  });

  it.each([
    ['THE ITEM IS BROKEN!!! 😡', 'en'], ['ESTO ES UNA ESTAFA, QUIERO MI DINERO', 'es'], ['Vou abrir reclamação no Procon', 'pt'],
    ['bande de voleurs', 'fr'], ['Ihr Betrüger!!', 'de'], ['ふざけんな、返金しろ', 'ja'], ['你们就是骗子，我要投诉', 'zh'], ['dasar penipu!!!', 'id'], ['โกงกันชัดๆ 😡', 'th'],
  ] as const)('flags anger in %j (%s)', (text, language) => {
    const result = analyzeSentiment(text, language);
    expect(result.anger).toBeGreaterThanOrEqual(0.5);
    expect(result.label).toBe('negative');
  });

  it('keeps anger low for calm complaints and for enthusiastic praise', () => {
    expect(analyzeSentiment('The item arrived a bit scratched, could you help?', 'en').anger).toBeLessThan(0.5);
    expect(analyzeSentiment('LOVE IT!!! BEST SELLER EVER', 'en').anger).toBeLessThan(0.5);
    expect(analyzeSentiment('ORDER 4455 PLEASE CONFIRM THE ADDRESS', 'en').anger).toBeLessThan(0.5);
  });

  it('reads full-width text as the pipeline does (NFKC)', () => {
    expect(analyzeSentiment('ＴＨＩＳ ＩＳ ＴＥＲＲＩＢＬＥ！！', 'en').label).toBe('negative');
    expect(analyzeSentiment('รำคาญมาก', 'th').label).toBe('negative');
  });

  it('reads emoji and punctuation only when the language is unknown', () => {
    expect(analyzeSentiment('', 'und')).toMatchObject({ label: 'neutral', score: 0, anger: 0 });
    expect(analyzeSentiment('😡🤬', 'und').label).toBe('negative');
    expect(analyzeSentiment('terrible', 'und').label).toBe('neutral');
  });

  it('handles hostile input without throwing', () => {
    for (const text of ['\u0000\u0001', '!!!!!!!!!!!!!!!!', '？？？', 'a'.repeat(100_000), '🙂'.repeat(5_000), 'not not not not', 'ไม่ไม่ไม่']) {
      for (const language of ['en', 'ja', 'th', 'und'] as const) expect(() => analyzeSentiment(text, language)).not.toThrow();
    }
  });
});
