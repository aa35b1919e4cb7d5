import { AFTER_SHIPPING, BEFORE_SHIPPING, defineTemplates, IN_TRANSIT, REFUNDED } from '../define-templates.js';

/**
 * Portuguese, written for Brazil (the largest Portuguese-speaking market: Mercado Livre, Shopee, Amazon.com.br):
 * warm and close («Oi! Tudo bem?», «qualquer dúvida, é só chamar», «pedimos desculpas pelo transtorno»), Brazilian
 * vocabulary (código de rastreio, nota fiscal, CPF/CNPJ, parcelamento, boleto, Pix). Override with `pt-PT` for Portugal.
 */
export const PT_TEMPLATES = defineTemplates('pt', {
  order_tracking: {
    friendly: 'Oi{{#buyerName}}, {{buyerName}}{{/buyerName}}! Tudo bem? {{#trackingNumber}}Seu pedido{{#orderId}} {{orderId}}{{/orderId}} já está a caminho{{#carrier}} pela {{carrier}}{{/carrier}}. O código de rastreio é {{trackingNumber}}.{{#promisedDeliveryDate}} A previsão de entrega é até {{promisedDeliveryDate}}.{{/promisedDeliveryDate}}{{/trackingNumber}}{{^trackingNumber}}Já estamos verificando seu pedido{{#orderId}} {{orderId}}{{/orderId}} e logo te passamos o código de rastreio.{{/trackingNumber}} Qualquer dúvida, é só chamar!',
    formal: 'Olá, agradecemos o contato. {{#trackingNumber}}Seu pedido{{#orderId}} {{orderId}}{{/orderId}} foi enviado{{#carrier}} pela {{carrier}}{{/carrier}} com o código de rastreio {{trackingNumber}}.{{#promisedDeliveryDate}} A data prevista de entrega é {{promisedDeliveryDate}}.{{/promisedDeliveryDate}}{{/trackingNumber}}{{^trackingNumber}}Estamos verificando o status do seu pedido{{#orderId}} {{orderId}}{{/orderId}} e enviaremos as informações de rastreio o mais breve possível.{{/trackingNumber}}',
    apologetic: 'Pedimos desculpas pela demora e entendemos sua preocupação. {{#trackingNumber}}Seu pedido já foi enviado{{#carrier}} pela {{carrier}}{{/carrier}} e você pode acompanhar pelo código {{trackingNumber}}.{{/trackingNumber}}{{^trackingNumber}}Já estamos verificando com o nosso estoque e enviaremos o código de rastreio assim que o tivermos.{{/trackingNumber}}',
  },
  shipping_time: {
    friendly: 'Oi{{#buyerName}}, {{buyerName}}{{/buyerName}}! {{#promisedShipDate}}Seu pedido será enviado até {{promisedShipDate}}.{{/promisedShipDate}}{{^promisedShipDate}}A gente envia dentro do prazo de postagem informado no anúncio.{{/promisedShipDate}}{{#promisedDeliveryDate}} Previsão de entrega: {{promisedDeliveryDate}}.{{/promisedDeliveryDate}}{{^promisedDeliveryDate}} A previsão de entrega aparece nos detalhes da sua compra.{{/promisedDeliveryDate}} Assim que for postado, te mandamos o código de rastreio!',
    formal: 'Agradecemos a sua mensagem. {{#promisedShipDate}}Seu pedido está programado para ser enviado até {{promisedShipDate}}{{#promisedDeliveryDate}}, com entrega prevista até {{promisedDeliveryDate}}{{/promisedDeliveryDate}}.{{/promisedShipDate}}{{^promisedShipDate}}Os pedidos são postados dentro do prazo informado no anúncio, e a previsão de entrega aparece nos detalhes da sua compra.{{/promisedShipDate}} Você receberá o código de rastreio assim que o pacote for postado.',
    apologetic: 'Desculpe pela espera, sabemos como é aguardar uma compra. {{#promisedShipDate}}Ele está programado para ser enviado até {{promisedShipDate}}, e vamos fazer o possível para postar antes.{{/promisedShipDate}}{{^promisedShipDate}}Já estamos preparando tudo e enviaremos o código de rastreio assim que for postado.{{/promisedShipDate}}',
  },
  delivery_problem: {
    apologetic: 'Sentimos muito que seu pedido ainda não tenha chegado. Já estamos em contato com a transportadora{{#trackingNumber}} sobre o rastreio {{trackingNumber}}{{/trackingNumber}} e daremos um retorno em até 48 horas. Se aparecer como entregue, poderia verificar com vizinhos ou na portaria enquanto isso?',
    formal: 'Agradecemos o aviso e pedimos desculpas pelo transtorno. Abrimos uma solicitação de verificação junto à transportadora{{#trackingNumber}} para o rastreio {{trackingNumber}}{{/trackingNumber}} e retornaremos em até 48 horas com uma atualização e uma solução.',
    friendly: 'Poxa, que chato{{#buyerName}}, {{buyerName}}{{/buyerName}}! Já estamos falando com a transportadora para entender o que aconteceu com seu pacote{{#trackingNumber}} ({{trackingNumber}}){{/trackingNumber}} e te damos notícias em até 48 horas. Se chegar antes, avisa a gente!',
  },
  address_change: {
    friendly: 'Obrigado por avisar! Manda aqui o endereço completo novo (rua, número, complemento, bairro, cidade e CEP). Se o seu pedido{{#orderId}} {{orderId}}{{/orderId}} ainda não foi postado, a gente atualiza na hora.',
    formal: 'Agradecemos a sua mensagem. Por favor, envie o endereço de entrega completo e corrigido, com CEP. Se o pedido{{#orderId}} {{orderId}}{{/orderId}} ainda não tiver sido enviado, faremos a alteração e confirmaremos para você.',
    apologetic: 'Desculpe o transtorno com o endereço! Envie aqui o endereço correto completo, com CEP, e faremos o possível para atualizar seu pedido{{#orderId}} {{orderId}}{{/orderId}} antes da postagem.',
    shipped: { tone: 'apologetic', conditions: IN_TRANSIT, text: 'Sentimos muito: seu pedido{{#orderId}} {{orderId}}{{/orderId}} já foi enviado, então não conseguimos mais alterar o endereço por aqui. Vamos consultar a transportadora sobre a possibilidade de redirecionar o pacote e te avisamos.' },
  },
  order_cancel: {
    friendly: 'Claro, sem problemas! Recebemos seu pedido de cancelamento{{#orderId}} da compra {{orderId}}{{/orderId}}. Se ainda não foi postado, cancelamos e você recebe a confirmação em breve.',
    formal: 'Agradecemos a sua mensagem. Recebemos a sua solicitação de cancelamento{{#orderId}} do pedido {{orderId}}{{/orderId}}. Caso o pedido ainda não tenha sido enviado, faremos o cancelamento e você receberá a confirmação.',
    apologetic: 'Sentimos muito que a compra não tenha dado certo. Recebemos seu pedido de cancelamento{{#orderId}} da compra {{orderId}}{{/orderId}}; se ainda não foi postado, cancelamos e você recebe a confirmação assim que estiver feito.',
    unshipped: { tone: 'friendly', conditions: BEFORE_SHIPPING, text: 'Sem problemas! Seu pedido{{#orderId}} {{orderId}}{{/orderId}} ainda não foi postado, então já estamos cancelando. Você recebe a confirmação e o pagamento volta para a forma de pagamento original.' },
    shipped: { tone: 'formal', conditions: AFTER_SHIPPING, text: 'Agradecemos a sua mensagem. Seu pedido{{#orderId}} {{orderId}}{{/orderId}} já foi enviado e não pode mais ser cancelado. Quando ele chegar, você pode solicitar a devolução nos detalhes da compra, e nós cuidamos do resto.' },
  },
  order_change: {
    friendly: 'Claro, a gente ajuda! Conta pra gente exatamente o que você quer trocar: tamanho, cor ou quantidade. Se o pedido{{#orderId}} {{orderId}}{{/orderId}} ainda não foi postado, verificamos o estoque e atualizamos.',
    formal: 'Agradecemos a sua mensagem. Por favor, confirme a alteração desejada no pedido{{#orderId}} {{orderId}}{{/orderId}} (tamanho, cor ou quantidade). Se ainda não tiver sido enviado, verificaremos a disponibilidade e confirmaremos se é possível.',
    apologetic: 'Desculpe a confusão! Informe o tamanho, a cor ou a quantidade que você precisa, e faremos o possível para ajustar seu pedido{{#orderId}} {{orderId}}{{/orderId}} antes da postagem.',
    shipped: { tone: 'apologetic', conditions: AFTER_SHIPPING, text: 'Sentimos muito: seu pedido{{#orderId}} {{orderId}}{{/orderId}} já foi enviado e não dá mais para alterá-lo. Quando chegar, você pode pedir a devolução ou a troca nos detalhes da compra, e vamos te ajudar a receber o item certo.' },
  },
  return_request: {
    friendly: 'Que pena que não deu certo! Você pode abrir a devolução nos detalhes da sua compra. Assim que a solicitação chegar, a gente analisa e te manda as instruções.',
    formal: 'Agradecemos o contato. Para devolver o item{{#orderId}} do pedido {{orderId}}{{/orderId}}, solicite a devolução nos detalhes da sua compra. Analisaremos o quanto antes e enviaremos as instruções e a etiqueta de postagem.',
    apologetic: 'Sentimos muito que o produto não tenha atendido às suas expectativas. Solicite a devolução nos detalhes da compra; analisaremos assim que chegar e enviaremos as instruções. Manter a embalagem original ajuda a agilizar tudo.',
  },
  exchange_request: {
    friendly: 'Claro, dá sim! Qual tamanho ou cor você prefere? A gente confere o estoque e te explica como fazer a troca.',
    formal: 'Agradecemos a sua mensagem. Informe, por favor, o tamanho ou a cor desejada{{#orderId}} para o pedido {{orderId}}{{/orderId}}. Verificaremos a disponibilidade e explicaremos como funciona a troca.',
    apologetic: 'Que pena que não serviu! Nos diga o tamanho ou a cor que você precisa, que conferimos o estoque na hora e explicamos como fazer a troca.',
  },
  refund_request: {
    apologetic: 'Sentimos muito que a compra não tenha saído como você esperava. Para analisarmos seu pedido de reembolso{{#orderId}} da compra {{orderId}}{{/orderId}}, poderia contar o que aconteceu e, se o produto estiver danificado, enviar uma foto? Retornamos em até 24 horas.',
    formal: 'Agradecemos a sua mensagem. Recebemos sua solicitação de reembolso{{#orderId}} referente ao pedido {{orderId}}{{/orderId}}. Para analisá-la, descreva o motivo e, se for o caso, anexe fotos do produto. Responderemos em até 24 horas.',
    friendly: 'Obrigado por falar com a gente{{#buyerName}}, {{buyerName}}{{/buyerName}}. Queremos resolver isso. Conta um pouco mais sobre o problema? Uma foto ajuda muito. Analisamos seu pedido e respondemos em até 24 horas.',
  },
  refund_status: {
    friendly: 'Oi! O reembolso é feito assim que recebemos e conferimos a devolução. Depois disso, o banco ou o cartão costuma levar de 3 a 10 dias úteis para mostrar. Se já passou desse prazo, avisa a gente que verificamos.',
    formal: 'Agradecemos a sua mensagem. Os reembolsos{{#orderId}} do pedido {{orderId}}{{/orderId}} são emitidos após o recebimento e a conferência do item devolvido. Dependendo do banco ou da forma de pagamento, podem levar de 3 a 10 dias úteis para aparecer.',
    apologetic: 'Pedimos desculpas pela espera do seu reembolso. Já estamos verificando o status{{#orderId}} do pedido {{orderId}}{{/orderId}} e retornamos em até 24 horas. Depois de emitido, o banco costuma levar de 3 a 10 dias úteis para mostrar.',
    refunded: { tone: 'friendly', conditions: REFUNDED, text: 'Boa notícia: o reembolso{{#orderId}} do pedido {{orderId}}{{/orderId}} já foi emitido por aqui. Dependendo do banco ou do cartão, pode levar de 3 a 10 dias úteis para aparecer.' },
  },
  product_question: {
    friendly: 'Oi! Obrigado pela pergunta{{#productName}} sobre {{productName}}{{/productName}}. Estamos conferindo os detalhes e já te respondemos. A ficha técnica completa também está no anúncio.',
    formal: 'Agradecemos o seu interesse{{#productName}} em {{productName}}{{/productName}}. Estamos verificando os detalhes da sua pergunta e responderemos em breve com as informações necessárias.',
    apologetic: 'Desculpe se as informações do produto não ficaram claras. Estamos conferindo os detalhes{{#productName}} de {{productName}}{{/productName}} e respondemos em breve.',
  },
  stock_availability: {
    friendly: 'Oi! Obrigado pelo interesse{{#productName}} em {{productName}}{{/productName}}. Estamos conferindo o estoque do tamanho ou da cor que você quer e já te confirmamos. Se a opção aparece para seleção no anúncio, tem disponível.',
    formal: 'Agradecemos a sua mensagem. Estamos verificando a disponibilidade{{#productName}} de {{productName}}{{/productName}} na variação solicitada e confirmaremos em breve. As opções que podem ser selecionadas no anúncio estão em estoque.',
    apologetic: 'Sentimos muito, essa opção pode estar esgotada no momento. Estamos verificando quando ela volta{{#productName}} ({{productName}}){{/productName}} e avisamos assim que tivermos uma data.',
  },
  product_defect: {
    apologetic: 'Sentimos muito que o produto tenha chegado assim. Poderia nos enviar uma foto ou um vídeo curto do problema{{#orderId}} e confirmar o pedido {{orderId}}{{/orderId}}? Assim que virmos, oferecemos a troca ou o reembolso.',
    formal: 'Agradecemos o aviso e pedimos desculpas pelo transtorno. Para resolver rapidamente, envie uma foto do defeito{{#orderId}} do pedido {{orderId}}{{/orderId}}. Em seguida, providenciaremos a troca ou o reembolso.',
    friendly: 'Poxa, não era para chegar assim{{#buyerName}}, {{buyerName}}{{/buyerName}}! Manda uma foto do problema que a gente resolve com a troca ou o reembolso o mais rápido possível.',
  },
  wrong_or_missing_item: {
    apologetic: 'Sentimos muito que tenha chegado o item errado ou faltando algo. Poderia enviar uma foto do que chegou{{#orderId}} no pedido {{orderId}}{{/orderId}}, incluindo a etiqueta? Enviaremos o item certo ou a peça que falta o quanto antes.',
    formal: 'Pedimos desculpas por este erro. Para corrigi-lo rapidamente, envie uma foto do item recebido e da etiqueta do pacote{{#orderId}} (pedido {{orderId}}){{/orderId}}. Em seguida, enviaremos o item correto.',
    friendly: 'Desculpa a confusão{{#buyerName}}, {{buyerName}}{{/buyerName}}! Manda uma foto do que chegou que a gente envia o item certo ou a peça que faltou rapidinho.',
  },
  invoice_request: {
    friendly: 'Claro! Vamos emitir a nota fiscal{{#orderId}} do pedido {{orderId}}{{/orderId}} e te enviar por aqui. Se precisar em nome de empresa, é só mandar o CNPJ e a razão social.',
    formal: 'Agradecemos a solicitação. Emitiremos a nota fiscal{{#orderId}} referente ao pedido {{orderId}}{{/orderId}} e a enviaremos por este canal. Caso precise em nome de pessoa jurídica, informe o CNPJ e a razão social.',
    apologetic: 'Desculpe por a nota fiscal não ter ido junto! Vamos emiti-la{{#orderId}} para o pedido {{orderId}}{{/orderId}} e enviar por aqui o quanto antes. Se for em nome de empresa, nos informe o CNPJ.',
  },
  price_negotiation: {
    friendly: 'Obrigado pelo interesse{{#productName}} em {{productName}}{{/productName}}! Nossos preços já estão bem ajustados, mas para quantidades maiores a gente pode conversar. Quantas unidades você precisa?',
    formal: 'Agradecemos a sua mensagem. Nossos preços já são definidos da forma mais competitiva possível. Para compras em maior quantidade, informe quantas unidades precisa, e verificaremos se é possível oferecer melhores condições.',
    apologetic: 'Desculpe, não conseguimos baixar o preço de uma unidade só. Se você for levar várias, nos diga quantas que vemos o que dá para fazer.',
  },
  promotion_inquiry: {
    friendly: 'Obrigado por perguntar! Os cupons costumam ter regras: produtos participantes, valor mínimo de compra e validade. Se o seu atende a tudo isso e mesmo assim não aplicou no pagamento, manda o código pra gente que verificamos.',
    formal: 'Agradecemos a sua mensagem. Os cupons valem apenas para produtos participantes dentro do prazo de validade, e alguns exigem valor mínimo de compra. Se o seu cupom atende a essas condições e não foi aceito, envie-o para verificarmos.',
    apologetic: 'Desculpe que o cupom não funcionou! Envie o código e o produto que você estava comprando, e verificamos agora mesmo por que não foi aplicado.',
  },
  payment_issue: {
    formal: 'Agradecemos a sua mensagem. As formas de pagamento disponíveis para a sua compra, como parcelamento, boleto ou Pix, aparecem na finalização do pedido. Se um pagamento falhou ou foi cobrado em duplicidade, informe a data e verificaremos junto à plataforma.',
    apologetic: 'Sentimos muito pelo problema com o pagamento. Os pagamentos são processados pela plataforma, então não temos acesso aos dados do seu cartão; se houve cobrança em dobro, a duplicada costuma ser estornada automaticamente em poucos dias. Informe a data da cobrança e ajudamos a acompanhar.',
    friendly: 'Oi! Na finalização da compra aparecem todas as formas de pagamento disponíveis, como parcelamento no cartão, boleto ou Pix. Se der algum problema no pagamento, avisa a gente que ajudamos.',
  },
  customs_duties: {
    friendly: 'Boa pergunta! Os impostos de importação dependem das regras do seu país e do valor do pedido. Se não aparecerem incluídos no pagamento, normalmente são pagos na entrega. Se o pacote ficar retido na alfândega, avisa a gente que ajudamos com a documentação.',
    formal: 'Agradecemos a sua mensagem. Os impostos e tributos de importação são definidos pela alfândega do país de destino, conforme o valor do pedido. Se não tiverem sido incluídos no pagamento, normalmente são pagos pelo destinatário na entrega. Caso o pacote fique retido, podemos fornecer os documentos necessários.',
    apologetic: 'Sentimos muito pelo transtorno com a alfândega. Vamos ajudar a liberar o pacote: nos diga quais documentos estão pedindo, e enviaremos a nota fiscal ou o que for preciso imediatamente.',
  },
  positive_feedback: {
    friendly: 'Muito obrigado pelo carinho{{#buyerName}}, {{buyerName}}{{/buyerName}}! Ficamos muito felizes que você gostou. Aproveite bastante!',
    formal: 'Agradecemos muito as suas palavras. Ficamos felizes em saber que a sua compra agradou.',
  },
  greeting_other: {
    friendly: 'Oi{{#buyerName}}, {{buyerName}}{{/buyerName}}! Tudo bem? Obrigado pela mensagem. Como podemos te ajudar? Se for sobre um pedido, manda o número pra gente.',
    formal: 'Olá, agradecemos o contato. Como podemos ajudar? Se a sua dúvida for sobre um pedido, por favor informe o número.',
  },
});
