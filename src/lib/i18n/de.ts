/** German interface strings: every word the site's chrome, chart and map show that is not content. */
export const de = {
  siteTitle: "Nordkoreas Soldaten in Russland",
  siteTagline: "Was berichtet wurde, von wem, wann – und wie sicher es ist",
  skipToContent: "Zum Inhalt springen",
  mainNav: "Kapitel",
  chapterNav: "Kapitelnavigation",
  previous: "zurück",
  next: "weiter",
  home: "Start",
  sources: "Quellen",
  sourcesAndMethod: "Quellen und Methode",
  embed: "Einbetten",
  standLine: "Stand:",
  /** A wall-clock time as the language writes it after a date. */
  clock: "{time} Uhr",
  dataLicence: "Daten: CC BY 4.0",
  dataDownload: "Daten herunterladen",
  chapters: "Die Kapitel",
  chapter: "Kapitel",
  keyFacts: "Das Wichtigste in Kürze",
  sourcesOfAnswer: "Quellen",
  notFoundTitle: "Seite nicht gefunden",
  notFoundText: "Diese Seite gibt es nicht (mehr). Vielleicht hilft die Übersicht weiter.",
  backToStart: "Zur Startseite",
  outlet: "Medium",
  kind: "Art",
  title: "Titel",
  date: "Datum",
  seedDocument: "Quelltext der ersten Ausgabe",
  original: "Original",
  approxDate: "ca.",
  /** The language's name in itself: the switch on the other language's pages shows it. */
  languageSwitch: "Deutsch",
  /** A quotation in the language's quotation marks. */
  quote: "„{text}“",
  startPage: {
    description:
      "Nordkorea schickt seit Herbst 2024 Soldaten nach Russland. Wer hat welche Zahlen genannt, wann, und wie sicher sind sie? Ein Erklärstück mit Daten, Grafik und Karte.",
    lead: "Jede Zahl hier ist die Angabe von jemandem – mit Datum und Quelle.",
  },
  figurePages: {
    chartTitle: "Wie viele Soldaten hat Nordkorea geschickt? Die Zahlen im Überblick",
    chartDescription:
      "Alle gemeldeten Zahlen zu nordkoreanischen Soldaten in Russland und ihren Verlusten: wer sie wann genannt hat, wie gesichert sie sind, mit Tabelle und Daten zum Herunterladen.",
    mapTitle: "Wo sind die Soldaten? Die Karte",
  },
  theme: {
    legend: "Farbschema",
    auto: "Auto",
    light: "Hell",
    dark: "Dunkel",
  },
  publisher: "Nordkoreas Soldaten in Russland (Datenprojekt)",
  embedPage: {
    explainerLink: "Zum Erklärstück",
    dataLink: "Daten",
    /** Iframe and oEmbed title of each embeddable figure, by its id. */
    titles: {
      chart: "Grafik: Gemeldete Zahlen nordkoreanischer Soldaten in Russland, nach Quelle und Datum",
      verluste: "Grafik: Gemeldete Verluste nordkoreanischer Soldaten, jüngste Angabe je Quelle",
      map: "Karte: Von Pjöngjang über Wladiwostok nach Kursk",
    },
    /** Alt text of each figure's PNG fallback without figures; the build adds the finding from the data (data/embed-alt.ts). */
    alts: {
      chart: "Punktgrafik: gemeldete Zahlen nordkoreanischer Soldaten in Russland, nach Quelle und Datum.",
      verluste: "Punktgrafik: die jüngste gemeldete Zahl getöteter und verwundeter nordkoreanischer Soldaten je Quelle.",
      map: "Karte: Route nordkoreanischer Soldaten von den Häfen Nordkoreas per Schiff nach Wladiwostok, zu Ausbildungsorten im Fernen Osten Russlands und weiter in die Region Kursk.",
    },
  },
  embedTool: {
    title: "Grafik und Karte einbetten",
    intro:
      "Medien können die Grafik und die Karte kostenlos in eigene Artikel einbinden. Der Code lädt nichts von Dritten, braucht also kein Einwilligungsbanner, und passt seine Höhe selbst an.",
    figure: "Was einbetten?",
    chart: "Grafik: Truppenzahlen",
    map: "Karte: Route",
    figures: { chart: "Grafik: Truppenzahlen", verluste: "Grafik: Verluste", map: "Karte: Route" },
    pngHeading: "Als Bild",
    pngIntro: "Jede Grafik auch als PNG, etwa für Newsletter oder Druck; der Code „Bild“ oben verlinkt es mit der Seite.",
    theme: "Farbschema",
    themeAuto: "automatisch (wie das Gerät des Lesers)",
    themeLight: "hell",
    themeDark: "dunkel",
    variant: "Art des Codes",
    variantResponsive: "mitwachsend (iframe mit Skript, empfohlen)",
    variantFixed: "feste Höhe (iframe ohne Skript)",
    variantImage: "Bild (PNG, für Newsletter)",
    /** The language choice: either page offers the code in both languages. */
    language: "Sprache",
    languages: { de: "Deutsch", en: "Englisch" },
    code: "Code zum Kopieren",
    copy: "Code kopieren",
    copied: "Code kopiert.",
    copyFailed: "Kopieren nicht möglich: Code bitte markieren und mit Strg+C kopieren.",
    preview: "Vorschau",
    previewNote: "So erscheint der Code oben auf einer fremden Seite.",
    noscript: "Ohne JavaScript zeigt diese Seite den empfohlenen Code für die Grafik.",
    oembed: "oEmbed",
  },
  figure: {
    exact: "{n}",
    approx: "rund {n}",
    up_to: "bis zu {n}",
    at_least: "mindestens {n}",
    more_than: "mehr als {n}",
    range: "{low} bis {high}",
    approxRange: "rund {low} bis {high}",
    unquantified: "ohne Zahl",
  },
  chart: {
    /** Headline of the troop chart: the finding, filled from the data (first and highest total of the default view). */
    headline: "Schätzungen: von {first} auf {top} Soldaten",
    headlineFallback: "Gemeldete Zahlen nordkoreanischer Soldaten in Russland",
    /** Subtitle: what a point is; the colour key follows as coloured words. */
    subtitle: "Jeder Punkt ist die Angabe einer Seite an einem Tag, keine unabhängige Zählung. Farbe = Herkunft:",
    subtitleCompact: "Soldaten entsandt oder in Russland, laut je einer Seite, keine unabhängige Zählung. Herkunft:",
    /** The colour key, as words in the subtitle. */
    groups: {
      kr: "Südkorea",
      ua: "Ukraine",
      us: "USA",
      west: "Westen/NATO",
      rk: "Russland/Nordkorea",
      media: "Medien und anonyme Quellen",
    },
    /** What follows the grey word. */
    greySuffix: "grau",
    /** Takeaway for alt texts and the description, filled from the data. */
    takeaway:
      "Die Angaben zu entsandten Soldaten wuchsen von {first} ({firstWho}, {firstDate}) auf {top} ({topWho}, {topDate}) – jede Zahl ist die Angabe einer Seite, keine unabhängige Zählung.",
    takeawayFallback: "Jede Zahl ist die Angabe einer Seite zu einem Zeitpunkt, keine unabhängige Zählung.",
    /** Short text alternative of the default view. */
    short: "Punktdiagramm: {n} Angaben von {actors} Stellen zu entsandten und in Russland stationierten Soldaten, vom {from} bis {to}.",
    shortNone: "Punktdiagramm: noch keine Angaben zu entsandten oder in Russland stationierten Soldaten.",
    shortMore:
      "Kleine Diagramme auf derselben Zeitachse: {lane} Aussagen ohne Zahl, {front} Angaben zu Soldaten an der Front oder in Ausbildung, {planned} zu geplanten Gesamtzahlen.",
    longHeading: "Beschreibung der Grafik",
    long: {
      axes: "Waagerecht steht das Datum, an dem eine Zahl genannt wurde, senkrecht die Zahl. Die Farbe zeigt die Herkunft ({groups}). Ein Punkt ist eine Zahl, ein senkrechter Balken mit Endstrichen eine Spanne, ein Winkel über dem Punkt „mindestens“ oder „mehr als“, ein Winkel unter dem Punkt „bis zu“.",
      annotations:
        "Beschriftet sind nach fester Regel die erste, die höchste (bei Gleichstand die zuerst genannte) und die jüngste Gesamtzahl, dann für jede noch nicht genannte Herkunft deren höchste Zahl, höchstens sechs; wo der Platz nicht reicht, wird die Grafik höher, dann entfallen die letzten, nie unter vier (nur die kompakte eingebettete Fassung auf schmalen Bildschirmen zeigt drei). Beschriftet: {list}.",
      panel: "{title}: {n} Angaben.",
      first: "Die erste Zahl nannte {who} {when}: {figure} ({measure}).",
      top: "Die höchste Zahl nannte {who} {when}: {figure} ({measure}).",
      last: "Die jüngste Zahl nannte {who} {when}: {figure} ({measure}).",
      /** "when" by date precision. */
      when: { day: "am {date}", week: "um den {date}", month: "im {date}" },
      mostActive: "Die meisten Angaben stammen von {who} ({n}).",
      lane: "In einer eigenen Zeile, außerhalb jeder Zahlenachse: {n} Aussagen ohne Zahl (Bestätigungen, Dementis, „Tausende“).",
      status:
        "Wie gesichert eine Angabe ist, steht in Tooltip und Tabelle: {corroborated} Angaben sind von Dritten bestätigt, {acknowledged} von Russland oder Nordkorea eingeräumt, die übrigen {claim} sind Behauptungen einer Seite.",
      events: "Als Linien markiert: {list}.",
      tableOnly:
        "Nur in der Tabelle, nicht in der Grafik: {n} Zeilen – Angaben zu Offizieren, Generälen und andere Zahlen ohne Truppenstärke, Zusätze zu früheren Zahlen, Teilmengen und Wiederholungen anderer Zeilen.",
    },
    /** Panel titles in the SVG. */
    panels: { main: "Entsandt / in Russland", front: "An der Front / in Ausbildung", planned: "Geplant / zugesagt" },
    /** Panel names for the table. */
    placeNames: {
      main: "Hauptbild (entsandt / in Russland)",
      front: "Panel: Front / Ausbildung",
      planned: "Panel: geplant",
      lane: "Zeile: ohne Zahl",
      killed: "Verluste: Getötete",
      casualties: "Verluste: Getötete + Verwundete",
      wounded: "Verluste: Verwundete",
    },
    /** Title of the lane for statements without a figure. */
    noFigure: "Aussagen ohne Zahl",
    /** Heading over the full version's small panels. */
    moreHeading: "Weitere Angaben auf derselben Zeitachse",
    /** Events before the x axis starts. */
    before: "Zuvor: {list}.",
    monthsShort: ["Jan", "Feb", "März", "Apr", "Mai", "Juni", "Juli", "Aug", "Sept", "Okt", "Nov", "Dez"],
    /** The one-line key of the precision marks. */
    key: {
      label: "Zeichen",
      range: "Spanne",
      more: "mindestens / mehr als",
      less: "bis zu",
    },
    /** Caption of the full version: every row has exactly one place. */
    caption:
      "{rows} Angaben: {main} im Hauptbild, {panels} in den Panels, {lane} ohne Zahl, {losses} in der Verlustgrafik, {table} nur in der Tabelle.",
    allLink: "Alle Angaben und Quellen →",
    controls: {
      summary: "Quellen filtern · Stand wählen",
      actors: "Quellen filtern",
      all: "alle",
      none: "keine",
      stand: "Was war bekannt am",
      reset: "Alle Angaben zeigen",
      visible: "{n} von {total} Angaben sichtbar",
      hint: "Zeichen der Grafik: Pfeiltasten wechseln zwischen ihnen, Esc schließt die Details.",
    },
    tip: {
      close: "Schließen",
      evidence: "Beleg",
      source: "Quelle",
    },
    table: {
      summary: "Die Daten als Tabelle ({n} Zeilen)",
      caption: "Alle Angaben aus data/claims.csv nach Datum; die letzte Spalte sagt, wo jede steht.",
      date: "Datum",
      who: "Wer",
      figure: "Zahl",
      measure: "Was gezählt",
      status: "Status",
      evidence: "Beleg",
      source: "Quelle",
      panel: "In der Grafik",
      notDrawn: {
        measure: "nur Tabelle",
        repeat: "nur Tabelle: Wiederholung",
        addition: "nur Tabelle: Zusatz, keine Gesamtzahl",
        subset: "nur Tabelle: Teilmenge",
      },
      scroll: "Tabelle der Angaben, waagerecht verschiebbar",
    },
    losses: {
      /** Headline of the losses figure, filled from the latest total of killed. */
      headline: "Verluste: zuletzt {figure} Getötete",
      headlineFallback: "Gemeldete Verluste nordkoreanischer Soldaten",
      subtitle:
        "Je Quelle die jüngste Gesamtzahl, Getötete und Getötete plus Verwundete getrennt; die höchste nannte {who} am {date}. Farbe = Herkunft:",
      sections: { killed: "Getötete", casualties: "Getötete und Verwundete", wounded: "Verwundete" },
      timeline: "Verlauf: alle Angaben",
      short: "Punktdiagramm: die jüngste Verlustzahl von {n} Stellen, nach Getöteten und Getöteten plus Verwundeten getrennt.",
      shortTimeline: "Zeitverlauf: {n} Verlustangaben von {from} bis {to}.",
      /** The timeline's description when the data hold no loss figure yet. */
      shortTimelineNone: "Zeitverlauf: noch keine Verlustangaben.",
      table: "Die Verlustangaben als Tabelle ({n} Zeilen)",
    },
    sourceLine: "Quelle: Angaben von {actors} u. a., zitiert nach {n} Dokumenten; Zusammenstellung und Grafik: {site}.",
    sourceLineCompact: "Quelle: {actors} u. a., {n} Dokumente; Grafik: {site}.",
    methodLink: "Quellen und Methode",
    downloads: "Herunterladen",
    csv: "Daten (CSV)",
    json: "Daten (JSON)",
    svg: "Grafik (SVG)",
    png: "Grafik (PNG)",
    fileTitle: "Gemeldete Zahlen nordkoreanischer Soldaten in Russland",
    lossFileTitle: "Gemeldete Verluste nordkoreanischer Soldaten",
  },
  /** The data page (/daten/): the package, its columns, the claims with permalinks. */
  dataPage: {
    title: "Die Daten",
    nav: "Daten",
    description:
      "Alle Angaben, Quellen, Orte, Ereignisse und Korrekturen dieses Erklärstücks als Datenpaket (CSV mit Tabellenschema) zum Weiterverwenden, mit Erklärung jeder Spalte und einem Link zu jeder Angabe.",
    intro:
      "Jede Zahl, jedes Datum und jeder Ort dieses Erklärstücks steht in sieben Tabellen. Sie dürfen sie unter der Lizenz CC BY 4.0 weiterverwenden, auch kommerziell, wenn Sie die Quelle nennen.",
    packageHeading: "Das Datenpaket",
    packageText:
      "Die Tabellen sind ein Frictionless Data Package: Die Beschreibung datapackage.json nennt für jede Spalte Typ, erlaubte Werte und Bedeutung und verknüpft die Tabellen über ihre Kennungen. Programme wie Frictionless, Open Refine oder pandas lesen sie direkt.",
    zip: "Alles als ZIP",
    descriptor: "Beschreibung (datapackage.json)",
    bytes: "{size} KB",
    rows: "{n} Zeilen",
    citeHeading: "So zitieren Sie die Daten",
    citation: "{site}: Datensatz, Stand {stand}. {url} (Lizenz CC BY 4.0)",
    tablesHeading: "Die Tabellen und ihre Spalten",
    descriptionsInEnglish: "Die Spaltenbeschreibungen stehen, wie im Datenpaket, auf Englisch.",
    column: "Spalte",
    type: "Typ",
    required: "Pflicht",
    yes: "ja",
    no: "nein",
    meaning: "Bedeutung",
    allowed: "erlaubt: {values}",
    references: "verweist auf {table}",
    types: { string: "Text", integer: "ganze Zahl", number: "Dezimalzahl", boolean: "wahr/falsch", date: "Datum" },
    resources: {
      claims: {
        title: "Angaben",
        description:
          "Eine Zeile je gemeldeter Zahl oder Tatsachenbehauptung: wer sie wann nannte, wie gesichert sie ist und wo wir sie fanden.",
      },
      actors: {
        title: "Akteure",
        description: "Wer Angaben macht: Geheimdienste, Regierungen, Militärs, Organisationen, Personen, Medien, anonyme Quellen.",
      },
      sources: {
        title: "Quellen",
        description: "Die Dokumente, in denen wir die Angaben fanden, mit Medium, Titel und Veröffentlichungszeit.",
      },
      places: { title: "Orte", description: "Die Orte auf der Karte mit Koordinaten und einer Beschreibung in unseren Worten." },
      events: { title: "Ereignisse", description: "Datierte Ereignisse für die Zeitleiste und die Grafik." },
      corrections: { title: "Korrekturen", description: "Das Korrekturprotokoll: was die Seite sagte, was richtig ist, und die Belege." },
      editions: {
        title: "Ausgaben",
        description: "Die Ausgaben des Erklärstücks; die Spalte added der anderen Tabellen nennt die Ausgabe, die eine Zeile brachte.",
      },
    },
    packageTitle: "Nordkoreas Soldaten in Russland: Angaben, Quellen, Orte und Ereignisse",
    packageDescription:
      "Gemeldete Zahlen und Tatsachenbehauptungen zur Entsendung nordkoreanischer Soldaten nach Russland: wer sie wann nannte, wie gesichert sie sind und in welchem Dokument sie stehen, dazu Akteure, Quellen, Orte, Ereignisse und Korrekturen.",
    keywords: ["Nordkorea", "Russland", "Ukraine", "Kursk", "Truppen", "Krieg"],
    fromSources: "Alle Tabellen als Datenpaket, jede Spalte erklärt und jede Angabe mit eigener Adresse:",
    claimsHeading: "Alle Angaben",
    claimsIntro:
      "Jede Angabe hat hier eine feste Adresse: Zahl, wer sie wann nannte, der Beleg, wie gesichert sie ist und warum, und die Quelle. Die Tabelle unter der Grafik verlinkt hierher.",
    who: "Wer",
    when: "Wann",
    measure: "Was gezählt",
    basis: "Grundlage",
    status: "Status",
    evidence: "Beleg",
    source: "Quelle",
    place: "Ort",
    note: "Anmerkung",
    added: "Aufgenommen",
    repeats: "gibt wieder",
    repeatedBy: "wiedergegeben von",
    corroboratedBy: "bestätigt durch",
    corroborates: "bestätigt",
    admits: "räumt ein",
    admittedBy: "eingeräumt von",
    cite: "Zitieren",
    claimCitation: "{site}: Angabe {id} ({who}). {url} (Stand {stand}, Lizenz CC BY 4.0)",
    copyLink: "Link kopieren",
    copied: "Link kopiert.",
    copyFailed: "Kopieren nicht möglich: Link bitte markieren und kopieren.",
    statusRule: {
      claim: "Eine Seite sagt es; niemand Unabhängiges hat es bestätigt.",
      corroborated:
        "Ein anderer, unabhängiger Akteur – benannt, aus einem anderen Land, kein Medium und keine anonyme Quelle – sagte dasselbe.",
      acknowledged: "Russland oder Nordkorea haben offiziell eingeräumt, was andere zuvor behauptet hatten.",
    },
    ownSide: "Eigene Angaben Russlands und Nordkoreas bleiben Behauptungen.",
  },
  /** The what's-new page and the Atom feed. */
  news: {
    title: "Was ist neu?",
    nav: "Was ist neu?",
    description:
      "Was jede Ausgabe des Erklärstücks gebracht hat: neue Angaben, neue Quellen, neue Ereignisse und Korrekturen, mit Datum und Link.",
    intro: "Jede Ausgabe mit dem, was sie geändert hat. Dieselbe Liste gibt es als Atom-Feed für Feedreader.",
    feed: "Atom-Feed abonnieren",
    feedTitle: "Nordkoreas Soldaten in Russland: Was ist neu?",
    edition: "{title} vom {date}",
    newClaims: "Neue Angaben ({n})",
    newSources: "Neue Quellen ({n})",
    newEvents: "Neue Ereignisse ({n})",
    corrections: "Korrekturen ({n})",
    counts: "{claims} neue Angaben, {sources} neue Quellen, {events} neue Ereignisse, {corrections} Korrekturen.",
    lastChanged: "zuletzt geändert:",
  },
  /** The sources-and-method page (/quellen/). */
  sourcesPage: {
    description:
      "Alle Dokumente, aus denen die Zahlen und Ereignisse dieses Erklärstücks stammen, wie wir sie geprüft und datiert haben, was offen bleibt, und das Korrekturprotokoll.",
    intro:
      "Alle {documents} Dokumente, auf denen die {claims} Angaben dieses Erklärstücks beruhen, und wie wir mit ihnen gearbeitet haben.",
    /** {csv} and {json} become the download links. */
    downloads: "Die Daten gibt es als {csv} und {json} (Lizenz CC BY 4.0).",
    /** Accessible name of a claim's figure, which links to the claim on the data page. */
    claimLink: "{figure}: Angabe {id} auf der Datenseite",
    /** The start page as the corrections log names it (a bare "Start" says nothing as a link). */
    homePage: "Startseite",
  },
  measure: {
    sent: "entsandt",
    in_russia: "in Russland",
    planned_total: "geplant insgesamt",
    in_training: "in Ausbildung",
    at_front: "an der Front / in Kursk",
    killed: "getötet",
    wounded: "verwundet",
    casualties: "Getötete und Verwundete",
    officers: "Offiziere",
    generals: "Generäle",
    other: "ohne Truppenzahl",
  },
  status: {
    claim: "Behauptung",
    corroborated: "bestätigt durch Dritte",
    acknowledged: "von Russland/Nordkorea eingeräumt",
  },
  prose: {
    attribution: "laut {who}, {date}",
    startReading: "Weiter zum ersten Kapitel",
    method: "Methode",
    corrections: "Korrekturen",
    claimsOfSource: "Angaben aus diesem Dokument",
    sourcesSummary: "Alle Dokumente, wie aus einer Meldung eine Datenzeile wird, was wir nicht prüfen konnten, und das Korrekturprotokoll.",
    lastNext: "Quellen und Methode",
    onThisPage: "Auf dieser Seite",
    claimKinds: "Angaben nach Art und Status",
    documents: "Alle Dokumente",
    byMeasure: "Was die Angaben zählen",
    byStatus: "Wie weit sie bestätigt sind",
    measureHeader: "Art",
    statusHeader: "Status",
    countHeader: "Angaben",
    address: "Adresse",
    titleParaphrase: "Titel sinngemäß, nicht wörtlich",
    correctionsIntro:
      "Hier steht jede Änderung, die verändert, was Leserinnen und Leser bei uns erfahren haben: wann, was die Seite sagte, was richtig ist und welche Quelle es zeigt. Tippfehler und bloße Umformulierungen vermerken wir nicht.",
    correctionSaid: "Was die Seite sagte",
    correctionRight: "Was richtig ist",
    correctionSources: "Beleg",
    repeats: "gibt nur Angabe {id} wieder; dort gezählt",
    corroboratedBy: "bestätigt durch",
    admits: "räumt ein, was zuvor behauptet wurde:",
    ownStatement: "eigene Angabe",
    countsIntro:
      "{rows} Datenzeilen: {claims} Angaben, dazu {repeats} Wiederholungen, die eine andere Zeile nur wiedergeben und nicht mitgezählt werden.",
  },
  basis: {
    total: "Gesamtzahl",
    addition: "Zusatz zu einer früheren Zahl",
    subset: "Teilmenge (eine Einheit, ein Zeitraum)",
  },
  sourceKind: {
    faq: "FAQ",
    news: "Nachricht",
    opinion: "Meinungsbeitrag",
    letter: "Bürgeranfrage mit Antwort",
    statement: "Erklärung",
    report: "Bericht",
  },
  map: {
    title: "Von Nordkorea an die Front: wo die Soldaten gemeldet wurden",
    takeaway:
      "Von Nordkoreas Ostküste per Schiff nach Wladiwostok, zur Ausbildung im Fernen Osten, dann Tausende Kilometer weiter ins Gebiet Kursk.",
    regionLabel: "Interaktive Karte: Route der nordkoreanischen Soldaten",
    roleDescription: "Karte",
    staticLabel:
      "Karte der Route von Nordkorea über Wladiwostok und die Ausbildungsorte im Fernen Osten ins Gebiet Kursk. Die Orte und Entfernungen stehen in der Liste unter der Karte.",
    skipMap: "Karte überspringen, zur Liste der Orte",
    startMap: "Karte bedienen",
    closePopup: "Schließen",
    attributionPrefix: "Kartendaten:",
    attributionName: "Natural Earth",
    creditDistances: "Entfernungen: Luftlinie (Großkreis), aus den Koordinaten berechnet.",
    attributionUrl: "https://www.naturalearthdata.com/",
    stepsLabel: "Die Route Schritt für Schritt",
    overview: "Überblick",
    overviewText: "Die ganze Route auf einen Blick.",
    steps: {
      port: {
        label: "Verschiffung",
        text: "Laut NIS ({date:S001-01}) brachten russische Schiffe die ersten Soldaten von Häfen an Nordkoreas Ostküste nach Wladiwostok.",
      },
      training: {
        label: "Ausbildung",
        text: "Der NIS ({date:S001-01}) und HUR ({date:L-006}) nannten Orte im Fernen Osten und in Sibirien, an denen die Soldaten ausgebildet wurden.",
      },
      front: {
        label: "Kursk",
        text: "Laut HUR ({date:S002-04}) trafen erste Einheiten im Gebiet Kursk an der Grenze zur Ukraine ein; die US-Regierung ({date:L-012}) und der NIS ({date:L-019}) bestätigten den Einsatz dort später.",
      },
    },
    km: "rund {km} km",
    kmRange: "{min} bis {max} km",
    arcLabel: "{km} Luftlinie",
    arcDistance: "{from}–{to}: {km} Luftlinie.",
    legRange: "Die einzelnen Strecken: {range} Luftlinie.",
    fromPlace: "{km} Luftlinie von {from}",
    toPlace: "{km} Luftlinie bis {to}",
    fromStage: "von den {stage} {range}",
    stagesFrom: {
      port: "Häfen",
      training: "Ausbildungsorten",
    },
    twinTitle: "Was wurde wo gemeldet?",
    twinIntro: "Die Stationen der Route der Reihe nach, danach die übrigen Orte. Entfernungen in Luftlinie, aus den Koordinaten berechnet.",
    stages: {
      port: "Häfen der Einschiffung",
      training: "Ausbildungsorte",
      front: "Einsatzgebiet",
      capital: "Hauptstädte",
      city: "Städte",
      summit: "Gipfeltreffen",
    },
    otherPlaces: "Weitere Orte auf der Karte",
    outside: "Außerhalb des Kartenausschnitts",
    approx: "Lage ungefähr",
    alsoHere: "Hier auch:",
    reports: "Meldungen",
    reportCount: { one: "1 Meldung zu diesem Ort", other: "{n} Meldungen zu diesem Ort" },
    moreReports: { one: "1 weitere Meldung in der Liste unter der Karte", other: "{n} weitere Meldungen in der Liste unter der Karte" },
    allReports: "Alle Meldungen in der Liste",
    source: "Quelle",
    countries: {
      "643": "Russland",
      "156": "China",
      "496": "Mongolei",
      "398": "Kasachstan",
      "804": "Ukraine",
      "408": "Nordkorea",
      "410": "Südkorea",
      "392": "Japan",
    },
  },
} as const;

/** A dictionary's type with every string widened, so that another language can have the same shape. */
type Widen<T> = T extends string ? string : T extends readonly (infer U)[] ? readonly Widen<U>[] : { readonly [K in keyof T]: Widen<T[K]> };

/** The shape every language's dictionary must have: the German keys, with any strings. */
export type Dictionary = Widen<typeof de>;
