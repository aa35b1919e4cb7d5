import { AFTER_SHIPPING, BEFORE_SHIPPING, defineTemplates, IN_TRANSIT, REFUNDED } from '../define-templates.js';

/**
 * French: always «vous», polite and precise; the formal register uses the customer-service formulas French buyers
 * expect («Nous vous remercions pour votre message», «Nous vous prions de nous excuser pour la gêne occasionnée»).
 * French punctuation: a space before « ! ? : ; ».
 */
export const FR_TEMPLATES = defineTemplates('fr', {
  order_tracking: {
    friendly: 'Bonjour{{#buyerName}} {{buyerName}}{{/buyerName}} ! {{#trackingNumber}}Votre commande{{#orderId}} {{orderId}}{{/orderId}} est en route{{#carrier}} avec {{carrier}}{{/carrier}}. Numéro de suivi : {{trackingNumber}}.{{#promisedDeliveryDate}} Elle devrait arriver au plus tard le {{promisedDeliveryDate}}.{{/promisedDeliveryDate}}{{/trackingNumber}}{{^trackingNumber}}Merci pour votre message. Nous vérifions votre commande{{#orderId}} {{orderId}}{{/orderId}} et vous envoyons le numéro de suivi très vite.{{/trackingNumber}}',
    formal: 'Bonjour, nous vous remercions pour votre message. {{#trackingNumber}}Votre commande{{#orderId}} {{orderId}}{{/orderId}} a été expédiée{{#carrier}} par {{carrier}}{{/carrier}} ; le numéro de suivi est {{trackingNumber}}.{{#promisedDeliveryDate}} La livraison est prévue au plus tard le {{promisedDeliveryDate}}.{{/promisedDeliveryDate}}{{/trackingNumber}}{{^trackingNumber}}Nous vérifions l\'état de votre commande{{#orderId}} {{orderId}}{{/orderId}} et vous transmettrons les informations de suivi dans les meilleurs délais.{{/trackingNumber}}',
    apologetic: 'Nous sommes désolés pour cette attente et comprenons que vous souhaitiez savoir où en est votre commande. {{#trackingNumber}}Elle a bien été expédiée{{#carrier}} avec {{carrier}}{{/carrier}} et vous pouvez la suivre avec le numéro {{trackingNumber}}.{{/trackingNumber}}{{^trackingNumber}}Nous faisons le point avec notre entrepôt et vous enverrons le numéro de suivi dès que possible.{{/trackingNumber}}',
  },
  shipping_time: {
    friendly: 'Bonjour{{#buyerName}} {{buyerName}}{{/buyerName}} ! {{#promisedShipDate}}Votre commande partira au plus tard le {{promisedShipDate}}.{{/promisedShipDate}}{{^promisedShipDate}}Nous expédions dans le délai de préparation indiqué sur l\'annonce.{{/promisedShipDate}}{{#promisedDeliveryDate}} Livraison estimée : {{promisedDeliveryDate}}.{{/promisedDeliveryDate}}{{^promisedDeliveryDate}} La date de livraison estimée figure dans le détail de votre commande.{{/promisedDeliveryDate}} Nous vous enverrons le numéro de suivi dès l\'expédition.',
    formal: 'Nous vous remercions pour votre message. {{#promisedShipDate}}Votre commande sera expédiée au plus tard le {{promisedShipDate}}{{#promisedDeliveryDate}}, pour une livraison prévue au plus tard le {{promisedDeliveryDate}}{{/promisedDeliveryDate}}.{{/promisedShipDate}}{{^promisedShipDate}}Les commandes sont expédiées dans le délai indiqué sur l\'annonce, et la date de livraison estimée figure dans le détail de votre commande.{{/promisedShipDate}} Vous recevrez le numéro de suivi dès l\'expédition du colis.',
    apologetic: 'Veuillez nous excuser pour l\'attente ; nous savons que vous attendez votre commande avec impatience. {{#promisedShipDate}}Son expédition est prévue au plus tard le {{promisedShipDate}}, et nous faisons notre possible pour l\'envoyer plus tôt.{{/promisedShipDate}}{{^promisedShipDate}}Nous la préparons et vous enverrons le numéro de suivi dès son expédition.{{/promisedShipDate}}',
  },
  delivery_problem: {
    apologetic: 'Nous sommes vraiment désolés que votre colis ne vous soit pas encore parvenu. Nous contactons le transporteur{{#trackingNumber}} au sujet du suivi {{trackingNumber}}{{/trackingNumber}} et reviendrons vers vous sous 48 heures. S\'il apparaît comme livré, pourriez-vous vérifier auprès de vos voisins ou de votre gardien en attendant ?',
    formal: 'Nous vous remercions de nous avoir prévenus et vous prions de nous excuser pour la gêne occasionnée. Nous avons ouvert une enquête auprès du transporteur{{#trackingNumber}} pour le suivi {{trackingNumber}}{{/trackingNumber}} et reviendrons vers vous sous 48 heures avec une solution.',
    friendly: 'Oh, désolés{{#buyerName}} {{buyerName}}{{/buyerName}} ! Nous demandons au transporteur ce qui est arrivé à votre colis{{#trackingNumber}} ({{trackingNumber}}){{/trackingNumber}} et revenons vers vous sous 48 heures. S\'il arrive entre-temps, dites-le-nous.',
  },
  address_change: {
    friendly: 'Merci de nous prévenir ! Envoyez-nous ici la nouvelle adresse complète (rue, numéro, code postal et ville). Si votre commande{{#orderId}} {{orderId}}{{/orderId}} n\'est pas encore partie, nous la mettons à jour tout de suite.',
    formal: 'Nous vous remercions pour votre message. Merci de nous indiquer l\'adresse de livraison complète et corrigée. Si la commande{{#orderId}} {{orderId}}{{/orderId}} n\'a pas encore été expédiée, nous la modifierons et vous confirmerons le changement.',
    apologetic: 'Désolés pour ce souci d\'adresse ! Envoyez-nous ici l\'adresse correcte complète, et nous ferons tout notre possible pour modifier votre commande{{#orderId}} {{orderId}}{{/orderId}} avant son expédition.',
    shipped: { tone: 'apologetic', conditions: IN_TRANSIT, text: 'Nous sommes désolés : votre commande{{#orderId}} {{orderId}}{{/orderId}} a déjà été expédiée, nous ne pouvons donc plus modifier l\'adresse nous-mêmes. Nous demandons au transporteur si le colis peut être réacheminé et revenons vers vous.' },
  },
  order_cancel: {
    friendly: 'Pas de souci ! Nous avons bien reçu votre demande d\'annulation{{#orderId}} de la commande {{orderId}}{{/orderId}}. Si elle n\'est pas encore partie, nous l\'annulons et vous recevrez une confirmation sous peu.',
    formal: 'Nous vous remercions pour votre message. Nous avons bien reçu votre demande d\'annulation{{#orderId}} de la commande {{orderId}}{{/orderId}}. Si la commande n\'a pas encore été expédiée, nous l\'annulerons et vous recevrez une confirmation.',
    apologetic: 'Nous sommes désolés que cette commande ne vous convienne plus. Nous avons bien reçu votre demande d\'annulation{{#orderId}} de la commande {{orderId}}{{/orderId}} ; si elle n\'est pas encore partie, nous l\'annulons et vous confirmons dès que c\'est fait.',
    unshipped: { tone: 'friendly', conditions: BEFORE_SHIPPING, text: 'Pas de souci ! Votre commande{{#orderId}} {{orderId}}{{/orderId}} n\'est pas encore partie : nous l\'annulons dès maintenant. Vous recevrez une confirmation, et le paiement sera restitué sur votre moyen de paiement d\'origine.' },
    shipped: { tone: 'formal', conditions: AFTER_SHIPPING, text: 'Nous vous remercions pour votre message. Votre commande{{#orderId}} {{orderId}}{{/orderId}} a déjà été expédiée et ne peut plus être annulée. À sa réception, vous pourrez demander un retour depuis le détail de votre commande ; nous nous occuperons du reste.' },
  },
  order_change: {
    friendly: 'Avec plaisir ! Dites-nous précisément ce que vous souhaitez modifier (taille, couleur ou quantité). Si votre commande{{#orderId}} {{orderId}}{{/orderId}} n\'est pas encore partie, nous vérifions le stock et la mettons à jour.',
    formal: 'Nous vous remercions pour votre message. Merci de nous confirmer la modification souhaitée pour la commande{{#orderId}} {{orderId}}{{/orderId}} (taille, couleur ou quantité). Si elle n\'a pas encore été expédiée, nous vérifierons la disponibilité et vous confirmerons si le changement est possible.',
    apologetic: 'Désolés pour ce malentendu ! Indiquez-nous la taille, la couleur ou la quantité souhaitée, et nous ferons notre possible pour modifier votre commande{{#orderId}} {{orderId}}{{/orderId}} avant son expédition.',
    shipped: { tone: 'apologetic', conditions: AFTER_SHIPPING, text: 'Nous sommes désolés : votre commande{{#orderId}} {{orderId}}{{/orderId}} a déjà été expédiée et ne peut plus être modifiée. À réception, vous pourrez demander un retour ou un échange depuis le détail de votre commande, et nous vous aiderons à obtenir le bon article.' },
  },
  return_request: {
    friendly: 'Dommage que l\'article ne vous convienne pas ! Vous pouvez lancer le retour depuis le détail de votre commande. Dès réception de votre demande, nous l\'examinons et vous envoyons les instructions.',
    formal: 'Nous vous remercions de nous avoir contactés. Pour retourner l\'article{{#orderId}} de la commande {{orderId}}{{/orderId}}, merci de faire une demande de retour depuis le détail de votre commande. Nous l\'examinerons rapidement et vous enverrons les instructions ainsi que l\'étiquette.',
    apologetic: 'Nous sommes désolés que l\'article ne corresponde pas à vos attentes. Faites la demande de retour depuis le détail de votre commande ; nous l\'examinerons dès réception et vous enverrons les instructions. Conserver l\'emballage d\'origine facilite le retour.',
  },
  exchange_request: {
    friendly: 'Bien sûr, c\'est possible ! Quelle taille ou quelle couleur souhaitez-vous à la place ? Nous vérifions le stock et vous expliquons la marche à suivre pour l\'échange.',
    formal: 'Nous vous remercions pour votre message. Merci de nous indiquer la taille ou la couleur souhaitée{{#orderId}} pour la commande {{orderId}}{{/orderId}}. Nous vérifierons la disponibilité et vous expliquerons le déroulement de l\'échange.',
    apologetic: 'Désolés que la taille ne convienne pas ! Indiquez-nous la taille ou la couleur qu\'il vous faut : nous vérifions le stock tout de suite et vous expliquons comment procéder à l\'échange.',
  },
  refund_request: {
    apologetic: 'Nous sommes désolés que cet achat ne vous donne pas satisfaction. Afin d\'examiner votre demande de remboursement{{#orderId}} pour la commande {{orderId}}{{/orderId}}, pourriez-vous nous expliquer ce qui s\'est passé et, si l\'article est endommagé, joindre une photo ? Nous vous répondrons sous 24 heures.',
    formal: 'Nous vous remercions pour votre message. Nous avons bien reçu votre demande de remboursement{{#orderId}} pour la commande {{orderId}}{{/orderId}}. Afin de l\'examiner, merci d\'en préciser le motif et, le cas échéant, de joindre des photos de l\'article. Nous vous répondrons sous 24 heures.',
    friendly: 'Merci de nous avoir écrit{{#buyerName}} {{buyerName}}{{/buyerName}}. Nous voulons arranger les choses. Pouvez-vous nous en dire un peu plus sur le problème ? Une photo nous aide beaucoup. Nous étudions votre demande et vous répondons sous 24 heures.',
  },
  refund_status: {
    friendly: 'Merci pour votre message ! Le remboursement est émis dès que nous avons reçu et vérifié le retour. Ensuite, votre banque met généralement 3 à 10 jours ouvrés pour l\'afficher. Si ce délai est dépassé, prévenez-nous et nous vérifierons.',
    formal: 'Nous vous remercions pour votre message. Les remboursements{{#orderId}} de la commande {{orderId}}{{/orderId}} sont émis après réception et contrôle de l\'article retourné. Selon votre banque ou votre moyen de paiement, ils peuvent ensuite mettre 3 à 10 jours ouvrés à apparaître sur votre relevé.',
    apologetic: 'Nous sommes désolés que vous attendiez encore votre remboursement. Nous vérifions son état{{#orderId}} pour la commande {{orderId}}{{/orderId}} et revenons vers vous sous 24 heures. Une fois émis, les banques mettent en général 3 à 10 jours ouvrés à l\'afficher.',
    refunded: { tone: 'friendly', conditions: REFUNDED, text: 'Bonne nouvelle : le remboursement{{#orderId}} de la commande {{orderId}}{{/orderId}} a bien été émis de notre côté. Selon votre banque ou votre carte, il peut mettre 3 à 10 jours ouvrés à apparaître sur votre relevé.' },
  },
  product_question: {
    friendly: 'Merci pour votre question{{#productName}} sur {{productName}}{{/productName}} ! Nous vérifions les détails et revenons vers vous très vite. La fiche technique complète figure aussi sur la page du produit.',
    formal: 'Nous vous remercions de l\'intérêt que vous portez{{#productName}} à {{productName}}{{/productName}}. Nous vérifions les détails de votre question et vous répondrons rapidement avec les informations nécessaires.',
    apologetic: 'Désolés si les informations sur le produit n\'étaient pas assez claires ! Nous vérifions les détails{{#productName}} de {{productName}}{{/productName}} et vous répondons rapidement.',
  },
  stock_availability: {
    friendly: 'Merci pour votre intérêt{{#productName}} pour {{productName}}{{/productName}} ! Nous vérifions le stock de la taille ou de la couleur demandée et vous confirmons très vite. Si l\'option peut être sélectionnée sur l\'annonce, elle est disponible.',
    formal: 'Nous vous remercions pour votre message. Nous vérifions la disponibilité{{#productName}} de {{productName}}{{/productName}} dans la variante demandée et vous la confirmerons rapidement. Les options sélectionnables sur l\'annonce sont en stock.',
    apologetic: 'Désolés, cette option est peut-être épuisée pour le moment. Nous vérifions quand elle sera de nouveau disponible{{#productName}} ({{productName}}){{/productName}} et vous préviendrons dès que nous aurons une date.',
  },
  product_defect: {
    apologetic: 'Nous sommes vraiment désolés que l\'article soit arrivé dans cet état. Pourriez-vous nous envoyer une photo ou une courte vidéo du problème{{#orderId}} et nous confirmer la commande {{orderId}}{{/orderId}} ? Dès que nous l\'aurons vue, nous vous proposerons un remplacement ou un remboursement.',
    formal: 'Nous vous remercions de nous avoir informés et vous prions d\'accepter nos excuses. Afin de régler la situation rapidement, merci de nous envoyer une photo du défaut{{#orderId}} pour la commande {{orderId}}{{/orderId}}. Nous organiserons ensuite un remplacement ou un remboursement.',
    friendly: 'Oh non, ce n\'est pas ainsi qu\'il devait arriver{{#buyerName}} {{buyerName}}{{/buyerName}} ! Envoyez-nous une photo du problème, et nous réglons cela par un remplacement ou un remboursement au plus vite.',
  },
  wrong_or_missing_item: {
    apologetic: 'Nous sommes vraiment désolés que vous ayez reçu un mauvais article ou qu\'il manque quelque chose. Pourriez-vous nous envoyer une photo de ce que vous avez reçu{{#orderId}} pour la commande {{orderId}}{{/orderId}}, étiquette comprise ? Nous vous enverrons le bon article ou la pièce manquante au plus vite.',
    formal: 'Nous vous prions de nous excuser pour cette erreur. Afin de la corriger rapidement, merci de nous envoyer une photo de l\'article reçu et de l\'étiquette du colis{{#orderId}} (commande {{orderId}}){{/orderId}}. Nous vous enverrons ensuite le bon article.',
    friendly: 'Désolés pour cette erreur{{#buyerName}} {{buyerName}}{{/buyerName}} ! Envoyez-nous une photo de ce que vous avez reçu, et nous vous faisons parvenir le bon article ou la pièce manquante au plus vite.',
  },
  invoice_request: {
    friendly: 'Bien sûr ! Nous établissons la facture{{#orderId}} de la commande {{orderId}}{{/orderId}} et vous l\'envoyons par ce canal. S\'il faut y faire figurer une société ou un numéro de TVA, dites-le-nous.',
    formal: 'Nous vous remercions pour votre demande. Nous établirons la facture{{#orderId}} de la commande {{orderId}}{{/orderId}} et vous la transmettrons par cette messagerie. Si elle doit comporter une raison sociale ou un numéro de TVA intracommunautaire, merci de nous les indiquer.',
    apologetic: 'Désolés que la facture n\'ait pas été jointe ! Nous l\'établissons{{#orderId}} pour la commande {{orderId}}{{/orderId}} et vous l\'envoyons ici au plus vite. Indiquez-nous si elle doit comporter une raison sociale ou un numéro de TVA.',
  },
  price_negotiation: {
    friendly: 'Merci pour votre intérêt{{#productName}} pour {{productName}}{{/productName}} ! Nos prix sont déjà au plus juste, mais pour des quantités plus importantes, nous pouvons en discuter. Combien d\'unités vous faudrait-il ?',
    formal: 'Nous vous remercions pour votre message. Nos prix sont fixés au plus juste. Pour des achats en quantité, merci de nous indiquer le nombre d\'unités souhaité, et nous verrons si nous pouvons vous proposer de meilleures conditions.',
    apologetic: 'Désolés, nous ne pouvons pas baisser le prix pour une seule unité. Si vous en prenez plusieurs, dites-nous combien, et nous verrons ce que nous pouvons faire.',
  },
  promotion_inquiry: {
    friendly: 'Merci pour votre question ! Les codes promo ont souvent des conditions : articles éligibles, minimum d\'achat ou dates de validité. Si le vôtre les remplit et ne s\'applique toujours pas au paiement, envoyez-nous le code et nous regardons ce qui se passe.',
    formal: 'Nous vous remercions pour votre message. Les codes promotionnels ne s\'appliquent qu\'aux articles éligibles pendant leur période de validité, et certains exigent un montant minimum d\'achat. Si votre code remplit ces conditions et n\'est toujours pas accepté, merci de nous le transmettre afin que nous le vérifiions.',
    apologetic: 'Désolés que le code n\'ait pas fonctionné ! Envoyez-nous le code et l\'article que vous achetiez, et nous vérifions tout de suite pourquoi il ne s\'est pas appliqué.',
  },
  payment_issue: {
    formal: 'Nous vous remercions pour votre message. Les moyens de paiement disponibles pour votre commande, y compris le paiement en plusieurs fois lorsqu\'il est proposé, s\'affichent lors du paiement. Si un paiement a échoué ou a été débité deux fois, merci de nous indiquer la date et nous vérifierons auprès de la plateforme.',
    apologetic: 'Nous sommes désolés pour ce problème de paiement. Les paiements sont gérés par la plateforme, nous n\'avons donc pas accès à vos données bancaires ; en cas de double débit, le doublon est généralement libéré automatiquement sous quelques jours. Indiquez-nous la date du débit et nous vous aiderons à en assurer le suivi.',
    friendly: 'Merci pour votre question ! Tous les moyens de paiement disponibles, y compris le paiement en plusieurs fois quand il est proposé, s\'affichent au moment de payer. En cas de souci avec un paiement, prévenez-nous et nous vous aiderons.',
  },
  customs_duties: {
    friendly: 'Bonne question ! Les droits et taxes d\'importation dépendent des règles de votre pays et de la valeur de la commande. Sauf s\'ils sont indiqués comme inclus au paiement, ils se règlent généralement à la livraison. Si votre colis est retenu en douane, dites-le-nous et nous vous aiderons pour les documents.',
    formal: 'Nous vous remercions pour votre message. Les droits et taxes d\'importation sont fixés par les douanes du pays de destination selon la valeur de la commande. Sauf s\'ils ont été inclus lors du paiement, ils sont normalement réglés par le destinataire à la livraison. Si le colis est retenu, nous pouvons fournir les documents nécessaires.',
    apologetic: 'Nous sommes désolés pour ce souci en douane. Nous allons vous aider à débloquer le colis : dites-nous quels documents vous sont demandés, et nous vous envoyons la facture ou tout autre justificatif immédiatement.',
  },
  positive_feedback: {
    friendly: 'Merci beaucoup{{#buyerName}} {{buyerName}}{{/buyerName}} ! Nous sommes ravis que cela vous plaise. Profitez-en bien !',
    formal: 'Nous vous remercions sincèrement pour votre message. Nous sommes ravis que votre achat vous donne entière satisfaction.',
  },
  greeting_other: {
    friendly: 'Bonjour{{#buyerName}} {{buyerName}}{{/buyerName}} ! Merci pour votre message. Comment pouvons-nous vous aider ? Si c\'est au sujet d\'une commande, indiquez-nous son numéro.',
    formal: 'Bonjour, nous vous remercions de nous avoir contactés. Comment pouvons-nous vous aider ? Si votre question concerne une commande, merci d\'en préciser le numéro.',
  },
});
