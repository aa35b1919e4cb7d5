import { AFTER_SHIPPING, BEFORE_SHIPPING, defineTemplates, IN_TRANSIT, REFUNDED } from '../define-templates.js';

/**
 * Spanish for all of Latin America and Spain: neutral vocabulary (pedido, número de seguimiento, paquete), «tú»
 * in the friendly register, «usted» in the formal and apologetic ones. Mexico gets its own, warmer variants (`es-MX`).
 */
export const ES_TEMPLATES = defineTemplates('es', {
  order_tracking: {
    friendly: '¡Hola{{#buyerName}}, {{buyerName}}{{/buyerName}}! {{#trackingNumber}}Tu pedido{{#orderId}} {{orderId}}{{/orderId}} ya va en camino{{#carrier}} con {{carrier}}{{/carrier}}. Número de seguimiento: {{trackingNumber}}.{{#promisedDeliveryDate}} Debería llegarte a más tardar el {{promisedDeliveryDate}}.{{/promisedDeliveryDate}}{{/trackingNumber}}{{^trackingNumber}}Gracias por escribirnos. Estamos revisando tu pedido{{#orderId}} {{orderId}}{{/orderId}} y en breve te enviamos los datos de seguimiento.{{/trackingNumber}}',
    formal: 'Buen día, gracias por su mensaje. {{#trackingNumber}}Su pedido{{#orderId}} {{orderId}}{{/orderId}} fue enviado{{#carrier}} por {{carrier}}{{/carrier}} con el número de seguimiento {{trackingNumber}}.{{#promisedDeliveryDate}} La fecha estimada de entrega es el {{promisedDeliveryDate}}.{{/promisedDeliveryDate}}{{/trackingNumber}}{{^trackingNumber}}Estamos verificando el estado de su pedido{{#orderId}} {{orderId}}{{/orderId}} y le enviaremos la información de seguimiento a la brevedad.{{/trackingNumber}}',
    apologetic: 'Lamentamos la espera y entendemos que quiera saber dónde está su pedido. {{#trackingNumber}}Ya fue enviado{{#carrier}} con {{carrier}}{{/carrier}} y puede seguirlo con el número {{trackingNumber}}.{{/trackingNumber}}{{^trackingNumber}}Ya lo estamos revisando con nuestro almacén y le enviaremos el número de seguimiento en cuanto lo tengamos.{{/trackingNumber}}',
  },
  shipping_time: {
    friendly: '¡Hola{{#buyerName}}, {{buyerName}}{{/buyerName}}! {{#promisedShipDate}}Tu pedido sale a más tardar el {{promisedShipDate}}.{{/promisedShipDate}}{{^promisedShipDate}}Enviamos dentro del tiempo de preparación que indica la publicación.{{/promisedShipDate}}{{#promisedDeliveryDate}} Entrega estimada: {{promisedDeliveryDate}}.{{/promisedDeliveryDate}}{{^promisedDeliveryDate}} La fecha estimada de entrega aparece en el detalle de tu compra.{{/promisedDeliveryDate}} Te compartimos el número de seguimiento en cuanto salga.',
    formal: 'Gracias por su mensaje. {{#promisedShipDate}}Su pedido está programado para enviarse a más tardar el {{promisedShipDate}}{{#promisedDeliveryDate}} y llegar a más tardar el {{promisedDeliveryDate}}{{/promisedDeliveryDate}}.{{/promisedShipDate}}{{^promisedShipDate}}Los pedidos se envían dentro del plazo indicado en la publicación, y la fecha estimada de entrega aparece en el detalle de su compra.{{/promisedShipDate}} Le enviaremos el número de seguimiento en cuanto el paquete esté en camino.',
    apologetic: 'Disculpe la espera; sabemos que está esperando su pedido con ganas. {{#promisedShipDate}}Está programado para salir a más tardar el {{promisedShipDate}} y haremos lo posible por enviarlo antes.{{/promisedShipDate}}{{^promisedShipDate}}Ya lo estamos preparando y le enviaremos el número de seguimiento en cuanto salga.{{/promisedShipDate}}',
  },
  delivery_problem: {
    apologetic: 'Lamentamos mucho que su paquete todavía no llegue. Ya estamos contactando a la paquetería{{#trackingNumber}} por el envío {{trackingNumber}}{{/trackingNumber}} y le daremos una respuesta en un máximo de 48 horas. Si aparece como entregado, ¿podría revisar con sus vecinos o en la recepción mientras tanto?',
    formal: 'Gracias por avisarnos y disculpe las molestias. Abrimos una solicitud de investigación con la paquetería{{#trackingNumber}} para el envío {{trackingNumber}}{{/trackingNumber}} y le responderemos en un máximo de 48 horas con novedades y una solución.',
    friendly: '¡Ay, qué pena{{#buyerName}}, {{buyerName}}{{/buyerName}}! Ya le estamos preguntando a la paquetería qué pasó con tu paquete{{#trackingNumber}} ({{trackingNumber}}){{/trackingNumber}} y te avisamos en menos de 48 horas. Si llega mientras tanto, cuéntanos.',
  },
  address_change: {
    friendly: '¡Gracias por avisarnos! Envíanos por aquí la dirección completa nueva (calle, número, colonia o barrio, ciudad y código postal). Si tu pedido{{#orderId}} {{orderId}}{{/orderId}} todavía no sale, la actualizamos de inmediato.',
    formal: 'Gracias por su mensaje. Por favor, responda con la dirección de envío completa y corregida. Si el pedido{{#orderId}} {{orderId}}{{/orderId}} aún no ha sido enviado, la actualizaremos y le confirmaremos el cambio.',
    apologetic: 'Disculpe el inconveniente con la dirección. Envíenos por aquí la dirección correcta completa y haremos todo lo posible por actualizar su pedido{{#orderId}} {{orderId}}{{/orderId}} antes de que salga.',
    shipped: { tone: 'apologetic', conditions: IN_TRANSIT, text: 'Lo sentimos: su pedido{{#orderId}} {{orderId}}{{/orderId}} ya fue enviado, así que nosotros ya no podemos cambiar la dirección. Consultaremos con la paquetería si es posible redirigir el paquete y le avisaremos lo que nos digan.' },
  },
  order_cancel: {
    friendly: '¡Claro, sin problema! Recibimos tu solicitud para cancelar{{#orderId}} el pedido {{orderId}}{{/orderId}}. Si todavía no sale, lo cancelamos y te llegará la confirmación en breve.',
    formal: 'Gracias por su mensaje. Recibimos su solicitud de cancelación{{#orderId}} del pedido {{orderId}}{{/orderId}}. Si el pedido aún no ha sido enviado, lo cancelaremos y recibirá la confirmación correspondiente.',
    apologetic: 'Lamentamos que la compra no haya resultado como esperaba. Recibimos su solicitud de cancelación{{#orderId}} del pedido {{orderId}}{{/orderId}}; si aún no sale, lo cancelaremos y le llegará la confirmación en cuanto esté listo.',
    unshipped: { tone: 'friendly', conditions: BEFORE_SHIPPING, text: '¡Sin problema! Tu pedido{{#orderId}} {{orderId}}{{/orderId}} todavía no sale, así que lo estamos cancelando ahora mismo. Te llegará la confirmación y el pago vuelve a tu medio de pago original.' },
    shipped: { tone: 'formal', conditions: AFTER_SHIPPING, text: 'Gracias por su mensaje. Su pedido{{#orderId}} {{orderId}}{{/orderId}} ya fue enviado, por lo que ya no es posible cancelarlo. Cuando lo reciba, puede solicitar la devolución desde el detalle de su compra y nosotros nos encargamos.' },
  },
  order_change: {
    friendly: '¡Con gusto te ayudamos! Dinos exactamente qué quieres cambiar (talla, color o cantidad). Si tu pedido{{#orderId}} {{orderId}}{{/orderId}} todavía no sale, revisamos disponibilidad y lo actualizamos.',
    formal: 'Gracias por su mensaje. Por favor, confírmenos el cambio que desea hacer en el pedido{{#orderId}} {{orderId}}{{/orderId}} (talla, color o cantidad). Si aún no ha sido enviado, revisaremos la disponibilidad y le confirmaremos si es posible.',
    apologetic: 'Disculpe la confusión. Indíquenos la talla, el color o la cantidad que necesita y haremos lo posible por actualizar su pedido{{#orderId}} {{orderId}}{{/orderId}} antes de que salga.',
    shipped: { tone: 'apologetic', conditions: AFTER_SHIPPING, text: 'Lo sentimos: su pedido{{#orderId}} {{orderId}}{{/orderId}} ya fue enviado y ya no podemos modificarlo. Cuando lo reciba, puede solicitar una devolución o un cambio desde el detalle de su compra y le ayudaremos a obtener el artículo correcto.' },
  },
  return_request: {
    friendly: '¡Qué pena que no te haya convencido! Puedes iniciar la devolución desde el detalle de tu compra, en la opción de devolución. En cuanto llegue tu solicitud, la revisamos y te enviamos las instrucciones.',
    formal: 'Gracias por comunicarse con nosotros. Para devolver el artículo{{#orderId}} del pedido {{orderId}}{{/orderId}}, solicite la devolución desde el detalle de su compra. La revisaremos a la brevedad y le enviaremos las instrucciones y la etiqueta.',
    apologetic: 'Lamentamos que el artículo no haya sido lo que esperaba. Solicite la devolución desde el detalle de su compra; la revisaremos en cuanto llegue y le enviaremos las instrucciones. Conservar el empaque original ayuda a que todo sea más rápido.',
  },
  exchange_request: {
    friendly: '¡Claro que sí! ¿Qué talla o color te gustaría? Revisamos existencias y te explicamos cómo hacer el cambio.',
    formal: 'Gracias por su mensaje. Indíquenos la talla o el color que desea{{#orderId}} para el pedido {{orderId}}{{/orderId}}. Revisaremos la disponibilidad y le explicaremos cómo realizar el cambio.',
    apologetic: 'Lamentamos que no le haya quedado bien. Díganos la talla o el color que necesita; revisaremos existencias de inmediato y le explicaremos cómo hacer el cambio.',
  },
  refund_request: {
    apologetic: 'Lamentamos que no esté conforme. Para revisar su solicitud de reembolso{{#orderId}} del pedido {{orderId}}{{/orderId}}, ¿podría contarnos qué pasó y, si el artículo está dañado, enviarnos una foto? Le responderemos en un máximo de 24 horas.',
    formal: 'Gracias por su mensaje. Recibimos su solicitud de reembolso{{#orderId}} del pedido {{orderId}}{{/orderId}}. Para revisarla, descríbanos el motivo y, si aplica, adjunte fotos del artículo. Le responderemos en un máximo de 24 horas.',
    friendly: 'Gracias por escribirnos{{#buyerName}}, {{buyerName}}{{/buyerName}}. Queremos solucionarlo. ¿Nos cuentas un poco más del problema? Una foto ayuda muchísimo. Revisamos tu solicitud y te respondemos en menos de 24 horas.',
  },
  refund_status: {
    friendly: '¡Gracias por escribirnos! El reembolso se emite en cuanto recibimos y revisamos la devolución. Después, tu banco o tarjeta suele tardar de 3 a 10 días hábiles en reflejarlo. Si ya pasó más tiempo, avísanos y lo revisamos.',
    formal: 'Gracias por su mensaje. Los reembolsos{{#orderId}} del pedido {{orderId}}{{/orderId}} se emiten una vez que recibimos y revisamos el artículo devuelto. Según su banco o medio de pago, pueden tardar de 3 a 10 días hábiles en verse reflejados.',
    apologetic: 'Lamentamos que siga esperando su reembolso. Ya estamos revisando su estado{{#orderId}} para el pedido {{orderId}}{{/orderId}} y le daremos una respuesta en un máximo de 24 horas. Una vez emitido, los bancos suelen tardar de 3 a 10 días hábiles en reflejarlo.',
    refunded: { tone: 'friendly', conditions: REFUNDED, text: '¡Buenas noticias! El reembolso{{#orderId}} del pedido {{orderId}}{{/orderId}} ya fue emitido de nuestra parte. Según tu banco o tarjeta, puede tardar de 3 a 10 días hábiles en verse reflejado.' },
  },
  product_question: {
    friendly: '¡Gracias por tu pregunta{{#productName}} sobre {{productName}}{{/productName}}! Estamos revisando los detalles y te respondemos en breve. También encuentras la ficha técnica completa en la publicación.',
    formal: 'Gracias por su interés{{#productName}} en {{productName}}{{/productName}}. Estamos revisando los detalles de su consulta y le responderemos en breve con la información que necesita.',
    apologetic: 'Disculpe si la información del producto no fue lo bastante clara. Estamos revisando los detalles{{#productName}} de {{productName}}{{/productName}} y le responderemos en breve.',
  },
  stock_availability: {
    friendly: '¡Gracias por tu interés{{#productName}} en {{productName}}{{/productName}}! Estamos revisando existencias de la talla o el color que buscas y te confirmamos en breve. Si la opción se puede elegir en la publicación, está disponible.',
    formal: 'Gracias por su mensaje. Estamos verificando la disponibilidad{{#productName}} de {{productName}}{{/productName}} en la variante que solicita y se la confirmaremos en breve. Las opciones que se pueden seleccionar en la publicación están disponibles.',
    apologetic: 'Lo sentimos, es posible que esa opción esté agotada por ahora. Estamos revisando cuándo volverá a estar disponible{{#productName}} ({{productName}}){{/productName}} y le avisaremos en cuanto tengamos fecha.',
  },
  product_defect: {
    apologetic: 'Lamentamos mucho que el artículo haya llegado así. ¿Podría enviarnos una foto o un video corto del problema{{#orderId}} y confirmarnos el pedido {{orderId}}{{/orderId}}? En cuanto lo veamos, le ofreceremos un reemplazo o el reembolso.',
    formal: 'Gracias por informarnos y le ofrecemos una disculpa. Para resolverlo lo antes posible, envíenos una foto del defecto{{#orderId}} del pedido {{orderId}}{{/orderId}}. Con ello gestionaremos un reemplazo o el reembolso.',
    friendly: '¡Uy, así no debía llegar{{#buyerName}}, {{buyerName}}{{/buyerName}}! Mándanos una foto del problema y lo solucionamos con un reemplazo o el reembolso lo más rápido posible.',
  },
  wrong_or_missing_item: {
    apologetic: 'Lamentamos mucho que haya recibido un artículo equivocado o incompleto. ¿Podría enviarnos una foto de lo que llegó{{#orderId}} del pedido {{orderId}}{{/orderId}}, incluida la etiqueta? Le enviaremos el artículo correcto o la pieza faltante lo antes posible.',
    formal: 'Le ofrecemos una disculpa por este error. Para corregirlo rápidamente, envíenos una foto del artículo recibido y de la etiqueta del paquete{{#orderId}} (pedido {{orderId}}){{/orderId}}. Con ello le enviaremos el artículo correcto.',
    friendly: '¡Perdón por la confusión{{#buyerName}}, {{buyerName}}{{/buyerName}}! Mándanos una foto de lo que te llegó y te enviamos lo correcto o la pieza que falta lo antes posible.',
  },
  invoice_request: {
    friendly: '¡Claro! Emitimos la factura{{#orderId}} del pedido {{orderId}}{{/orderId}} y te la enviamos por este medio. Si la necesitas a nombre de una empresa, compártenos los datos fiscales.',
    formal: 'Gracias por su solicitud. Emitiremos la factura{{#orderId}} del pedido {{orderId}}{{/orderId}} y se la enviaremos por este medio. Si debe ir a nombre de una empresa, por favor indíquenos sus datos fiscales.',
    apologetic: 'Disculpe que la factura no viniera incluida. La emitiremos{{#orderId}} para el pedido {{orderId}}{{/orderId}} y se la enviaremos por aquí a la brevedad. Indíquenos si debe llevar datos fiscales de una empresa.',
  },
  price_negotiation: {
    friendly: '¡Gracias por tu interés{{#productName}} en {{productName}}{{/productName}}! Nuestros precios ya están lo más ajustados posible, pero por volumen con gusto lo revisamos. ¿Cuántas piezas necesitarías?',
    formal: 'Gracias por su mensaje. Nuestros precios están fijados de la forma más competitiva posible. Para compras por volumen, indíquenos cuántas unidades necesita y revisaremos si podemos ofrecerle mejores condiciones.',
    apologetic: 'Lo sentimos, no podemos bajar el precio de una sola unidad. Si va a comprar varias, díganos cuántas y veremos qué podemos hacer.',
  },
  promotion_inquiry: {
    friendly: '¡Gracias por preguntar! Los cupones suelen tener condiciones: productos participantes, compra mínima o fechas de vigencia. Si el tuyo las cumple y aun así no se aplica al pagar, mándanos el código y revisamos qué pasa.',
    formal: 'Gracias por su mensaje. Los códigos promocionales solo aplican a productos participantes durante su vigencia, y algunos requieren un monto mínimo de compra. Si su código cumple estas condiciones y no se acepta, envíenoslo y lo revisaremos.',
    apologetic: 'Disculpe que el código no haya funcionado. Envíenos el código y el artículo que estaba comprando, y revisaremos de inmediato por qué no se aplicó.',
  },
  payment_issue: {
    formal: 'Gracias por su mensaje. Los medios de pago disponibles para su compra, incluidos los pagos a meses o contra entrega cuando se ofrecen, aparecen al momento de pagar. Si un pago falló o se le cobró dos veces, indíquenos la fecha y lo revisaremos con la plataforma.',
    apologetic: 'Lamentamos el problema con el pago. Los pagos los procesa la plataforma, por lo que no vemos los datos de su tarjeta; si se le cobró dos veces, el cargo duplicado suele liberarse solo en unos días. Díganos la fecha del cargo y le ayudamos a darle seguimiento.',
    friendly: '¡Gracias por preguntar! Al pagar verás todas las opciones para tu compra, incluidos los pagos a meses o contra entrega si están disponibles. Si algo sale mal con un pago, avísanos y te ayudamos.',
  },
  customs_duties: {
    friendly: '¡Buena pregunta! Los impuestos de importación dependen de las reglas de tu país y del valor del pedido. Salvo que aparezcan incluidos al pagar, normalmente se pagan al recibir el paquete. Si se queda retenido en aduana, avísanos y te ayudamos con los documentos.',
    formal: 'Gracias por su mensaje. Los impuestos y aranceles de importación los determina la aduana del país de destino según el valor del pedido. Salvo que se hayan incluido al pagar, normalmente los cubre el destinatario al recibir el paquete. Si el envío queda retenido, podemos proporcionarle los documentos necesarios.',
    apologetic: 'Lamentamos el inconveniente con la aduana. Le ayudaremos a liberar el paquete: díganos qué documentos le solicitan y le enviaremos la factura o lo que haga falta de inmediato.',
  },
  positive_feedback: {
    friendly: '¡Muchísimas gracias{{#buyerName}}, {{buyerName}}{{/buyerName}}! Nos alegra mucho que te haya gustado. ¡Que lo disfrutes!',
    formal: 'Muchas gracias por sus amables palabras. Nos alegra saber que su compra fue de su agrado.',
  },
  greeting_other: {
    friendly: '¡Hola{{#buyerName}}, {{buyerName}}{{/buyerName}}! Gracias por tu mensaje. ¿En qué te podemos ayudar? Si es sobre un pedido, compártenos el número.',
    formal: 'Buen día, gracias por comunicarse con nosotros. ¿En qué podemos ayudarle? Si su consulta es sobre un pedido, por favor indíquenos el número.',
  },
});
