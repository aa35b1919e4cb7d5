import type { SentimentLexicon } from '../sentiment-lexicon.js';

/**
 * German: buyer complaints and praise, general opinion words, slang. Our own wording. Umlauts are read as
 * ae/oe/ue (so `schön` and `schoen` match, and neither matches `schon`).
 */
export const DE_LEXICON: SentimentLexicon = {
  negative: {
    strong: [
      'schrecklich*', 'furchtbar*', 'katastroph*', 'miserabel*', 'grottenschlecht*', 'unterirdisch*', 'schrott', 'müll', 'der letzte dreck',
      'nie wieder', 'finger weg', 'nicht kaufen', 'auf keinen fall kaufen', 'geldverschwendung', 'rausgeschmissenes geld',
      'absolute enttäuschung', 'schlimmste*', 'am schlimmsten', 'schlechteste*', 'ekelhaft*', 'widerlich*', 'zum kotzen', 'das letzte',
      'totaler reinfall', 'reinfall', 'null sterne', 'ein stern', '1 stern', 'unbrauchbar*', 'mies', 'miese', 'mieser', 'mieses',
      'desaster', 'albtraum', 'alptraum', 'grauenhaft*', 'grauenvoll*', 'entsetzlich*', 'fehlkauf', 'totaler mist', 'voll der mist',
    ],
    moderate: [
      'schlecht', 'schlechte', 'schlechter', 'schlechtes', 'schlechten', 'kaputt*', 'defekt*', 'beschädigt*', 'zerbrochen*', 'gebrochen*',
      'gerissen*', 'zerkratzt*', 'verkratzt*', 'verbeult*', 'fehlerhaft*', 'mangelhaft*', 'mangel', 'enttäusch*', 'ärgerlich*',
      'verärgert*', 'ärger', 'wütend*', 'sauer', 'genervt', 'nervig*', 'nervt', 'traurig*', 'frustr*', 'betrogen', 'abgezockt',
      'getäuscht', 'irreführend*', 'gefälscht*', 'fälschung', 'fake', 'verspätet*', 'verspätung', 'überfällig', 'hässlich*',
      'unbequem*', 'schief', 'schiefe', 'minderwertig*', 'beschwerde*', 'reklamation', 'peinlich*', 'inakzeptabel*', 'verloren',
      'verschwunden', 'schmutzig*', 'dreckig*', 'flecken', 'unvollständig*', 'bedauer*', 'bereue*', 'angst', 'gefährlich*', 'tod', 'tot',
      'krieg', 'krise', 'angriff*', 'weinen', 'schmerz*', 'leiden', 'umständlich*', 'zumutung', 'ungültig*', 'unzuverlässig*',
      'geht gar nicht', 'nicht zufrieden', 'nicht gut', 'mist', 'blöd*', 'doof*', 'langweilig*', 'pech', 'fehler', 'zu spät',
      'nicht angekommen', 'keine antwort', 'zweimal abgebucht', 'doppelt abgebucht', 'doppelt belastet', 'stinkt', 'blättert ab',
      'löst sich', 'wackelig*', 'instabil*', 'undicht*', 'rostig*', 'verbrannt*', 'billig', 'billige', 'billiger', 'billiges',
      'unfreundlich*', 'frech', 'dreist*', 'enttäuschung', 'unzufrieden*', 'schade drum', 'nicht empfehlenswert', 'keine empfehlung',
      'schwach', 'schwache', 'schwacher', 'lächerlich*', 'kacke', 'scheiß*', 'nervt', 'mangelhaft', 'unmöglich*', 'schlamperei',
      'falsche größe', 'falsche farbe', 'falscher artikel', 'falsch geliefert', 'katastrophal*', 'tut weh', 'kaputtgegangen',
      'ohne info', 'ohne vorwarnung', 'ohne ankündigung', 'zum dritten mal', 'zum vierten mal', 'wie oft noch', 'fassungslos*', 'klappt nicht', 'kotzen', 'opfer', 'seufz', 'unglaublich*', 'arsch', 'im arsch', 'zerstört', 'zerstör*', 'verräter',
      'traurig', 'schlimm', 'schlimmer', 'bedroh*', 'gefahr', 'gefährdet', 'verseucht*', 'verschmutz*', 'illegal*', 'verboten',
      'korrupt*', 'korruption', 'skandal*', 'gewalt*', 'mord*', 'missbrauch*', 'armut', 'hunger', 'aussterben', 'ausgestorben', 'protest*',
      'bombe*', 'kämpf*', 'feind*', 'neidisch', 'egoistisch', 'lüge*', 'versag*', 'niederlage', 'verloren', 'leiden', 'trauer', 'krebs',
      'krankheit', 'krank', 'hässlich', 'ekel*', 'horror', 'depressiv*', 'einsam*', 'hass*', 'hasse', 'ungerecht*', 'absurd*',
      'nervig', 'dämlich', 'deppen', 'idioten', 'peinlich', 'unsicher', 'angst', 'panik', 'stress', 'gestresst', 'müde', 'kaputt',
      'nicht wach', 'keine lust', 'null bock', 'ätzend', 'scheiß', 'mist', 'verdammt', 'schlecht', 'negativ', 'kritik*',
      'kritisier*', 'fehler', 'katastrophe', 'katastrope', 'enttäuscht', 'mies', 'blöd', 'langweilig', 'nervt', 'doof',
      'unachtsam', 'nervtötend', 'schlechte laune', 'schlecht gelaunt', 'tut mir leid', 'leid tun', 'geld zurück', 'mein geld', 'noch eine woche', 'noch einen monat', 'steht still',
      'nicht das was ich bestellt', 'disappointed', 'scam', 'worst',
    ],
    weak: ['teuer', 'komisch*', 'seltsam*', 'merkwürdig*', 'mittelmäßig*', 'naja', 'na ja', 'geht so', 'leider', 'schade', 'problem', 'probleme', 'falsch', 'falsche', 'fehlt', 'fehlen', 'durchsichtig', 'langsam', 'dünn', 'warten', 'immer noch'],
  },
  positive: {
    strong: [
      'ausgezeichnet*', 'hervorragend*', 'perfekt*', 'fantastisch*', 'phantastisch*', 'großartig*', 'wunderbar*', 'wunderschön*',
      'traumhaft*', 'genial*', 'grandios*', 'überragend*', 'sensationell*', 'spitze', 'spitzenmäßig*', 'einwandfrei*', 'liebe es',
      'ich liebe', 'begeistert', 'super zufrieden', 'absolut empfehlenswert', 'sehr empfehlenswert', 'uneingeschränkt empfehlenswert',
      '5 sterne', 'fünf sterne', '10 von 10', 'der hammer', 'hammer', 'geil*', 'bester', 'beste', 'bestes', 'besten', 'erstklassig*',
      'makellos*', 'herrlich*', 'weltklasse', 'atemberaubend*', 'entzückend*', 'bestens', 'vom feinsten', 'top qualität',
      'spitzen', 'klasse', 'wahnsinn', 'der wahnsinn', 'traum',
    ],
    moderate: [
      'gut', 'gute', 'guter', 'gutes', 'schön*', 'toll*', 'prima', 'super', 'zufrieden*', 'glücklich*', 'froh', 'empfehle*',
      'empfehlen', 'empfehlenswert', 'schnell*', 'freundlich*', 'hilfsbereit*', 'kompetent*', 'zuverlässig*', 'bequem*', 'stabil*',
      'robust*', 'hochwertig*', 'gut verpackt', 'wie beschrieben', 'wie abgebildet', 'pünktlich*', 'rechtzeitig', 'früher als erwartet',
      'gerne wieder', 'immer wieder gerne', 'gelohnt', 'lohnt sich', 'super preis', 'top preis', 'guter preis', 'vielen dank',
      'tausend dank', 'herzlichen dank', 'danke schön', 'dankeschön', 'dankbar*', 'freue mich', 'freude', 'freut', 'lachen', 'lustig*',
      'glück', 'gewonnen', 'sieg', 'erfolg*', 'hoffnung', 'frieden', 'liebe', 'lieb', 'liebt', 'lieben', 'liebevoll*', 'nett*', 'süß*',
      'niedlich*', 'hübsch*', 'angenehm*', 'praktisch*', 'nützlich*', 'gelöst', 'kulant*', 'reibungslos*', 'problemlos*', 'cool',
      'nice', 'lecker*', 'spaß', 'genieß*', 'alles gut', 'alles bestens', 'alles top', 'passt perfekt', 'top', 'mega', 'klasse',
      'überzeugt', 'überzeugend*', 'gefällt', 'gefallen', 'gefiel', 'schick', 'schicke', 'schicker', 'schickes', 'edel*',
      'danke für', 'vielen dank für', 'problem gelöst', 'genau rechtzeitig', 'nicht schlecht', 'solide*', 'weich*', 'löblich', 'vorbildlich*',
      'love', 'perfect', 'great', 'good', 'best', 'thanks', 'thank you', 'begeisterung', 'begeistert', 'überraschung', 'tolle',
      'wunder', 'richtig gut', 'echt gut', 'sehr gut', 'krass gut', 'beeindruckend*', 'beeindruckt',
    ],
    weak: ['danke', 'dank', 'ok', 'okay', 'passt', 'gern', 'gerne', 'haha', 'hehe', 'lol', 'ordentlich', 'korrekt', 'fair', 'angemessen'],
  },
  complaintWhenNegated: [
    'funktioniert', 'funktionieren', 'funktionierte', 'angekommen', 'erhalten', 'bekommen', 'geliefert', 'zugestellt', 'geantwortet',
    'antwortet', 'meldet', 'gemeldet', 'geht an', 'lädt', 'laden', 'passt', 'erstattet', 'zurückerstattet', 'geholfen', 'hilft',
    'vertraue', 'vertrauen', 'geschlossen', 'schließt', 'geht', 'informiert', 'benachrichtigt', 'bewegt',
  ],
  neutral: [
    'guten tag', 'guten morgen', 'guten abend', 'gute nacht', 'gute reise', 'schnellstmöglich', 'so schnell wie möglich', 'keine eile',
    'ich weiß nicht', 'weiß nicht', 'hätte gern', 'hätte gerne', 'möchte gern', 'möchte gerne', 'gerne wissen', 'wie lange', 'falsche farbe gewählt', 'falsche größe gewählt', 'aus versehen', 'versehentlich',
  ],
  anger: [
    'betrug', 'betrüger*', 'betrügen', 'abzocke*', 'abzocker*', 'scheiße', 'scheisse', 'scheiß*', 'scheiss*', 'kacke', 'verdammt*',
    'verarsche*', 'verarscht', 'frechheit', 'unverschämt*', 'idiot*', 'vollidiot*', 'bescheuert*', 'sauerei', 'verbraucherzentrale',
    'anwalt', 'rechtsanwalt', 'klage', 'verklagen', 'anzeigen', 'anzeige erstatten', 'polizei', 'zurückbuchen', 'rückbuchung',
    'chargeback', 'käuferschutz', 'gehts noch', "geht's noch", 'ihr spinnt', 'lachnummer', 'ein witz', 'saftladen', 'drecksladen',
    'verbrecher*', 'diebe', 'dieb', 'diebstahl', 'lügner*', 'gelogen', 'unverschämtheit', 'mir reicht', "mir reicht's", 'es reicht',
  ],
  negators: ['nicht', 'kein', 'keine', 'keinen', 'keiner', 'keinem', 'keines', 'nie', 'niemals', 'niemand', 'nichts', 'ohne', 'weder', 'noch nicht', 'gar nicht', 'überhaupt nicht', 'kaum', 'nirgends'],
  postNegators: ['nicht', 'gar nicht', 'überhaupt nicht', 'nie', 'nicht mehr', 'nicht an'],
  intensifiers: [
    'sehr', 'total', 'echt', 'extrem', 'wirklich', 'voll', 'ziemlich', 'richtig', 'absolut', 'völlig', 'super', 'mega', 'so', 'zu',
    'äußerst', 'besonders', 'unglaublich', 'krass', 'ganz', 'überaus', 'höchst', 'verdammt', 'total', 'einfach', 'wahnsinnig', 'tierisch',
    'sowas von', 'so eine', 'so ein',
  ],
  postIntensifiers: [],
  downtoners: ['etwas', 'bisschen', 'ein bisschen', 'ein wenig', 'leicht', 'eher', 'relativ', 'fast', 'halbwegs', 'einigermaßen'],
  contrast: ['aber', 'jedoch', 'allerdings', 'trotzdem', 'dennoch'],
  urgent: ['dringend*', 'eilig*', 'sofort*', 'umgehend*', 'schnellstmöglich*', 'so schnell wie möglich', 'asap', 'notfall', 'unverzüglich*', 'eilt', 'zeitnah*', 'eile'],
  deadline: [
    'heute', 'morgen', 'bis morgen', 'bis montag', 'bis dienstag', 'bis mittwoch', 'bis donnerstag', 'bis freitag', 'bis samstag',
    'bis sonntag', 'diese woche', 'heute noch', 'frist', 'geburtstag', 'urlaub', 'reise', 'spätestens', 'bis zum',
  ],
  followUp: [
    'zum dritten mal', 'zum zweiten mal', 'zum vierten mal', 'schon wieder', 'erneut', 'nochmal', 'noch einmal', 'wiederholt',
    'bereits geschrieben', 'schon geschrieben', 'mehrfach', 'mehrmals', 'immer noch keine', 'immer noch nicht', 'keine antwort',
    'niemand antwortet', 'nachfragen', 'nachgefragt', 'erinnerung', 'neuigkeiten', 'wie oft', 'seit tagen', 'meldet sich nicht',
  ],
};
