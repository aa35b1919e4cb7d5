import { AFTER_SHIPPING, BEFORE_SHIPPING, defineTemplates, IN_TRANSIT, REFUNDED } from '../define-templates.js';

/**
 * Chinese in Simplified characters, for the mainland: the friendly register is the familiar e-commerce voice
 * («亲», «哦», «～»), the formal one «您好», «感谢您的耐心», the apology «非常抱歉给您带来不便». Traditional
 * characters live in `zh-Hant` (and `zh-TW`).
 */
export const ZH_TEMPLATES = defineTemplates('zh', {
  order_tracking: {
    friendly: '亲，{{#trackingNumber}}您的订单{{#orderId}}（{{orderId}}）{{/orderId}}已经{{#carrier}}通过{{carrier}}{{/carrier}}发出啦，物流单号：{{trackingNumber}}。{{#promisedDeliveryDate}}预计{{promisedDeliveryDate}}前送达哦～{{/promisedDeliveryDate}}{{/trackingNumber}}{{^trackingNumber}}收到～正在帮您查询订单{{#orderId}}（{{orderId}}）{{/orderId}}的物流信息，稍后把单号发给您哦。{{/trackingNumber}}',
    formal: '您好，感谢您的咨询。{{#trackingNumber}}您的订单{{#orderId}}（{{orderId}}）{{/orderId}}已{{#carrier}}由{{carrier}}{{/carrier}}发出，物流单号为{{trackingNumber}}。{{#promisedDeliveryDate}}预计送达日期为{{promisedDeliveryDate}}。{{/promisedDeliveryDate}}{{/trackingNumber}}{{^trackingNumber}}我们正在核实您订单{{#orderId}}（{{orderId}}）{{/orderId}}的状态，将尽快把物流信息发送给您。{{/trackingNumber}}',
    apologetic: '非常抱歉让您久等了，理解您着急想知道包裹的情况。{{#trackingNumber}}您的订单已{{#carrier}}通过{{carrier}}{{/carrier}}发出，可以用单号{{trackingNumber}}查询物流进度。{{/trackingNumber}}{{^trackingNumber}}我们正在和仓库核实，一有单号马上发给您。{{/trackingNumber}}',
  },
  shipping_time: {
    friendly: '亲，{{#promisedShipDate}}您的订单会在{{promisedShipDate}}前发货哦。{{/promisedShipDate}}{{^promisedShipDate}}我们会在商品页面写明的发货时间内发出哦。{{/promisedShipDate}}{{#promisedDeliveryDate}}预计{{promisedDeliveryDate}}前送达。{{/promisedDeliveryDate}}发货后第一时间把物流单号发给您～',
    formal: '您好，感谢您的咨询。{{#promisedShipDate}}您的订单预计于{{promisedShipDate}}前发货{{#promisedDeliveryDate}}，预计{{promisedDeliveryDate}}前送达{{/promisedDeliveryDate}}。{{/promisedShipDate}}{{^promisedShipDate}}订单将在商品页面标注的发货时效内发出，预计送达时间可在订单详情中查看。{{/promisedShipDate}}发货后我们会将物流单号发送给您。',
    apologetic: '非常抱歉让您久等了。{{#promisedShipDate}}您的订单预计{{promisedShipDate}}前发货，我们会尽量提前为您发出。{{/promisedShipDate}}{{^promisedShipDate}}我们正在加紧为您备货，发货后会立即把物流单号发给您。{{/promisedShipDate}}',
  },
  delivery_problem: {
    apologetic: '非常抱歉您的包裹还没有收到，给您添麻烦了。我们已经联系快递公司核查{{#trackingNumber}}（单号：{{trackingNumber}}）{{/trackingNumber}}，48小时内给您答复。如果物流显示已签收，麻烦您先问问家人、邻居或看看快递柜哦。',
    formal: '您好，感谢您告知，给您带来不便深表歉意。我们已向快递公司提交查询{{#trackingNumber}}（单号：{{trackingNumber}}）{{/trackingNumber}}，将在48小时内向您反馈进展和处理方案。',
    friendly: '亲，真不好意思～我们已经在找快递公司问包裹的情况了{{#trackingNumber}}（单号{{trackingNumber}}）{{/trackingNumber}}，48小时内给您回复。如果这期间收到了，记得告诉我们哦。',
  },
  address_change: {
    friendly: '亲，收到～麻烦把新的完整地址（省市区、街道门牌号、收件人）发在这里哦。订单{{#orderId}}（{{orderId}}）{{/orderId}}如果还没发货，我们马上帮您修改。',
    formal: '您好，感谢您的留言。请将更正后的完整收货地址发送给我们。如订单{{#orderId}}（{{orderId}}）{{/orderId}}尚未发货，我们将为您修改并确认。',
    apologetic: '地址的问题给您添麻烦了，非常抱歉。请把正确的完整地址发给我们，我们会尽力在发货前为您修改订单{{#orderId}}（{{orderId}}）{{/orderId}}。',
    shipped: { tone: 'apologetic', conditions: IN_TRANSIT, text: '非常抱歉，您的订单{{#orderId}}（{{orderId}}）{{/orderId}}已经发出，我们这边无法再修改地址了。我们会联系快递公司看能否改派，有结果马上告诉您。' },
  },
  order_cancel: {
    friendly: '亲，没问题～已收到您取消订单{{#orderId}}（{{orderId}}）{{/orderId}}的申请，如果还没发货就帮您取消，稍后会收到确认通知哦。',
    formal: '您好，感谢您的留言。我们已收到您取消订单{{#orderId}}（{{orderId}}）{{/orderId}}的申请。如订单尚未发货，我们将为您取消，您会收到确认通知。',
    apologetic: '很抱歉这次购物没能让您满意。已收到您取消订单{{#orderId}}（{{orderId}}）{{/orderId}}的申请，如尚未发货会立即为您取消，完成后通知您。',
    unshipped: { tone: 'friendly', conditions: BEFORE_SHIPPING, text: '亲，没问题～订单{{#orderId}}（{{orderId}}）{{/orderId}}还没发货，现在就帮您取消，款项会原路退回，稍后您会收到确认通知哦。' },
    shipped: { tone: 'formal', conditions: AFTER_SHIPPING, text: '您好，感谢您的留言。您的订单{{#orderId}}（{{orderId}}）{{/orderId}}已经发货，无法再取消。收到商品后，您可以在订单详情中申请退货，我们会为您处理。' },
  },
  order_change: {
    friendly: '亲，可以的～麻烦告诉我们具体要改什么（尺码、颜色还是数量）。订单{{#orderId}}（{{orderId}}）{{/orderId}}如果还没发货，我们查好库存就帮您改。',
    formal: '您好，感谢您的留言。请确认您希望修改的内容（尺码、颜色或数量）。如订单{{#orderId}}（{{orderId}}）{{/orderId}}尚未发货，我们将核实库存并确认能否修改。',
    apologetic: '给您添麻烦了，非常抱歉。请告诉我们需要的尺码、颜色或数量，我们会尽力在发货前为您修改订单{{#orderId}}（{{orderId}}）{{/orderId}}。',
    shipped: { tone: 'apologetic', conditions: AFTER_SHIPPING, text: '非常抱歉，您的订单{{#orderId}}（{{orderId}}）{{/orderId}}已经发出，无法再修改了。收到后您可以在订单详情中申请退货或换货，我们会帮您换成想要的款式。' },
  },
  return_request: {
    friendly: '亲，很遗憾商品没能让您满意～您可以在订单详情里申请退货，我们收到申请后会尽快审核并告诉您退货方式哦。',
    formal: '您好，感谢您的联系。如需退回订单{{#orderId}}（{{orderId}}）{{/orderId}}中的商品，请在订单详情中提交退货申请。我们审核后会尽快将退货方式和退货面单发送给您。',
    apologetic: '非常抱歉商品没能达到您的预期。请在订单详情中申请退货，我们收到后会立即审核并告诉您退货方式。保留原包装会让退货更顺利哦。',
  },
  exchange_request: {
    friendly: '亲，可以换的～您想换成什么尺码或颜色呢？我们查一下库存，再告诉您怎么换哦。',
    formal: '您好，感谢您的留言。请告知您希望更换的尺码或颜色，我们核实库存后会为您说明换货流程。',
    apologetic: '很抱歉商品不合适。请告诉我们您需要的尺码或颜色，我们马上查库存并告诉您换货方式。',
  },
  refund_request: {
    apologetic: '非常抱歉给您带来不好的体验。为了尽快处理您的退款申请{{#orderId}}（订单：{{orderId}}）{{/orderId}}，麻烦说明一下具体情况，如果商品有损坏请附上照片，我们会在24小时内回复您。',
    formal: '您好，感谢您的留言。我们已收到您的退款申请{{#orderId}}（订单：{{orderId}}）{{/orderId}}。为便于审核，请说明原因，如有需要请附上商品照片。我们将在24小时内答复。',
    friendly: '亲，收到～我们一定帮您处理好。能再详细说说是什么问题吗？有照片就更好啦。我们审核后24小时内回复您哦。',
  },
  refund_status: {
    friendly: '亲，退货商品到仓并检查完后就会为您退款哦。退款发起后，银行或支付平台一般需要3到10个工作日到账。如果超过这个时间还没到，告诉我们帮您查～',
    formal: '您好，感谢您的咨询。订单{{#orderId}}（{{orderId}}）{{/orderId}}的退款将在退货商品签收并检验后发起。根据您的银行或支付方式，通常需要3到10个工作日到账。',
    apologetic: '非常抱歉让您久等退款了。我们正在核查订单{{#orderId}}（{{orderId}}）{{/orderId}}的退款进度，24小时内给您答复。退款发起后，银行一般需要3到10个工作日到账。',
    refunded: { tone: 'friendly', conditions: REFUNDED, text: '亲，好消息～订单{{#orderId}}（{{orderId}}）{{/orderId}}的退款我们这边已经发起了，根据银行或支付平台不同，一般3到10个工作日到账哦。' },
  },
  product_question: {
    friendly: '亲，感谢咨询{{#productName}}「{{productName}}」{{/productName}}～我们正在确认细节，稍后回复您哦。商品详情页里也有完整的参数可以参考。',
    formal: '您好，感谢您对{{#productName}}「{{productName}}」{{/productName}}{{^productName}}本商品{{/productName}}的关注。我们正在核实您咨询的内容，稍后将为您详细答复。',
    apologetic: '很抱歉商品信息没有写清楚。我们正在为您核实{{#productName}}「{{productName}}」的{{/productName}}具体细节，会尽快回复您。',
  },
  stock_availability: {
    friendly: '亲，感谢关注{{#productName}}「{{productName}}」{{/productName}}～正在帮您查您要的尺码或颜色有没有货，稍后告诉您哦。页面上能选的规格都是有现货的。',
    formal: '您好，感谢您的咨询。我们正在核实{{#productName}}「{{productName}}」{{/productName}}{{^productName}}该商品{{/productName}}您所需规格的库存，稍后为您确认。商品页面可选择的规格均有现货。',
    apologetic: '非常抱歉，您要的规格{{#productName}}（{{productName}}）{{/productName}}目前可能暂时缺货。我们正在确认补货时间，有消息会第一时间通知您。',
  },
  product_defect: {
    apologetic: '非常抱歉商品出现了问题，给您添麻烦了。麻烦拍一下问题部位的照片或小视频发给我们{{#orderId}}，并确认订单号{{orderId}}{{/orderId}}，我们确认后马上为您安排换货或退款。',
    formal: '您好，感谢您的反馈，给您带来不便深表歉意。为尽快处理，请发送商品问题部位的照片{{#orderId}}（订单：{{orderId}}）{{/orderId}}。我们确认后将为您安排换货或退款。',
    friendly: '亲，真不好意思，商品不应该是这样的～拍张照片发给我们，我们尽快给您换新或者退款哦。',
  },
  wrong_or_missing_item: {
    apologetic: '非常抱歉发错货或漏发了，给您添麻烦了。麻烦拍一下收到的商品和快递面单{{#orderId}}（订单：{{orderId}}）{{/orderId}}发给我们，确认后会尽快为您补发正确的商品或缺少的配件。',
    formal: '您好，对于此次的失误我们深表歉意。为尽快处理，请发送所收到商品及快递面单的照片{{#orderId}}（订单：{{orderId}}）{{/orderId}}，确认后我们将为您补发正确的商品。',
    friendly: '亲，不好意思发错啦～拍张收到的商品照片给我们，正确的商品或缺的配件马上给您补发哦。',
  },
  invoice_request: {
    friendly: '好的亲～订单{{#orderId}}{{orderId}}{{/orderId}}的发票开好后会发给您。如需开公司抬头，请提供抬头和税号哦。',
    formal: '您好，感谢您的申请。我们将为订单{{#orderId}}（{{orderId}}）{{/orderId}}开具发票，并通过本渠道发送给您。如需开具企业抬头，请提供发票抬头和纳税人识别号。',
    apologetic: '非常抱歉包裹里没有附上发票。我们会尽快为订单{{#orderId}}（{{orderId}}）{{/orderId}}开具发票并发送给您，如需企业抬头请提供抬头和税号。',
  },
  price_negotiation: {
    friendly: '亲，感谢支持～我们的价格已经是很实在的了，不过如果数量比较多可以帮您申请看看，大概需要多少件呢？',
    formal: '您好，感谢您的咨询。我们的价格已尽量做到优惠。如需批量采购，请告知所需数量，我们将核实能否为您提供更合适的价格。',
    apologetic: '非常抱歉，单件商品暂时没办法再便宜了。如果您需要多件，可以告诉我们数量，我们帮您看看。',
  },
  promotion_inquiry: {
    friendly: '亲，优惠券一般有使用条件哦：适用商品、最低消费金额和有效期。如果都符合但结算时还是用不了，把券码发给我们，帮您看看是什么原因～',
    formal: '您好，感谢您的咨询。优惠券仅适用于指定商品并须在有效期内使用，部分优惠券设有最低消费金额。如您的优惠券符合条件但仍无法使用，请将券码发送给我们核实。',
    apologetic: '很抱歉优惠券没能用上。麻烦把券码和您要买的商品发给我们，我们马上查一下原因。',
  },
  payment_issue: {
    formal: '您好，感谢您的咨询。您的订单可使用的支付方式（如分期付款、货到付款等，以实际提供为准）会在结算页面显示。如支付失败或被重复扣款，请告知扣款日期，我们将与平台核实。',
    apologetic: '非常抱歉支付给您带来了麻烦。支付由平台处理，我们看不到您的银行卡信息；如果被重复扣款，多扣的款项一般几天内会自动退回。请告诉我们扣款日期，我们协助您跟进。',
    friendly: '亲，结算页面会显示您可以用的所有支付方式，比如分期或货到付款（以页面为准）哦。付款时遇到问题随时告诉我们～',
  },
  customs_duties: {
    friendly: '亲，关税和进口税是根据您所在国家的规定和订单金额来定的哦。如果结算时没有包含，一般在收货时支付。包裹如果被海关扣留，告诉我们，我们帮您准备资料～',
    formal: '您好，感谢您的咨询。进口关税及相关税费由目的国海关根据商品价值核定。如下单时未包含，通常由收件人在收货时缴纳。如包裹被海关暂扣，我们可提供所需的相关文件。',
    apologetic: '非常抱歉清关给您带来了麻烦。我们会协助您尽快提取包裹，请告诉我们海关需要哪些材料，我们马上把发票等文件发给您。',
  },
  positive_feedback: {
    friendly: '谢谢亲的支持和认可！您喜欢就是我们最开心的事，祝您使用愉快～',
    formal: '非常感谢您的肯定与支持。得知您对商品满意，我们深感荣幸。',
  },
  greeting_other: {
    friendly: '亲，您好～有什么可以帮您的吗？如果是订单相关的问题，麻烦发一下订单号哦。',
    formal: '您好，感谢您的联系。请问有什么可以帮您？如咨询订单相关问题，请提供订单号。',
  },
});
