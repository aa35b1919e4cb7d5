import type { FaqEntryInput } from '../faq-entry.js';

/** A small shop's FAQ: a watch and a hoodie, with questions in the nine languages. */
export const SHOP_FAQ: FaqEntryInput[] = [
  {
    id: 'watch-waterproof', productIds: ['B0WATCH01'],
    questions: ['Is it waterproof?', 'Can I swim with it?', '¿Es resistente al agua?', '¿Se puede mojar?', 'É à prova d\'água?', 'Est-elle étanche ?', 'Ist die Uhr wasserdicht?', '防水ですか？', '可以防水吗？', '防水嗎？', 'Apakah tahan air?', 'กันน้ำได้ไหม'],
    answers: {
      en: 'Yes: it is rated 5 ATM, fine for swimming, not for diving.',
      es: 'Sí: tiene resistencia 5 ATM, sirve para nadar pero no para bucear.',
      pt: 'Sim: tem resistência 5 ATM, pode nadar com ele, mas não mergulhar.',
      ja: 'はい、5気圧防水ですので水泳にはお使いいただけますが、ダイビングにはご使用いただけません。',
      zh: '可以的亲，5ATM防水，游泳没问题，但不适合潜水哦。',
      th: 'กันน้ำระดับ 5 ATM ค่ะ ใส่ว่ายน้ำได้ แต่ไม่เหมาะกับการดำน้ำค่ะ',
    },
  },
  {
    id: 'watch-battery', productIds: ['B0WATCH01'],
    questions: ['How long does the battery last?', '¿Cuánto dura la batería?', 'Quanto tempo dura a bateria?', 'バッテリーはどのくらい持ちますか？', '电池能用多久？', 'แบตอยู่ได้กี่วัน'],
    answers: { en: 'About 10 days on a full charge with normal use.', es: 'Unos 10 días con una carga completa y uso normal.', ja: '通常のご使用で、フル充電から約10日間お使いいただけます。', zh: '正常使用充满电大约可以用10天哦。' },
  },
  {
    id: 'watch-charger', productIds: ['B0WATCH01'],
    questions: ['Does it come with a charger?', '¿Incluye cargador?', 'Vem com carregador?', '充電器は付属していますか？', '有充电器吗？'],
    answers: { en: 'Yes, a magnetic USB charging cable is in the box.', es: 'Sí, incluye un cable de carga USB magnético.' },
  },
  {
    id: 'hoodie-sizing', productIds: ['HOODIE-01'],
    questions: ['What size should I get?', 'Does it come in XL?', 'Does the hoodie run small?', '¿Qué talla me recomiendan?', 'Tem tamanho GG?', 'サイズ感はどうですか？', '尺码怎么选？', 'ukurannya gimana kak? ada XL?', 'มีไซส์อะไรบ้าง'],
    answers: { en: 'It fits true to size, from S to XXL; size up for a looser fit.', es: 'Queda a la medida normal, de la S a la XXL; elige una talla más si lo quieres holgado.', id: 'Ukurannya normal kak, tersedia S sampai XXL.' },
  },
  {
    id: 'hoodie-water', productIds: ['HOODIE-01'],
    questions: ['Is the hoodie waterproof?', 'Is it waterproof?', '¿La sudadera es impermeable?'],
    answers: { en: 'It is water-repellent, not waterproof: fine for light rain.', es: 'Repele el agua, pero no es impermeable: aguanta una llovizna.' },
  },
  {
    id: 'hoodie-care', productIds: ['HOODIE-01'],
    questions: ['How do I wash it?', 'Can it go in the washing machine?', '¿Se puede lavar en lavadora?', 'Pode lavar na máquina?', '洗濯機で洗えますか？', '可以机洗吗？'],
    answers: { en: 'Machine wash cold, inside out; do not tumble dry.', es: 'Lavar en lavadora con agua fría y al revés; no usar secadora.' },
  },
];
