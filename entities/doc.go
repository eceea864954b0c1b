// Package entities finds the named entities of French news text: persons,
// companies, organizations, countries, places, products, chips and events
// (the types of ANNOTATION.md), each with its byte span, and links the
// mentions of one entity within a document to one identity.
//
//	tg, err := entities.New(entities.Options{})
//	toks := token.Tokenize(src)
//	sents := token.Segment(src, toks)
//	for _, e := range tg.Tag(src, toks, sents) {
//		fmt.Println(e.Text, e.Type, e.ID, e.Canonical)
//	}
//
// # Offsets
//
// Every Entity's Start and End are byte offsets into the text passed to
// Tag, Start inclusive and End exclusive, and Text == src[Start:End]. The
// entities are sorted by Start and never overlap. Text is never rewritten:
// apostrophes, non-breaking spaces and accents are matched through
// normalize.Key, but the offsets always point into the caller's bytes.
//
// # Detection
//
// A mention is a run of capitalized tokens, extended over foreign name
// particles and English connectors between capitals (Ursula von der Leyen,
// Artificial Intelligence and Advanced Technology Council), over French
// particles after a given name (Charles de Gaulle) or inside an
// institution or event name (Bureau national du Bitcoin, Sommet de l’IA),
// and over the lower-case adjectives that follow such a name's head
// (Fonds monétaire international). The longest name of the lexicon wins
// where one starts (Émirats arabes unis, France 2, 20 Minutes, Le Chat);
// lower-case-first brands (eBay) come from the lexicon only. An acronym in
// parentheses after a name is a mention of its own, with the name's type.
// Articles, elided articles and titles stay outside the span, except a
// capitalized article in mid-sentence (selon Le Monde).
//
// French capitalizes the first word of a sentence, of a line, of a quote
// or after a colon, and some headlines capitalize every word. A
// capitalized word at such a position is a name only with evidence: the
// lexicon, a given name before another capitalized word, a name shape
// (CamelCase, digits, an underscore, a company suffix), the head of an
// institution name, or the same word capitalized in mid-sentence elsewhere
// in the document; a run of two capitalized words or more at such a
// position is a name as a whole unless its first word is a trigger word
// or a known name starts at its second (« Baptisé Stargate »). Capitalized
// common words (IA, État, Économie, the demonyms les Français, the stop
// words of the lexicon and their plurals) never start a mention, and the
// portfolio after a minister's title (ministre de l’Économie, des
// Finances…) is never one. A line in title case or in upper case is read
// like a sentence start throughout, and its capitalized words form no
// runs but from a given name (« Par Julien Marchetti »). A line with two
// capitalized articles or prepositions and no lower-case word is in title
// case too (« Mis À Jour Le 22/09/2025 À 18h40 »). In a byline (« Par
// Aude Roux et Léa Martin – 3 mars »), each author's name is a PERSON
// even when a given name is also a place. A shouted rubric before a known
// name is left out (« CLÔTURE PARIS : »), and so is « outre-Rhin ».
//
// # Typing
//
// Each mention collects evidence for each type, and the type with the
// most evidence wins (ties go to the lower Type): the lexicon's readings
// (a reading that context selects gains weight: développer DeepSeek is the
// model), name shape (a given name first, a company suffix last, a chip
// model such as H100 or MI300X, a web domain, CamelCase, an underscore),
// coordination (« Torsten Reil et Gundbert Scherf »: a name with no clue
// takes the type of the name it is listed with), the maker after a
// product (les processeurs Ryzen d’AMD), and French context: a noun before
// the name (la start-up, les puces, le modèle, le salon), a title (le
// président, M., Mme) or a title's complement (le PDG de X), an
// apposition (X, ministre de… ; le PDG de Nvidia, X), a verb whose object
// is a product (développer, baptiser), an event through « de » (lors du
// X) and, weakest, a preposition before a place (à X). Context words match
// in their inflected forms (puces, présidente, baptisée): the generator
// derives the forms of each trigger word and keeps those that the snowball
// French stemmer gives the word's stem, so that tagging looks each word up
// once and never runs the stemmer.
// The words come from the data file internal/lexicon/triggers.tsv. Place
// evidence also comes from the complement of a site noun (l’usine de X,
// près de X, la région de X) and from the French way of locating a town,
// « Crolles (Isère) ». A name that ends in a suffix with no type is a law
// and no entity (Digital Markets Act). Lexicon names flagged lowercase
// match in lower case too (le bitcoin, l’ether), and an ambiguous lexicon
// name (Orange, Golfe, CES) counts when context supports it or when it is
// capitalized in the middle of a sentence.
//
// A name that nothing above types gets the vote of a statistical fallback
// (internal/stat: an averaged perceptron trained on French newspaper NER,
// PER/LOC/ORG): PERSON or PLACE when the model gives the type a
// probability of 0.5 or more. It raised the strict F1 on ner-fr from 0.36
// to 0.51 and on the development corpus from 0.901 to 0.903, left the
// seeds unchanged, and costs some 5 % of Tag's time;
// Options.NoStatistical turns it off. A name with no evidence at all is a
// PERSON when it has two to four capitalized words with a person's shape
// (no inner capital, digit or lower-case word but particles, and no
// first word that the lexicon gives another type or a common word at
// either end: « Nord Quantique » is no person; a COMPANY
// when an article precedes it or it starts with a digit), and a COMPANY
// otherwise: in tech and business news, most unknown single names are
// firms and most unknown two-word names are people. On the seed
// articles with their names taken out of the lexicon, four mentions were
// left with no clue: three single names were firms (20 Minutes, Nexora,
// Siemens), one a crypto-asset (Bitcoin). An unknown acronym with no clue
// (RGPD, PME, CSRD) is left out: terms outnumber the bodies that the
// lexicon does not list.
//
// Some names take their neighbours in: a court or a public hospital its
// seat (« tribunal judiciaire de Paris », « cour d’appel de Douai », « CHU
// de Nantes », trigger class seat: one ORG), a company the country after
// it (« Microsoft France », its subsidiary), a product its version
// (« Mistral Small 3.2 ») and its model tier (« iPhone 16 Pro Max »,
// class tier); a name glued to a dotted version is a model (Qwen-2.5).
//
// # Linking
//
// Within one document, every mention of the same name gets the same type
// (the evidence of all its mentions adds up), a surname alone stands for
// the person named in full elsewhere (Huang for Jensen Huang), the first
// word of a company name with a suffix for the company (Mistral for
// Mistral AI), an acronym in parentheses for the name before it, a head
// word capitalized alone (« l’Autorité ») for the one institution the
// text names with it, and « Le Goff » (article included) for Blandine Le
// Goff. The ID of a COUNTRY is always its ISO 3166-1 alpha-2 code; other ids are
// Wikidata Q-ids where the lexicon's sources vouch for them. Canonical is
// always set: the lexicon's canonical name (Royaume-Uni for UK), else the
// full form a short form stands for, else the mention's own text with its
// white space collapsed.
//
// # Performance
//
// Tag does not stem, compile or allocate per token: it keeps its working
// memory in a pool and allocates little more than its result (about six
// allocations a call). Lexicon lookups go through bit sets over a hash of
// the folded key before any map. The lexicon (about 14 000 lines) is
// decoded once, lazily, in some 10 ms, and holds about 1.6 MB.
//
// # Concurrency
//
// A Tagger is immutable once New returns and safe for concurrent use. The
// embedded lexicon is decoded once, on the first New, and shared.
package entities
