import { AFTER_SHIPPING, BEFORE_SHIPPING, defineTemplates, IN_TRANSIT, REFUNDED } from '../define-templates.js';

/**
 * Chinese in Traditional characters (Taiwan, Hong Kong): Taiwanese usage for wording (出貨, 物流單號, 喔), polite
 * «您» throughout, the apology «非常抱歉造成您的不便». Taiwan's own invoice system (統一發票, 統一編號) is in `zh-TW`.
 */
export const ZH_HANT_TEMPLATES = defineTemplates('zh-Hant', {
  order_tracking: {
    friendly: '您好～{{#trackingNumber}}您的訂單{{#orderId}}（{{orderId}}）{{/orderId}}已經{{#carrier}}透過{{carrier}}{{/carrier}}寄出囉，物流單號：{{trackingNumber}}。{{#promisedDeliveryDate}}預計{{promisedDeliveryDate}}前送達喔！{{/promisedDeliveryDate}}{{/trackingNumber}}{{^trackingNumber}}收到！正在幫您查詢訂單{{#orderId}}（{{orderId}}）{{/orderId}}的物流進度，查到後馬上把單號傳給您喔。{{/trackingNumber}}',
    formal: '您好，感謝您的詢問。{{#trackingNumber}}您的訂單{{#orderId}}（{{orderId}}）{{/orderId}}已{{#carrier}}由{{carrier}}{{/carrier}}出貨，物流單號為{{trackingNumber}}。{{#promisedDeliveryDate}}預計送達日期為{{promisedDeliveryDate}}。{{/promisedDeliveryDate}}{{/trackingNumber}}{{^trackingNumber}}我們正在確認您訂單{{#orderId}}（{{orderId}}）{{/orderId}}的狀態，將盡快提供物流資訊給您。{{/trackingNumber}}',
    apologetic: '非常抱歉讓您久等了，了解您想知道包裹的狀況。{{#trackingNumber}}您的訂單已{{#carrier}}透過{{carrier}}{{/carrier}}寄出，可以用單號{{trackingNumber}}查詢物流進度。{{/trackingNumber}}{{^trackingNumber}}我們正在和倉庫確認，一拿到單號就立刻傳給您。{{/trackingNumber}}',
  },
  shipping_time: {
    friendly: '您好～{{#promisedShipDate}}您的訂單會在{{promisedShipDate}}前出貨喔。{{/promisedShipDate}}{{^promisedShipDate}}我們會在商品頁面標示的出貨時間內寄出喔。{{/promisedShipDate}}{{#promisedDeliveryDate}}預計{{promisedDeliveryDate}}前送達。{{/promisedDeliveryDate}}出貨後會馬上把物流單號傳給您！',
    formal: '您好，感謝您的詢問。{{#promisedShipDate}}您的訂單預計於{{promisedShipDate}}前出貨{{#promisedDeliveryDate}}，預計{{promisedDeliveryDate}}前送達{{/promisedDeliveryDate}}。{{/promisedShipDate}}{{^promisedShipDate}}訂單將於商品頁面標示的出貨時間內寄出，預計送達時間可於訂單明細中查看。{{/promisedShipDate}}出貨後我們會將物流單號提供給您。',
    apologetic: '非常抱歉讓您久等了。{{#promisedShipDate}}您的訂單預計在{{promisedShipDate}}前出貨，我們會盡量提早為您寄出。{{/promisedShipDate}}{{^promisedShipDate}}我們正在加緊為您備貨，出貨後會立刻提供物流單號。{{/promisedShipDate}}',
  },
  delivery_problem: {
    apologetic: '非常抱歉您還沒收到包裹，造成您的不便。我們已聯繫物流公司查詢{{#trackingNumber}}（單號：{{trackingNumber}}）{{/trackingNumber}}，48小時內回覆您。若物流顯示已送達，也麻煩您先向家人、鄰居或管理室確認一下。',
    formal: '您好，感謝您的告知，造成您的不便深感抱歉。我們已向物流公司提出查詢{{#trackingNumber}}（單號：{{trackingNumber}}）{{/trackingNumber}}，將於48小時內回覆您處理進度與方案。',
    friendly: '真的很不好意思！我們已經在跟物流公司確認包裹的狀況{{#trackingNumber}}（單號{{trackingNumber}}）{{/trackingNumber}}，48小時內回覆您。如果這段時間收到了，再跟我們說一聲喔。',
  },
  address_change: {
    friendly: '收到！麻煩把新的完整地址（含郵遞區號、收件人）傳在這裡喔。訂單{{#orderId}}（{{orderId}}）{{/orderId}}如果還沒出貨，我們馬上幫您修改。',
    formal: '您好，感謝您的留言。請提供更正後的完整收件地址。如訂單{{#orderId}}（{{orderId}}）{{/orderId}}尚未出貨，我們將為您修改並回覆確認。',
    apologetic: '地址的問題造成您的困擾，非常抱歉。請提供正確的完整地址，我們會盡力在出貨前為您修改訂單{{#orderId}}（{{orderId}}）{{/orderId}}。',
    shipped: { tone: 'apologetic', conditions: IN_TRANSIT, text: '非常抱歉，您的訂單{{#orderId}}（{{orderId}}）{{/orderId}}已經出貨，我們無法再修改地址。我們會向物流公司確認能否改送，有結果會馬上通知您。' },
  },
  order_cancel: {
    friendly: '沒問題！已收到您取消訂單{{#orderId}}（{{orderId}}）{{/orderId}}的申請，如果還沒出貨就幫您取消，稍後會收到確認通知喔。',
    formal: '您好，感謝您的留言。我們已收到您取消訂單{{#orderId}}（{{orderId}}）{{/orderId}}的申請。如訂單尚未出貨，我們將為您取消，並寄送確認通知。',
    apologetic: '很抱歉這次的購物沒能讓您滿意。已收到您取消訂單{{#orderId}}（{{orderId}}）{{/orderId}}的申請，若尚未出貨會立即為您取消，完成後通知您。',
    unshipped: { tone: 'friendly', conditions: BEFORE_SHIPPING, text: '沒問題！訂單{{#orderId}}（{{orderId}}）{{/orderId}}還沒出貨，現在就幫您取消，款項會退回原付款方式，稍後會收到確認通知喔。' },
    shipped: { tone: 'formal', conditions: AFTER_SHIPPING, text: '您好，感謝您的留言。您的訂單{{#orderId}}（{{orderId}}）{{/orderId}}已經出貨，無法再取消。收到商品後，您可以在訂單明細中申請退貨，我們會為您處理。' },
  },
  order_change: {
    friendly: '可以的！麻煩告訴我們想改什麼（尺寸、顏色或數量）。訂單{{#orderId}}（{{orderId}}）{{/orderId}}如果還沒出貨，我們確認庫存後就幫您修改喔。',
    formal: '您好，感謝您的留言。請確認您希望修改的內容（尺寸、顏色或數量）。如訂單{{#orderId}}（{{orderId}}）{{/orderId}}尚未出貨，我們將確認庫存並回覆能否修改。',
    apologetic: '造成您的困擾，非常抱歉。請告訴我們需要的尺寸、顏色或數量，我們會盡力在出貨前為您修改訂單{{#orderId}}（{{orderId}}）{{/orderId}}。',
    shipped: { tone: 'apologetic', conditions: AFTER_SHIPPING, text: '非常抱歉，您的訂單{{#orderId}}（{{orderId}}）{{/orderId}}已經出貨，無法再修改。收到後您可以在訂單明細中申請退貨或換貨，我們會協助您換成需要的商品。' },
  },
  return_request: {
    friendly: '很可惜商品沒能讓您滿意～您可以在訂單明細裡申請退貨，我們收到申請後會盡快審核，並告訴您退貨方式喔。',
    formal: '您好，感謝您的來信。如需退回訂單{{#orderId}}（{{orderId}}）{{/orderId}}的商品，請於訂單明細中提出退貨申請。我們審核後將盡快提供退貨方式與寄件單。',
    apologetic: '非常抱歉商品沒能符合您的期待。請於訂單明細中申請退貨，我們收到後會立即審核並提供退貨方式。保留原包裝會讓退貨更順利喔。',
  },
  exchange_request: {
    friendly: '可以換喔！請問您想換成什麼尺寸或顏色呢？我們確認庫存後再告訴您怎麼換。',
    formal: '您好，感謝您的留言。請告知您希望更換的尺寸或顏色，我們確認庫存後將為您說明換貨流程。',
    apologetic: '很抱歉商品不合適。請告訴我們您需要的尺寸或顏色，我們馬上確認庫存，並告訴您換貨方式。',
  },
  refund_request: {
    apologetic: '非常抱歉帶給您不好的體驗。為了盡快處理您的退款申請{{#orderId}}（訂單：{{orderId}}）{{/orderId}}，麻煩說明一下狀況，若商品有損壞請附上照片，我們會在24小時內回覆您。',
    formal: '您好，感謝您的留言。我們已收到您的退款申請{{#orderId}}（訂單：{{orderId}}）{{/orderId}}。為便於審核，請說明原因，如有需要請附上商品照片。我們將於24小時內回覆。',
    friendly: '收到！我們一定會幫您處理好。可以再詳細說說是什麼問題嗎？有照片會更好喔。我們審核後24小時內回覆您。',
  },
  refund_status: {
    friendly: '您好～退貨商品到倉並檢查完後就會為您退款喔。退款發起後，銀行或支付平台通常需要3到10個工作天入帳。如果超過這個時間還沒收到，跟我們說，我們幫您查！',
    formal: '您好，感謝您的詢問。訂單{{#orderId}}（{{orderId}}）{{/orderId}}的退款將於退貨商品簽收並檢查後發起。依您的銀行或付款方式不同，通常需要3到10個工作天入帳。',
    apologetic: '非常抱歉讓您久等退款。我們正在確認訂單{{#orderId}}（{{orderId}}）{{/orderId}}的退款進度，24小時內回覆您。退款發起後，銀行通常需要3到10個工作天入帳。',
    refunded: { tone: 'friendly', conditions: REFUNDED, text: '好消息！訂單{{#orderId}}（{{orderId}}）{{/orderId}}的退款我們這邊已經發起了，依銀行或支付平台不同，通常3到10個工作天會入帳喔。' },
  },
  product_question: {
    friendly: '謝謝您詢問{{#productName}}「{{productName}}」{{/productName}}！我們正在確認細節，稍後回覆您喔。商品頁面上也有完整的規格可以參考。',
    formal: '您好，感謝您對{{#productName}}「{{productName}}」{{/productName}}{{^productName}}本商品{{/productName}}的關注。我們正在確認您詢問的內容，稍後將詳細回覆您。',
    apologetic: '很抱歉商品資訊不夠清楚。我們正在為您確認{{#productName}}「{{productName}}」的{{/productName}}細節，會盡快回覆您。',
  },
  stock_availability: {
    friendly: '謝謝您的詢問！正在幫您確認{{#productName}}「{{productName}}」{{/productName}}您要的尺寸或顏色有沒有貨，稍後告訴您喔。頁面上可以選的規格都有現貨。',
    formal: '您好，感謝您的詢問。我們正在確認{{#productName}}「{{productName}}」{{/productName}}{{^productName}}該商品{{/productName}}您所需規格的庫存，稍後為您確認。商品頁面可選擇的規格均有現貨。',
    apologetic: '非常抱歉，您要的規格{{#productName}}（{{productName}}）{{/productName}}目前可能暫時缺貨。我們正在確認補貨時間，有消息會第一時間通知您。',
  },
  product_defect: {
    apologetic: '非常抱歉商品出了問題，造成您的困擾。麻煩拍下問題部位的照片或短片傳給我們{{#orderId}}，並確認訂單編號{{orderId}}{{/orderId}}，我們確認後會立刻為您安排換貨或退款。',
    formal: '您好，感謝您的回報，造成您的不便深感抱歉。為盡快處理，請提供商品問題部位的照片{{#orderId}}（訂單：{{orderId}}）{{/orderId}}。確認後我們將為您安排換貨或退款。',
    friendly: '真的很不好意思，商品不應該是這樣的！拍張照片傳給我們，我們盡快幫您換新或退款喔。',
  },
  wrong_or_missing_item: {
    apologetic: '非常抱歉寄錯或漏寄商品，造成您的困擾。麻煩拍下收到的商品和寄件標籤{{#orderId}}（訂單：{{orderId}}）{{/orderId}}傳給我們，確認後會盡快為您補寄正確的商品或缺少的配件。',
    formal: '您好，對於此次的疏失我們深感抱歉。為盡快處理，請提供收到的商品及寄件標籤照片{{#orderId}}（訂單：{{orderId}}）{{/orderId}}，確認後我們將為您補寄正確的商品。',
    friendly: '不好意思寄錯了！拍張收到的商品照片給我們，正確的商品或缺少的配件馬上幫您補寄喔。',
  },
  invoice_request: {
    friendly: '沒問題！訂單{{#orderId}}（{{orderId}}）{{/orderId}}的發票開好後會傳給您。如果需要開公司抬頭，請提供公司名稱和稅籍編號喔。',
    formal: '您好，感謝您的申請。我們將為訂單{{#orderId}}（{{orderId}}）{{/orderId}}開立發票或收據，並透過此管道提供給您。如需開立公司抬頭，請提供公司名稱及稅籍編號。',
    apologetic: '非常抱歉包裹內沒有附上發票。我們會盡快為訂單{{#orderId}}（{{orderId}}）{{/orderId}}開立並提供給您，如需公司抬頭請告訴我們。',
  },
  price_negotiation: {
    friendly: '謝謝您的支持！我們的價格已經很實在了，不過如果數量比較多可以幫您申請看看，大概需要幾件呢？',
    formal: '您好，感謝您的詢問。我們的價格已盡量做到優惠。如需大量採購，請告知所需數量，我們將確認能否提供更合適的價格。',
    apologetic: '非常抱歉，單件商品暫時沒辦法再降價。如果您需要多件，可以告訴我們數量，我們幫您看看。',
  },
  promotion_inquiry: {
    friendly: '優惠券通常有使用條件喔：適用商品、最低消費金額和使用期限。如果都符合但結帳時還是不能用，把代碼傳給我們，幫您看看是什麼原因！',
    formal: '您好，感謝您的詢問。優惠券僅適用於指定商品並須於有效期限內使用，部分優惠券設有最低消費金額。如您的優惠券符合條件仍無法使用，請提供代碼以便我們確認。',
    apologetic: '很抱歉優惠券沒能使用。麻煩把代碼和您要購買的商品告訴我們，我們馬上確認原因。',
  },
  payment_issue: {
    formal: '您好，感謝您的詢問。您的訂單可使用的付款方式（如信用卡分期、貨到付款等，依實際提供為準）會顯示於結帳頁面。如付款失敗或遭重複扣款，請告知扣款日期，我們將與平台確認。',
    apologetic: '非常抱歉付款造成您的困擾。付款由平台處理，我們無法查看您的信用卡資料；如遭重複扣款，多扣的款項通常幾天內會自動退回。請告訴我們扣款日期，我們協助您追蹤。',
    friendly: '結帳頁面會顯示您可以使用的所有付款方式，例如信用卡分期或貨到付款（依頁面為準）喔。付款遇到問題隨時跟我們說！',
  },
  customs_duties: {
    friendly: '關稅和進口稅是依您所在國家的規定和訂單金額而定喔。如果結帳時沒有包含，通常在收貨時支付。包裹如果被海關扣留，跟我們說，我們幫您準備文件！',
    formal: '您好，感謝您的詢問。進口關稅及相關稅費由目的地海關依商品價值核定。如下單時未包含，通常由收件人於收貨時繳納。如包裹遭海關暫扣，我們可提供所需文件。',
    apologetic: '非常抱歉清關造成您的困擾。我們會協助您盡快領取包裹，請告訴我們海關需要哪些文件，我們馬上把發票等資料提供給您。',
  },
  positive_feedback: {
    friendly: '謝謝您的支持和肯定！您喜歡就是我們最開心的事，祝您使用愉快！',
    formal: '非常感謝您的肯定與支持。得知您對商品滿意，我們深感榮幸。',
  },
  greeting_other: {
    friendly: '您好～請問有什麼可以幫您的嗎？如果是訂單相關的問題，麻煩提供訂單編號喔。',
    formal: '您好，感謝您的來信。請問有什麼可以協助您的地方？如詢問訂單相關問題，請提供訂單編號。',
  },
});

/** Taiwan only: the uniform invoice system (統一發票, 電子發票, 統一編號 for companies). */
export const ZH_TW_TEMPLATES = defineTemplates('zh-TW', {
  invoice_request: {
    friendly: '沒問題！訂單{{#orderId}}（{{orderId}}）{{/orderId}}的電子發票開立後會寄到您的信箱或存入載具。如果需要打統編，請提供統一編號和公司抬頭喔。',
    formal: '您好，感謝您的詢問。訂單{{#orderId}}（{{orderId}}）{{/orderId}}將開立電子發票，並依您選擇的方式寄送或存入載具。如需開立三聯式發票，請提供統一編號及公司抬頭。',
    apologetic: '非常抱歉發票的問題造成您的困擾。我們會盡快為訂單{{#orderId}}（{{orderId}}）{{/orderId}}補開電子發票，如需打統編請提供統一編號和公司抬頭。',
  },
});
