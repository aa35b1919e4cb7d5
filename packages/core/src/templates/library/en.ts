import { AFTER_SHIPPING, BEFORE_SHIPPING, defineTemplates, IN_TRANSIT, REFUNDED } from '../define-templates.js';

/** English: plain international English, warm but brief; apologies own the problem and say what happens next. */
export const EN_TEMPLATES = defineTemplates('en', {
  order_tracking: {
    friendly: 'Hi{{#buyerName}} {{buyerName}}{{/buyerName}}! {{#trackingNumber}}Your order{{#orderId}} {{orderId}}{{/orderId}} is on its way{{#carrier}} with {{carrier}}{{/carrier}}. Tracking number: {{trackingNumber}}.{{#promisedDeliveryDate}} It should arrive by {{promisedDeliveryDate}}.{{/promisedDeliveryDate}}{{/trackingNumber}}{{^trackingNumber}}Thanks for checking in. We\'re looking up your order{{#orderId}} {{orderId}}{{/orderId}} now and will send you the tracking details shortly.{{/trackingNumber}}',
    formal: 'Hello, thank you for your message. {{#trackingNumber}}Your order{{#orderId}} {{orderId}}{{/orderId}} has been shipped{{#carrier}} via {{carrier}}{{/carrier}}; the tracking number is {{trackingNumber}}.{{#promisedDeliveryDate}} The estimated delivery date is {{promisedDeliveryDate}}.{{/promisedDeliveryDate}}{{/trackingNumber}}{{^trackingNumber}}We are checking the status of your order{{#orderId}} {{orderId}}{{/orderId}} and will send you the tracking information as soon as possible.{{/trackingNumber}}',
    apologetic: 'We\'re sorry for the wait, and we understand you want to know where your order is. {{#trackingNumber}}It has shipped{{#carrier}} with {{carrier}}{{/carrier}}, and you can follow it with tracking number {{trackingNumber}}.{{/trackingNumber}}{{^trackingNumber}}We\'re checking with our warehouse right now and will send you the tracking number as soon as we have it.{{/trackingNumber}}',
  },
  shipping_time: {
    friendly: 'Hi{{#buyerName}} {{buyerName}}{{/buyerName}}! {{#promisedShipDate}}Your order will ship by {{promisedShipDate}}.{{/promisedShipDate}}{{^promisedShipDate}}We ship within the handling time shown on the listing.{{/promisedShipDate}}{{#promisedDeliveryDate}} Estimated delivery: {{promisedDeliveryDate}}.{{/promisedDeliveryDate}}{{^promisedDeliveryDate}} The estimated delivery date is on your order page.{{/promisedDeliveryDate}} We\'ll send the tracking number as soon as it ships.',
    formal: 'Thank you for your message. {{#promisedShipDate}}Your order is scheduled to ship by {{promisedShipDate}}{{#promisedDeliveryDate}} and to arrive by {{promisedDeliveryDate}}{{/promisedDeliveryDate}}.{{/promisedShipDate}}{{^promisedShipDate}}Orders ship within the handling time stated on the listing, and the estimated delivery date is shown on your order page.{{/promisedShipDate}} You will receive the tracking number once the parcel is on its way.',
    apologetic: 'Sorry for the wait! We know you\'re looking forward to your order. {{#promisedShipDate}}It is scheduled to ship by {{promisedShipDate}}, and we\'re doing our best to send it sooner.{{/promisedShipDate}}{{^promisedShipDate}}We\'re preparing it now and will send you the tracking number as soon as it ships.{{/promisedShipDate}}',
  },
  delivery_problem: {
    apologetic: 'We\'re very sorry your parcel hasn\'t reached you yet. We\'re contacting the carrier now{{#trackingNumber}} about tracking number {{trackingNumber}}{{/trackingNumber}} and will update you within 48 hours. If it shows as delivered, could you please check with neighbours or around your building in the meantime?',
    formal: 'Thank you for letting us know, and we apologise for the inconvenience. We have opened an inquiry with the carrier{{#trackingNumber}} for tracking number {{trackingNumber}}{{/trackingNumber}} and will get back to you within 48 hours with an update and a solution.',
    friendly: 'Oh no, sorry about this{{#buyerName}}, {{buyerName}}{{/buyerName}}! We\'re asking the carrier what happened to your parcel{{#trackingNumber}} ({{trackingNumber}}){{/trackingNumber}} and will let you know within 48 hours. If it turns up in the meantime, just tell us.',
  },
  address_change: {
    friendly: 'Thanks for letting us know! Please send the complete new address (street, number, city and postal code) here. If your order{{#orderId}} {{orderId}}{{/orderId}} hasn\'t shipped yet, we\'ll update it right away.',
    formal: 'Thank you for your message. Please reply with the full corrected shipping address. If the order{{#orderId}} {{orderId}}{{/orderId}} has not shipped yet, we will update it and confirm the change to you.',
    apologetic: 'Sorry for the trouble with the address! Please send us the full correct address here, and we\'ll do our best to update your order{{#orderId}} {{orderId}}{{/orderId}} before it ships.',
    shipped: { tone: 'apologetic', conditions: IN_TRANSIT, text: 'We\'re sorry: your order{{#orderId}} {{orderId}}{{/orderId}} has already shipped, so we can no longer change the address ourselves. We\'ll ask the carrier whether the parcel can be redirected and let you know what they say.' },
  },
  order_cancel: {
    friendly: 'No problem! We\'ve received your request to cancel{{#orderId}} order {{orderId}}{{/orderId}}. If it hasn\'t shipped yet, we\'ll cancel it and you\'ll get a confirmation shortly.',
    formal: 'Thank you for your message. We have received your cancellation request{{#orderId}} for order {{orderId}}{{/orderId}}. If the order has not yet shipped, we will cancel it and you will receive a confirmation.',
    apologetic: 'We\'re sorry the order didn\'t work out for you. We\'ve received your cancellation request{{#orderId}} for order {{orderId}}{{/orderId}} and will cancel it if it hasn\'t shipped yet; you\'ll get a confirmation as soon as it\'s done.',
    unshipped: { tone: 'friendly', conditions: BEFORE_SHIPPING, text: 'No problem! Your order{{#orderId}} {{orderId}}{{/orderId}} hasn\'t shipped yet, so we\'re cancelling it now. You\'ll receive a confirmation, and the payment goes back to your original payment method.' },
    shipped: { tone: 'formal', conditions: AFTER_SHIPPING, text: 'Thank you for your message. Your order{{#orderId}} {{orderId}}{{/orderId}} has already shipped, so it can no longer be cancelled. Once it arrives, you can request a return from your order page and we will take care of it.' },
  },
  order_change: {
    friendly: 'Happy to help! Please tell us exactly what you\'d like to change (size, colour or quantity). If your order{{#orderId}} {{orderId}}{{/orderId}} hasn\'t shipped yet, we\'ll check availability and update it.',
    formal: 'Thank you for your message. Please confirm the change you would like to make to order{{#orderId}} {{orderId}}{{/orderId}} (size, colour or quantity). If it has not yet shipped, we will check availability and confirm whether the change is possible.',
    apologetic: 'Sorry for the mix-up! Let us know the size, colour or quantity you need, and we\'ll do our best to update your order{{#orderId}} {{orderId}}{{/orderId}} before it ships.',
    shipped: { tone: 'apologetic', conditions: AFTER_SHIPPING, text: 'We\'re sorry: your order{{#orderId}} {{orderId}}{{/orderId}} has already shipped, so we can\'t change it anymore. Once it arrives, you can request a return or an exchange from your order page, and we\'ll help you get the right item.' },
  },
  return_request: {
    friendly: 'Sorry it didn\'t work out! You can start the return from your order page under Returns. As soon as your request comes in, we\'ll review it and send you the return instructions.',
    formal: 'Thank you for contacting us. To return the item{{#orderId}} from order {{orderId}}{{/orderId}}, please submit a return request from your order page. We will review it promptly and send you the return instructions and label.',
    apologetic: 'We\'re sorry the item wasn\'t right for you. Please request the return from your order page; we\'ll review it as soon as it arrives and send you the instructions. Keeping the item in its original packaging helps the return go smoothly.',
  },
  exchange_request: {
    friendly: 'Sure, we can help with that! Which size or colour would you like instead? We\'ll check stock and tell you the next steps for the exchange.',
    formal: 'Thank you for your message. Please let us know the size or colour you would like{{#orderId}} for order {{orderId}}{{/orderId}}. We will check availability and explain how the exchange works.',
    apologetic: 'Sorry it didn\'t fit as hoped! Tell us the size or colour you need, and we\'ll check stock right away and explain how to exchange it.',
  },
  refund_request: {
    apologetic: 'We\'re sorry you\'re not satisfied. So we can review your refund request{{#orderId}} for order {{orderId}}{{/orderId}}, could you tell us what happened and, if the item is damaged, attach a photo? We\'ll get back to you within 24 hours.',
    formal: 'Thank you for your message. We have received your refund request{{#orderId}} for order {{orderId}}{{/orderId}}. To review it, please describe the reason and, if applicable, attach photos of the item. We will reply within 24 hours.',
    friendly: 'Thanks for reaching out{{#buyerName}}, {{buyerName}}{{/buyerName}}. We want to make this right. Could you tell us a bit more about the problem? A photo helps a lot. We\'ll review your request and reply within 24 hours.',
  },
  refund_status: {
    friendly: 'Thanks for checking in! Refunds are issued as soon as the return is received and checked. After that, it usually takes 3 to 10 business days for your bank or card to show it. If it\'s been longer, let us know and we\'ll look into it.',
    formal: 'Thank you for your message. Refunds{{#orderId}} for order {{orderId}}{{/orderId}} are issued once the returned item has been received and inspected. Depending on your bank or payment method, it may then take 3 to 10 business days to appear on your statement.',
    apologetic: 'We\'re sorry you\'re still waiting for your refund. We\'re checking its status{{#orderId}} for order {{orderId}}{{/orderId}} right now and will update you within 24 hours. Once issued, banks usually take 3 to 10 business days to show it.',
    refunded: { tone: 'friendly', conditions: REFUNDED, text: 'Good news: the refund{{#orderId}} for order {{orderId}}{{/orderId}} has been issued on our side. Depending on your bank or card, it can take 3 to 10 business days to show on your statement.' },
  },
  product_question: {
    friendly: 'Thanks for your question{{#productName}} about {{productName}}{{/productName}}! We\'re checking the details and will get back to you shortly. The full specifications are also on the product page.',
    formal: 'Thank you for your interest{{#productName}} in {{productName}}{{/productName}}. We are checking the details of your question and will reply shortly with the information you need.',
    apologetic: 'Sorry the product information wasn\'t clear enough! We\'re checking the details{{#productName}} of {{productName}}{{/productName}} for you and will reply shortly.',
  },
  stock_availability: {
    friendly: 'Thanks for your interest{{#productName}} in {{productName}}{{/productName}}! We\'re checking stock for the size or colour you asked about and will confirm shortly. If the option can be selected on the listing, it\'s available to order.',
    formal: 'Thank you for your message. We are checking the availability{{#productName}} of {{productName}}{{/productName}} in the variant you requested and will confirm shortly. Options that can be selected on the listing are in stock.',
    apologetic: 'Sorry, that option may be out of stock at the moment. We\'re checking when it will be available again{{#productName}} ({{productName}}){{/productName}} and will let you know as soon as we have a date.',
  },
  product_defect: {
    apologetic: 'We\'re very sorry the item arrived like this. Could you send us a photo or a short video of the problem{{#orderId}} and confirm order {{orderId}}{{/orderId}}? As soon as we see it, we\'ll offer you a replacement or a refund.',
    formal: 'Thank you for letting us know, and please accept our apologies. To resolve this quickly, please send a photo of the defect{{#orderId}} for order {{orderId}}{{/orderId}}. We will then arrange a replacement or a refund.',
    friendly: 'Oh no, that\'s not how it should arrive{{#buyerName}}, {{buyerName}}{{/buyerName}}! Please send us a photo of the problem, and we\'ll sort it out with a replacement or a refund as quickly as possible.',
  },
  wrong_or_missing_item: {
    apologetic: 'We\'re very sorry you received the wrong item or something is missing. Could you send a photo of what arrived{{#orderId}} for order {{orderId}}{{/orderId}}, including the label? We\'ll send the correct item or the missing part as soon as possible.',
    formal: 'Please accept our apologies for this error. To correct it quickly, please send a photo of the item you received and of the package label{{#orderId}} (order {{orderId}}){{/orderId}}. We will then send you the correct item.',
    friendly: 'Sorry about the mix-up{{#buyerName}}, {{buyerName}}{{/buyerName}}! Send us a photo of what you got, and we\'ll get the right item or the missing piece to you as fast as we can.',
  },
  invoice_request: {
    friendly: 'Of course! We\'ll issue the invoice{{#orderId}} for order {{orderId}}{{/orderId}} and send it to you in this conversation. If you need a company name or tax ID on it, just tell us.',
    formal: 'Thank you for your request. We will issue the invoice{{#orderId}} for order {{orderId}}{{/orderId}} and send it through this messaging channel. If it should include a company name or VAT number, please let us know.',
    apologetic: 'Sorry the invoice wasn\'t included! We\'ll issue it{{#orderId}} for order {{orderId}}{{/orderId}} and send it to you here as soon as possible. Let us know if it needs a company name or tax ID.',
  },
  price_negotiation: {
    friendly: 'Thanks for your interest{{#productName}} in {{productName}}{{/productName}}! Our prices are already as low as we can make them, but for larger quantities we\'re happy to take a look. How many units would you need?',
    formal: 'Thank you for your message. Our prices are set as competitively as possible. For larger quantities, please tell us how many units you need, and we will check whether we can offer better terms.',
    apologetic: 'Sorry, we can\'t lower the price on a single unit. If you\'re buying several, tell us how many, and we\'ll see what we can do.',
  },
  promotion_inquiry: {
    friendly: 'Thanks for asking! Promo codes usually come with conditions: eligible items, a minimum order or valid dates. If yours meets them and still isn\'t applied at checkout, send us the code and we\'ll check what\'s going on.',
    formal: 'Thank you for your message. Promotional codes apply only to eligible items within their validity period, and some require a minimum order value. If your code meets these conditions and is still not accepted, please send it to us and we will look into it.',
    apologetic: 'Sorry the code didn\'t work! Please send it to us with the item you were buying, and we\'ll check right away why it wasn\'t applied.',
  },
  payment_issue: {
    formal: 'Thank you for your message. The payment methods available for your order, including instalments or cash on delivery where offered, are shown at checkout. If a payment failed or you were charged twice, please tell us the date and we will check it with the platform.',
    apologetic: 'We\'re sorry about the payment problem. Payments are handled by the marketplace, so we can\'t see your card details, but if you were charged twice, the duplicate is usually released automatically within a few days. Tell us the date of the charge, and we\'ll help you follow it up.',
    friendly: 'Thanks for asking! You\'ll see all the payment options for your order at checkout, including instalments or cash on delivery where available. If anything goes wrong with a payment, let us know and we\'ll help.',
  },
  customs_duties: {
    friendly: 'Good question! Import duties and taxes depend on your country\'s rules and the order value. Unless the checkout shows them as included, they\'re usually paid on delivery. If your parcel is held at customs, let us know and we\'ll help with the paperwork.',
    formal: 'Thank you for your message. Import duties and taxes are set by the customs authority of the destination country and depend on the order value. Unless they were included at checkout, they are normally paid by the recipient on delivery. If the parcel is held at customs, we can provide the documents required.',
    apologetic: 'Sorry for the trouble with customs. We\'ll help you get the parcel released: please tell us what the customs office is asking for, and we\'ll send you the invoice or any other documents needed right away.',
  },
  positive_feedback: {
    friendly: 'Thank you so much{{#buyerName}}, {{buyerName}}{{/buyerName}}! We\'re really happy you like it. Enjoy!',
    formal: 'Thank you very much for your kind words. We are delighted that you are happy with your purchase.',
  },
  greeting_other: {
    friendly: 'Hi{{#buyerName}} {{buyerName}}{{/buyerName}}! Thanks for your message. How can we help you today? If it\'s about an order, please share the order number.',
    formal: 'Hello, and thank you for contacting us. How may we help you? If your question concerns an order, please include the order number.',
  },
});
