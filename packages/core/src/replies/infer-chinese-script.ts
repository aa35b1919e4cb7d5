// Common characters written differently in the two standards, paired position by position. Characters shared by
// both carry no signal and are left out. Japanese shares some of the traditional forms (間, 時): callers use this
// only for text already known to be Chinese.
const SIMPLIFIED = '们这说请发货订单谢还么吗几号开时间运费买卖钱换电话问题点个来会对过经东颜码给让没无为邮递询务态质坏损难样实际图长门车马鱼鸟见贝页风飞气书学写读认识记设计试语评论诉账报关应该当进边达顺丰兴欢爱亲复双张条种类内尔红绿蓝黄银铁钟错确证据处帮联网线购优赠礼币价税仓库补签烂脏丢迟';
const TRADITIONAL = '們這說請發貨訂單謝還麼嗎幾號開時間運費買賣錢換電話問題點個來會對過經東顏碼給讓沒無為郵遞詢務態質壞損難樣實際圖長門車馬魚鳥見貝頁風飛氣書學寫讀認識記設計試語評論訴帳報關應該當進邊達順豐興歡愛親復雙張條種類內爾紅綠藍黃銀鐵鐘錯確證據處幫聯網線購優贈禮幣價稅倉庫補簽爛髒丟遲';
const simplified = new Set(SIMPLIFIED);
const traditional = new Set(TRADITIONAL);

/**
 * Tells Simplified from Traditional Chinese by the characters that differ between the two standards
 * (`这/這`, `发/發`, `订/訂`…). Returns `undefined` when the text holds none of them.
 * @example inferChineseScript('請問可以開發票嗎？') // 'Hant'
 */
export function inferChineseScript(text: string, limit = 2000): 'Hans' | 'Hant' | undefined {
  let hans = 0;
  let hant = 0;
  let seen = 0;
  for (const char of text) {
    if (++seen > limit) break;
    if (simplified.has(char)) hans++;
    else if (traditional.has(char)) hant++;
  }
  if (hans === hant) return undefined;
  return hant > hans ? 'Hant' : 'Hans';
}
