import { defineTemplates } from '../define-templates.js';

/**
 * Mexican Spanish: warm and personal («¡Qué gusto saludarte!», «con mucho gusto», «quedamos al pendiente»),
 * Mexican vocabulary (guía, paquetería, meses sin intereses, CFDI), «tú» when friendly and the courteous «usted»
 * formulas when apologizing («le ofrecemos una disculpa», «estamos para servirle»). The formal register falls back to `es`.
 */
export const ES_MX_TEMPLATES = defineTemplates('es-MX', {
  order_tracking: {
    friendly: '¡Hola{{#buyerName}}, {{buyerName}}{{/buyerName}}! Qué gusto saludarte. {{#trackingNumber}}Tu pedido ya va en camino{{#carrier}} por {{carrier}}{{/carrier}} y tu número de guía es {{trackingNumber}}.{{#promisedDeliveryDate}} Te debe llegar a más tardar el {{promisedDeliveryDate}}.{{/promisedDeliveryDate}} Cualquier cosa, aquí estamos.{{/trackingNumber}}{{^trackingNumber}}Ya estamos checando tu pedido{{#orderId}} {{orderId}}{{/orderId}} y en un ratito te compartimos tu número de guía.{{/trackingNumber}}',
    apologetic: 'Le ofrecemos una disculpa por la espera{{#buyerName}}, {{buyerName}}{{/buyerName}}. {{#trackingNumber}}Su pedido ya va en camino{{#carrier}} con {{carrier}}{{/carrier}}; puede rastrearlo con la guía {{trackingNumber}}.{{/trackingNumber}}{{^trackingNumber}}Ya estamos revisando su pedido con el almacén y en cuanto tengamos la guía se la compartimos.{{/trackingNumber}} Quedamos al pendiente.',
  },
  shipping_time: {
    friendly: '¡Hola{{#buyerName}}, {{buyerName}}{{/buyerName}}! {{#promisedShipDate}}Tu pedido sale a más tardar el {{promisedShipDate}}{{#promisedDeliveryDate}} y te debe llegar a más tardar el {{promisedDeliveryDate}}{{/promisedDeliveryDate}}.{{/promisedShipDate}}{{^promisedShipDate}}Lo enviamos dentro del tiempo que marca la publicación y la fecha estimada de entrega la ves en el detalle de tu compra.{{/promisedShipDate}} En cuanto salga, te compartimos tu guía.',
    apologetic: 'Le ofrecemos una disculpa por la espera, entendemos que ya quiere tener su pedido. {{#promisedShipDate}}Está programado para salir a más tardar el {{promisedShipDate}} y haremos lo posible por mandarlo antes.{{/promisedShipDate}}{{^promisedShipDate}}Ya lo estamos preparando y en cuanto salga le compartimos su número de guía.{{/promisedShipDate}} Quedamos al pendiente.',
  },
  delivery_problem: {
    friendly: '¡Ay, no{{#buyerName}}, {{buyerName}}{{/buyerName}}! Qué pena que tu paquete no haya llegado. Ya estamos hablando con la paquetería{{#trackingNumber}} por la guía {{trackingNumber}}{{/trackingNumber}} y en menos de 48 horas te decimos qué pasó. Si te llega antes, avísanos porfa.',
    apologetic: 'Le ofrecemos una sincera disculpa porque su paquete aún no llega. Ya levantamos el reporte con la paquetería{{#trackingNumber}} por la guía {{trackingNumber}}{{/trackingNumber}} y le daremos respuesta en un máximo de 48 horas. Si aparece como entregado, ¿nos ayuda revisando con sus vecinos o en la caseta?',
  },
  address_change: {
    friendly: '¡Claro que sí! Mándanos por aquí tu dirección completa (calle, número, colonia, ciudad y código postal). Si tu pedido{{#orderId}} {{orderId}}{{/orderId}} todavía no sale, la cambiamos al momento.',
    apologetic: 'Le ofrecemos una disculpa por el inconveniente. Compártanos por este medio la dirección correcta completa, con colonia y código postal, y haremos todo lo posible por actualizar su pedido{{#orderId}} {{orderId}}{{/orderId}} antes de que salga.',
  },
  order_cancel: {
    friendly: '¡Claro, sin problema! Ya recibimos tu solicitud para cancelar{{#orderId}} el pedido {{orderId}}{{/orderId}}. Si todavía no sale, lo cancelamos y te llega la confirmación en un ratito.',
    apologetic: 'Lamentamos mucho que la compra no haya sido lo que esperaba. Recibimos su solicitud de cancelación{{#orderId}} del pedido {{orderId}}{{/orderId}}; si aún no sale, la realizamos de inmediato y le llegará la confirmación. Estamos para servirle.',
  },
  order_change: {
    friendly: '¡Con mucho gusto! Dinos qué quieres cambiar: talla, color o cantidad. Si tu pedido{{#orderId}} {{orderId}}{{/orderId}} todavía no sale, checamos si hay disponible y lo actualizamos.',
    apologetic: 'Le ofrecemos una disculpa por la confusión. Indíquenos la talla, el color o la cantidad que necesita y haremos lo posible por ajustar su pedido{{#orderId}} {{orderId}}{{/orderId}} antes de que salga.',
  },
  return_request: {
    friendly: '¡Qué pena que no te haya convencido! Puedes iniciar la devolución desde el detalle de tu compra. En cuanto nos llegue la solicitud, la revisamos y te mandamos las instrucciones. Cualquier duda, aquí estamos.',
    apologetic: 'Lamentamos mucho que el artículo no haya sido lo que esperaba. Solicite la devolución desde el detalle de su compra y en cuanto llegue la revisamos y le enviamos las instrucciones. Quedamos al pendiente.',
  },
  exchange_request: {
    friendly: '¡Claro que sí, con gusto! ¿Qué talla o color te late más? Checamos si hay en existencia y te decimos cómo hacer el cambio.',
    apologetic: 'Lamentamos que no le haya quedado. Díganos la talla o el color que necesita; revisamos existencias de inmediato y le explicamos cómo hacer el cambio. Estamos para servirle.',
  },
  refund_request: {
    friendly: 'Gracias por escribirnos{{#buyerName}}, {{buyerName}}{{/buyerName}}. Queremos que todo quede bien con tu compra. ¿Nos cuentas qué pasó? Si nos mandas una foto, mejor. Revisamos tu solicitud y te respondemos en menos de 24 horas.',
    apologetic: 'Le ofrecemos una disculpa por los inconvenientes. Para revisar su solicitud de reembolso{{#orderId}} del pedido {{orderId}}{{/orderId}}, ¿nos podría contar qué pasó y, si el artículo llegó dañado, enviarnos una foto? Le respondemos en un máximo de 24 horas.',
  },
  refund_status: {
    friendly: '¡Hola! El reembolso se hace en cuanto recibimos y revisamos la devolución. Ya emitido, tu banco tarda normalmente de 3 a 10 días hábiles en reflejarlo. Si ya pasó más tiempo, avísanos y lo checamos.',
    apologetic: 'Le ofrecemos una disculpa por la espera de su reembolso. Ya estamos revisando el estado{{#orderId}} del pedido {{orderId}}{{/orderId}} y le respondemos en un máximo de 24 horas. Una vez emitido, el banco suele tardar de 3 a 10 días hábiles en reflejarlo.',
  },
  product_question: {
    friendly: '¡Hola! Gracias por tu pregunta{{#productName}} sobre {{productName}}{{/productName}}. Ya estamos checando los detalles y en un ratito te respondemos. Cualquier otra duda, con gusto.',
    apologetic: 'Le ofrecemos una disculpa si la información no fue lo bastante clara. Estamos revisando los detalles{{#productName}} de {{productName}}{{/productName}} y le respondemos en breve. Estamos para servirle.',
  },
  stock_availability: {
    friendly: '¡Hola! Gracias por tu interés{{#productName}} en {{productName}}{{/productName}}. Estamos checando si tenemos la talla o el color que buscas y te confirmamos en un ratito. Si la opción aparece para elegir en la publicación, sí hay.',
    apologetic: 'Lo sentimos, es posible que esa opción esté agotada por ahora. Estamos revisando cuándo nos vuelve a llegar{{#productName}} ({{productName}}){{/productName}} y en cuanto tengamos fecha le avisamos. Quedamos al pendiente.',
  },
  product_defect: {
    friendly: '¡Ay, qué mal que llegó así{{#buyerName}}, {{buyerName}}{{/buyerName}}! Mándanos una foto o un video del detalle y lo resolvemos con un reemplazo o el reembolso lo más pronto posible.',
    apologetic: 'Le ofrecemos una sincera disculpa porque el artículo llegó así. ¿Nos podría enviar una foto o un video del detalle{{#orderId}} y confirmarnos el pedido {{orderId}}{{/orderId}}? En cuanto lo veamos, le ofrecemos un reemplazo o el reembolso.',
  },
  wrong_or_missing_item: {
    friendly: '¡Perdón por la confusión{{#buyerName}}, {{buyerName}}{{/buyerName}}! Mándanos una foto de lo que te llegó y te enviamos lo correcto o la pieza que falta lo antes posible.',
    apologetic: 'Le ofrecemos una disculpa por el error en su pedido{{#orderId}} {{orderId}}{{/orderId}}. ¿Nos ayuda con una foto de lo que recibió y de la etiqueta del paquete? Con eso le enviamos el artículo correcto o la pieza faltante cuanto antes.',
  },
  invoice_request: {
    friendly: '¡Claro, con gusto te facturamos{{#orderId}} el pedido {{orderId}}{{/orderId}}! Compártenos por aquí tu RFC, nombre o razón social, régimen fiscal, código postal y uso de CFDI, y te mandamos tu factura por este medio.',
    formal: 'Con gusto emitimos su CFDI{{#orderId}} del pedido {{orderId}}{{/orderId}}. Para ello, por favor compártanos su RFC, nombre o razón social, régimen fiscal, código postal fiscal y uso de CFDI. Le enviaremos la factura por este medio.',
    apologetic: 'Le ofrecemos una disculpa por no haber enviado su factura. Compártanos su RFC, razón social, régimen fiscal, código postal y uso de CFDI, y la emitimos{{#orderId}} para el pedido {{orderId}}{{/orderId}} de inmediato.',
  },
  price_negotiation: {
    friendly: '¡Gracias por tu interés! Nuestros precios ya están muy ajustados, pero si te llevas varias piezas con gusto lo revisamos. ¿Cuántas necesitarías?',
    apologetic: 'Lo sentimos mucho, en una sola pieza no podemos mover el precio. Si le interesan varias, díganos cuántas y con gusto vemos qué podemos hacer.',
  },
  promotion_inquiry: {
    friendly: '¡Gracias por preguntar! Los cupones tienen sus condiciones: productos participantes, compra mínima y vigencia. Si el tuyo las cumple y no se aplica al pagar, mándanos el código y lo checamos.',
    apologetic: 'Le ofrecemos una disculpa porque el cupón no funcionó. Envíenos el código y el producto que estaba comprando, y revisamos de inmediato qué pasó. Quedamos al pendiente.',
  },
  payment_issue: {
    friendly: '¡Hola! Al pagar verás todas las opciones disponibles, incluidos los meses sin intereses con tarjetas participantes. Si algo falla con tu pago, avísanos y te ayudamos con mucho gusto.',
    apologetic: 'Le ofrecemos una disculpa por el problema con su pago. Los pagos los procesa la plataforma y no vemos los datos de su tarjeta; si se le cobró dos veces, el cargo duplicado normalmente se libera solo en unos días. Díganos la fecha del cargo y le damos seguimiento.',
  },
  customs_duties: {
    friendly: '¡Buena pregunta! Los impuestos de importación dependen del valor del pedido y de las reglas de aduana. Si al pagar no aparecen incluidos, normalmente se cubren al recibir el paquete. Si se queda detenido en aduana, avísanos y te ayudamos con los papeles.',
    apologetic: 'Le ofrecemos una disculpa por el inconveniente con la aduana. Díganos qué documentos le están pidiendo y le mandamos la factura o lo que haga falta de inmediato para liberar su paquete.',
  },
  positive_feedback: {
    friendly: '¡Muchísimas gracias{{#buyerName}}, {{buyerName}}{{/buyerName}}! Nos da muchísimo gusto que te haya encantado. ¡Que lo disfrutes mucho!',
    formal: 'Muchas gracias por sus amables palabras. Nos da mucho gusto que su compra haya sido de su agrado. Estamos para servirle.',
  },
  greeting_other: {
    friendly: '¡Hola{{#buyerName}}, {{buyerName}}{{/buyerName}}! Qué gusto saludarte. ¿En qué te podemos ayudar? Si es sobre un pedido, compártenos el número por favor.',
    formal: 'Buen día, gracias por comunicarse con nosotros. ¿En qué podemos servirle? Si su consulta es sobre un pedido, por favor indíquenos el número.',
  },
});
