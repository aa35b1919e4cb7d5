import { AFTER_SHIPPING, BEFORE_SHIPPING, defineTemplates, IN_TRANSIT, REFUNDED } from '../define-templates.js';

/**
 * German: concise and factual, «Sie» in every register; what happens next and by when, without flourish
 * («Bitte entschuldigen Sie die Unannehmlichkeiten», «Wir melden uns innerhalb von 48 Stunden»).
 */
export const DE_TEMPLATES = defineTemplates('de', {
  order_tracking: {
    friendly: 'Hallo{{#buyerName}} {{buyerName}}{{/buyerName}}! {{#trackingNumber}}Ihre Bestellung{{#orderId}} {{orderId}}{{/orderId}} ist unterwegs{{#carrier}} mit {{carrier}}{{/carrier}}. Sendungsnummer: {{trackingNumber}}.{{#promisedDeliveryDate}} Voraussichtliche Zustellung: bis {{promisedDeliveryDate}}.{{/promisedDeliveryDate}}{{/trackingNumber}}{{^trackingNumber}}Danke für Ihre Nachricht. Wir prüfen Ihre Bestellung{{#orderId}} {{orderId}}{{/orderId}} und schicken Ihnen die Sendungsnummer in Kürze.{{/trackingNumber}}',
    formal: 'Guten Tag, vielen Dank für Ihre Nachricht. {{#trackingNumber}}Ihre Bestellung{{#orderId}} {{orderId}}{{/orderId}} wurde{{#carrier}} mit {{carrier}}{{/carrier}} versandt. Die Sendungsnummer lautet {{trackingNumber}}.{{#promisedDeliveryDate}} Die Zustellung ist bis {{promisedDeliveryDate}} vorgesehen.{{/promisedDeliveryDate}}{{/trackingNumber}}{{^trackingNumber}}Wir prüfen den Status Ihrer Bestellung{{#orderId}} {{orderId}}{{/orderId}} und senden Ihnen die Sendungsdaten schnellstmöglich zu.{{/trackingNumber}}',
    apologetic: 'Bitte entschuldigen Sie die Wartezeit. {{#trackingNumber}}Ihre Bestellung wurde{{#carrier}} mit {{carrier}}{{/carrier}} versandt und lässt sich mit der Sendungsnummer {{trackingNumber}} verfolgen.{{/trackingNumber}}{{^trackingNumber}}Wir klären den Status gerade mit unserem Lager und senden Ihnen die Sendungsnummer, sobald sie vorliegt.{{/trackingNumber}}',
  },
  shipping_time: {
    friendly: 'Hallo{{#buyerName}} {{buyerName}}{{/buyerName}}! {{#promisedShipDate}}Ihre Bestellung wird bis {{promisedShipDate}} versandt.{{/promisedShipDate}}{{^promisedShipDate}}Wir versenden innerhalb der im Angebot genannten Bearbeitungszeit.{{/promisedShipDate}}{{#promisedDeliveryDate}} Voraussichtliche Zustellung: {{promisedDeliveryDate}}.{{/promisedDeliveryDate}}{{^promisedDeliveryDate}} Das voraussichtliche Lieferdatum sehen Sie in Ihrer Bestellübersicht.{{/promisedDeliveryDate}} Die Sendungsnummer erhalten Sie beim Versand.',
    formal: 'Vielen Dank für Ihre Nachricht. {{#promisedShipDate}}Der Versand Ihrer Bestellung ist bis {{promisedShipDate}} geplant{{#promisedDeliveryDate}}, die Zustellung bis {{promisedDeliveryDate}}{{/promisedDeliveryDate}}.{{/promisedShipDate}}{{^promisedShipDate}}Bestellungen werden innerhalb der im Angebot angegebenen Bearbeitungszeit versandt; das voraussichtliche Lieferdatum finden Sie in Ihrer Bestellübersicht.{{/promisedShipDate}} Die Sendungsnummer senden wir Ihnen mit dem Versand.',
    apologetic: 'Bitte entschuldigen Sie die Wartezeit. {{#promisedShipDate}}Der Versand ist bis {{promisedShipDate}} geplant; wir versuchen, Ihre Bestellung früher auf den Weg zu bringen.{{/promisedShipDate}}{{^promisedShipDate}}Ihre Bestellung wird gerade vorbereitet. Die Sendungsnummer erhalten Sie, sobald sie verschickt ist.{{/promisedShipDate}}',
  },
  delivery_problem: {
    apologetic: 'Es tut uns leid, dass Ihr Paket noch nicht angekommen ist. Wir haben den Versanddienstleister kontaktiert{{#trackingNumber}} (Sendungsnummer {{trackingNumber}}){{/trackingNumber}} und melden uns innerhalb von 48 Stunden. Falls die Sendung als zugestellt angezeigt wird, fragen Sie bitte bei Ihren Nachbarn nach.',
    formal: 'Vielen Dank für Ihren Hinweis, und bitte entschuldigen Sie die Unannehmlichkeiten. Wir haben einen Nachforschungsauftrag beim Versanddienstleister gestellt{{#trackingNumber}} (Sendungsnummer {{trackingNumber}}){{/trackingNumber}} und melden uns innerhalb von 48 Stunden mit einer Lösung.',
    friendly: 'Das ist ärgerlich, das tut uns leid{{#buyerName}}, {{buyerName}}{{/buyerName}}! Wir fragen beim Versanddienstleister nach{{#trackingNumber}} ({{trackingNumber}}){{/trackingNumber}} und melden uns innerhalb von 48 Stunden. Falls das Paket vorher ankommt, geben Sie uns kurz Bescheid.',
  },
  address_change: {
    friendly: 'Danke für den Hinweis! Bitte schicken Sie uns hier die vollständige neue Adresse (Straße, Hausnummer, PLZ, Ort). Ist Ihre Bestellung{{#orderId}} {{orderId}}{{/orderId}} noch nicht versandt, ändern wir sie sofort.',
    formal: 'Vielen Dank für Ihre Nachricht. Bitte senden Sie uns die vollständige, korrigierte Lieferadresse. Wurde die Bestellung{{#orderId}} {{orderId}}{{/orderId}} noch nicht versandt, passen wir sie an und bestätigen Ihnen die Änderung.',
    apologetic: 'Entschuldigen Sie die Umstände mit der Adresse. Senden Sie uns bitte die vollständige, richtige Adresse; wir tun alles, um Ihre Bestellung{{#orderId}} {{orderId}}{{/orderId}} vor dem Versand anzupassen.',
    shipped: { tone: 'apologetic', conditions: IN_TRANSIT, text: 'Es tut uns leid: Ihre Bestellung{{#orderId}} {{orderId}}{{/orderId}} ist bereits versandt, die Adresse können wir daher nicht mehr selbst ändern. Wir fragen beim Versanddienstleister nach, ob eine Umleitung möglich ist, und geben Ihnen Bescheid.' },
  },
  order_cancel: {
    friendly: 'Kein Problem! Ihre Stornierungsanfrage{{#orderId}} für Bestellung {{orderId}}{{/orderId}} ist angekommen. Ist sie noch nicht versandt, stornieren wir sie, und Sie erhalten in Kürze eine Bestätigung.',
    formal: 'Vielen Dank für Ihre Nachricht. Ihre Stornierungsanfrage{{#orderId}} für die Bestellung {{orderId}}{{/orderId}} liegt uns vor. Sofern die Bestellung noch nicht versandt wurde, stornieren wir sie, und Sie erhalten eine Bestätigung.',
    apologetic: 'Schade, dass die Bestellung nicht gepasst hat. Ihre Stornierungsanfrage{{#orderId}} für Bestellung {{orderId}}{{/orderId}} ist angekommen; ist sie noch nicht versandt, stornieren wir sie und bestätigen es Ihnen umgehend.',
    unshipped: { tone: 'friendly', conditions: BEFORE_SHIPPING, text: 'Kein Problem! Ihre Bestellung{{#orderId}} {{orderId}}{{/orderId}} ist noch nicht versandt, wir stornieren sie jetzt. Sie erhalten eine Bestätigung, und die Zahlung geht auf Ihr ursprüngliches Zahlungsmittel zurück.' },
    shipped: { tone: 'formal', conditions: AFTER_SHIPPING, text: 'Vielen Dank für Ihre Nachricht. Ihre Bestellung{{#orderId}} {{orderId}}{{/orderId}} wurde bereits versandt und kann nicht mehr storniert werden. Nach Erhalt können Sie über Ihre Bestellübersicht eine Rücksendung beantragen; um alles Weitere kümmern wir uns.' },
  },
  order_change: {
    friendly: 'Gern! Teilen Sie uns bitte genau mit, was Sie ändern möchten (Größe, Farbe oder Menge). Ist Ihre Bestellung{{#orderId}} {{orderId}}{{/orderId}} noch nicht versandt, prüfen wir die Verfügbarkeit und passen sie an.',
    formal: 'Vielen Dank für Ihre Nachricht. Bitte bestätigen Sie die gewünschte Änderung an Bestellung{{#orderId}} {{orderId}}{{/orderId}} (Größe, Farbe oder Menge). Sofern sie noch nicht versandt wurde, prüfen wir die Verfügbarkeit und bestätigen Ihnen, ob die Änderung möglich ist.',
    apologetic: 'Entschuldigen Sie das Versehen. Nennen Sie uns die gewünschte Größe, Farbe oder Menge; wir versuchen, Ihre Bestellung{{#orderId}} {{orderId}}{{/orderId}} vor dem Versand anzupassen.',
    shipped: { tone: 'apologetic', conditions: AFTER_SHIPPING, text: 'Es tut uns leid: Ihre Bestellung{{#orderId}} {{orderId}}{{/orderId}} ist bereits versandt und lässt sich nicht mehr ändern. Nach Erhalt können Sie über Ihre Bestellübersicht eine Rücksendung oder einen Umtausch beantragen; wir helfen Ihnen gern.' },
  },
  return_request: {
    friendly: 'Schade, dass es nicht gepasst hat! Die Rücksendung starten Sie in Ihrer Bestellübersicht. Sobald Ihre Anfrage eingeht, prüfen wir sie und senden Ihnen die Rücksendeanleitung.',
    formal: 'Vielen Dank für Ihre Nachricht. Um den Artikel{{#orderId}} aus Bestellung {{orderId}}{{/orderId}} zurückzusenden, beantragen Sie bitte die Rücksendung in Ihrer Bestellübersicht. Wir prüfen sie umgehend und senden Ihnen Anleitung und Rücksendeetikett.',
    apologetic: 'Es tut uns leid, dass der Artikel nicht Ihren Erwartungen entspricht. Bitte beantragen Sie die Rücksendung in Ihrer Bestellübersicht; wir prüfen sie sofort und senden Ihnen die Anleitung. Die Originalverpackung beschleunigt die Abwicklung.',
  },
  exchange_request: {
    friendly: 'Gern! Welche Größe oder Farbe hätten Sie lieber? Wir prüfen den Bestand und erklären Ihnen den Umtausch.',
    formal: 'Vielen Dank für Ihre Nachricht. Bitte nennen Sie uns die gewünschte Größe oder Farbe{{#orderId}} für Bestellung {{orderId}}{{/orderId}}. Wir prüfen die Verfügbarkeit und erklären Ihnen den Ablauf des Umtauschs.',
    apologetic: 'Schade, dass es nicht passt. Nennen Sie uns die benötigte Größe oder Farbe; wir prüfen sofort den Bestand und erklären Ihnen den Umtausch.',
  },
  refund_request: {
    apologetic: 'Es tut uns leid, dass Sie nicht zufrieden sind. Damit wir Ihre Erstattungsanfrage{{#orderId}} zu Bestellung {{orderId}}{{/orderId}} prüfen können: Was ist passiert? Ist der Artikel beschädigt, senden Sie uns bitte ein Foto. Wir antworten innerhalb von 24 Stunden.',
    formal: 'Vielen Dank für Ihre Nachricht. Ihre Erstattungsanfrage{{#orderId}} zu Bestellung {{orderId}}{{/orderId}} liegt uns vor. Zur Prüfung nennen Sie uns bitte den Grund und fügen gegebenenfalls Fotos des Artikels bei. Wir antworten innerhalb von 24 Stunden.',
    friendly: 'Danke, dass Sie sich melden{{#buyerName}}, {{buyerName}}{{/buyerName}}. Wir möchten das klären. Beschreiben Sie uns kurz das Problem? Ein Foto hilft sehr. Wir prüfen Ihre Anfrage und antworten innerhalb von 24 Stunden.',
  },
  refund_status: {
    friendly: 'Danke für Ihre Nachricht! Die Erstattung wird veranlasst, sobald die Rücksendung bei uns eingegangen und geprüft ist. Danach dauert es je nach Bank meist 3 bis 10 Werktage, bis sie sichtbar ist. Ist das schon länger her, geben Sie uns Bescheid.',
    formal: 'Vielen Dank für Ihre Nachricht. Erstattungen{{#orderId}} zu Bestellung {{orderId}}{{/orderId}} werden nach Eingang und Prüfung des zurückgesandten Artikels veranlasst. Je nach Bank oder Zahlungsart kann es anschließend 3 bis 10 Werktage dauern, bis der Betrag auf Ihrem Konto erscheint.',
    apologetic: 'Entschuldigen Sie, dass Sie noch auf Ihre Erstattung warten. Wir prüfen den Stand{{#orderId}} zu Bestellung {{orderId}}{{/orderId}} und melden uns innerhalb von 24 Stunden. Nach der Veranlassung brauchen Banken meist 3 bis 10 Werktage.',
    refunded: { tone: 'friendly', conditions: REFUNDED, text: 'Gute Nachricht: Die Erstattung{{#orderId}} zu Bestellung {{orderId}}{{/orderId}} ist von unserer Seite veranlasst. Je nach Bank oder Karte kann es 3 bis 10 Werktage dauern, bis sie auf Ihrem Konto erscheint.' },
  },
  product_question: {
    friendly: 'Danke für Ihre Frage{{#productName}} zu {{productName}}{{/productName}}! Wir prüfen die Details und melden uns in Kürze. Die vollständigen technischen Daten finden Sie auch auf der Produktseite.',
    formal: 'Vielen Dank für Ihr Interesse{{#productName}} an {{productName}}{{/productName}}. Wir prüfen die Einzelheiten Ihrer Frage und antworten Ihnen in Kürze.',
    apologetic: 'Entschuldigen Sie, wenn die Produktangaben nicht eindeutig waren. Wir prüfen die Details{{#productName}} zu {{productName}}{{/productName}} und antworten Ihnen in Kürze.',
  },
  stock_availability: {
    friendly: 'Danke für Ihr Interesse{{#productName}} an {{productName}}{{/productName}}! Wir prüfen den Bestand in der gewünschten Größe oder Farbe und melden uns gleich. Was im Angebot auswählbar ist, ist auch lieferbar.',
    formal: 'Vielen Dank für Ihre Nachricht. Wir prüfen die Verfügbarkeit{{#productName}} von {{productName}}{{/productName}} in der gewünschten Variante und bestätigen sie Ihnen in Kürze. Im Angebot auswählbare Varianten sind vorrätig.',
    apologetic: 'Diese Variante ist derzeit leider möglicherweise ausverkauft. Wir klären, wann sie wieder verfügbar ist{{#productName}} ({{productName}}){{/productName}}, und geben Ihnen Bescheid, sobald wir einen Termin haben.',
  },
  product_defect: {
    apologetic: 'Es tut uns sehr leid, dass der Artikel so bei Ihnen angekommen ist. Können Sie uns ein Foto oder kurzes Video des Mangels senden{{#orderId}} und Bestellung {{orderId}} bestätigen{{/orderId}}? Danach bieten wir Ihnen Ersatz oder eine Erstattung an.',
    formal: 'Vielen Dank für Ihren Hinweis, und bitte entschuldigen Sie die Unannehmlichkeiten. Damit wir schnell helfen können, senden Sie uns bitte ein Foto des Mangels{{#orderId}} zu Bestellung {{orderId}}{{/orderId}}. Anschließend veranlassen wir Ersatz oder eine Erstattung.',
    friendly: 'So sollte der Artikel nicht ankommen, das tut uns leid{{#buyerName}}, {{buyerName}}{{/buyerName}}! Schicken Sie uns ein Foto des Problems, und wir lösen es schnellstmöglich mit Ersatz oder einer Erstattung.',
  },
  wrong_or_missing_item: {
    apologetic: 'Es tut uns sehr leid, dass Sie einen falschen Artikel erhalten haben oder etwas fehlt. Senden Sie uns bitte ein Foto der Lieferung{{#orderId}} zu Bestellung {{orderId}}{{/orderId}} samt Versandetikett? Wir schicken Ihnen den richtigen Artikel oder das fehlende Teil schnellstmöglich.',
    formal: 'Bitte entschuldigen Sie diesen Fehler. Damit wir ihn rasch beheben, senden Sie uns bitte ein Foto des erhaltenen Artikels und des Paketetiketts{{#orderId}} (Bestellung {{orderId}}){{/orderId}}. Anschließend senden wir Ihnen den richtigen Artikel.',
    friendly: 'Da ist etwas schiefgelaufen, entschuldigen Sie{{#buyerName}}, {{buyerName}}{{/buyerName}}! Schicken Sie uns ein Foto der Lieferung, und wir senden Ihnen den richtigen Artikel oder das fehlende Teil so schnell wie möglich.',
  },
  invoice_request: {
    friendly: 'Gern! Wir erstellen die Rechnung{{#orderId}} zu Bestellung {{orderId}}{{/orderId}} und senden sie Ihnen hier im Nachrichtenverlauf. Soll eine Firma oder USt-IdNr. darauf stehen, geben Sie uns kurz Bescheid.',
    formal: 'Vielen Dank für Ihre Anfrage. Wir erstellen die Rechnung{{#orderId}} zu Bestellung {{orderId}}{{/orderId}} und senden sie Ihnen über diesen Kanal. Soll sie auf eine Firma mit USt-IdNr. ausgestellt werden, teilen Sie uns bitte die Angaben mit.',
    apologetic: 'Entschuldigen Sie, dass die Rechnung gefehlt hat. Wir erstellen sie{{#orderId}} zu Bestellung {{orderId}}{{/orderId}} und senden sie Ihnen hier umgehend. Bitte teilen Sie uns mit, ob Firmenname oder USt-IdNr. darauf stehen sollen.',
  },
  price_negotiation: {
    friendly: 'Danke für Ihr Interesse{{#productName}} an {{productName}}{{/productName}}! Unsere Preise sind bereits knapp kalkuliert, bei größeren Mengen sprechen wir aber gern darüber. Wie viele Stück benötigen Sie?',
    formal: 'Vielen Dank für Ihre Nachricht. Unsere Preise sind bereits knapp kalkuliert. Für größere Mengen nennen Sie uns bitte die gewünschte Stückzahl; wir prüfen dann, ob wir Ihnen bessere Konditionen anbieten können.',
    apologetic: 'Bei einem einzelnen Stück können wir den Preis leider nicht senken. Nehmen Sie mehrere, nennen Sie uns die Stückzahl, und wir prüfen, was möglich ist.',
  },
  promotion_inquiry: {
    friendly: 'Danke für Ihre Frage! Aktionscodes haben meist Bedingungen: teilnehmende Artikel, Mindestbestellwert oder Gültigkeitszeitraum. Erfüllt Ihr Code diese und wird trotzdem nicht angewendet, schicken Sie ihn uns, und wir sehen nach.',
    formal: 'Vielen Dank für Ihre Nachricht. Aktionscodes gelten nur für teilnehmende Artikel innerhalb ihres Gültigkeitszeitraums; manche setzen einen Mindestbestellwert voraus. Erfüllt Ihr Code diese Bedingungen und wird dennoch nicht akzeptiert, senden Sie ihn uns bitte zur Prüfung.',
    apologetic: 'Entschuldigen Sie, dass der Code nicht funktioniert hat. Senden Sie uns den Code und den gewünschten Artikel; wir prüfen sofort, warum er nicht angewendet wurde.',
  },
  payment_issue: {
    formal: 'Vielen Dank für Ihre Nachricht. Die für Ihre Bestellung verfügbaren Zahlungsarten, einschließlich Ratenzahlung oder Kauf auf Rechnung, sofern angeboten, werden im Bezahlvorgang angezeigt. Ist eine Zahlung fehlgeschlagen oder doppelt belastet worden, nennen Sie uns bitte das Datum; wir klären es mit der Plattform.',
    apologetic: 'Entschuldigen Sie die Probleme mit der Zahlung. Zahlungen wickelt die Plattform ab, Ihre Kartendaten sehen wir daher nicht; eine doppelte Belastung wird in der Regel innerhalb weniger Tage automatisch freigegeben. Nennen Sie uns das Datum der Belastung, und wir helfen bei der Klärung.',
    friendly: 'Danke für Ihre Frage! Alle verfügbaren Zahlungsarten für Ihre Bestellung, auch Ratenzahlung oder Kauf auf Rechnung, wo angeboten, sehen Sie beim Bezahlen. Klappt eine Zahlung nicht, melden Sie sich, und wir helfen.',
  },
  customs_duties: {
    friendly: 'Gute Frage! Einfuhrabgaben und Steuern hängen von den Regeln Ihres Landes und vom Bestellwert ab. Sind sie beim Bezahlen nicht als enthalten ausgewiesen, werden sie meist bei der Zustellung fällig. Hängt Ihr Paket beim Zoll fest, helfen wir mit den Unterlagen.',
    formal: 'Vielen Dank für Ihre Nachricht. Einfuhrabgaben und Steuern legt die Zollbehörde des Ziellandes abhängig vom Warenwert fest. Sofern sie nicht bereits beim Bezahlen enthalten waren, entrichtet sie in der Regel der Empfänger bei der Zustellung. Wird das Paket beim Zoll festgehalten, stellen wir Ihnen die nötigen Unterlagen bereit.',
    apologetic: 'Entschuldigen Sie die Umstände mit dem Zoll. Wir helfen Ihnen, das Paket freizubekommen: Teilen Sie uns mit, welche Unterlagen verlangt werden, und wir senden Ihnen Rechnung oder weitere Dokumente umgehend.',
  },
  positive_feedback: {
    friendly: 'Vielen Dank{{#buyerName}}, {{buyerName}}{{/buyerName}}! Schön, dass Ihnen der Artikel gefällt. Viel Freude damit!',
    formal: 'Vielen Dank für Ihre freundliche Rückmeldung. Es freut uns sehr, dass Sie mit Ihrem Einkauf zufrieden sind.',
  },
  greeting_other: {
    friendly: 'Hallo{{#buyerName}} {{buyerName}}{{/buyerName}}! Danke für Ihre Nachricht. Wie können wir helfen? Geht es um eine Bestellung, nennen Sie uns bitte die Bestellnummer.',
    formal: 'Guten Tag, vielen Dank für Ihre Nachricht. Wie können wir Ihnen helfen? Betrifft Ihre Anfrage eine Bestellung, nennen Sie uns bitte die Bestellnummer.',
  },
});
