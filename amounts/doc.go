// Package amounts finds the amounts in French news, sums of money,
// quantities and percentages, and reads them as exact typed values:
// « 1,4 milliard de dollars » is MONEY 1400000000 USD, « 18 000 puces »
// QUANTITY 18000 puce, « de l’ordre de 10 à 20 exaflops » a QUANTITY range
// from 10 to 20 EFLOPS, about. The output follows the contract of
// spec/ANNOTATION.md.
//
// Find reads the tokens of package token (Tokenize, then Segment for
// sentence boundaries); FindString tokenizes itself. Parse reads one amount
// at the start of a string, and ParseNumber one number, in the manner of
// strconv's readFloat: value, bytes consumed, ok.
//
// # Numbers
//
// Digits in every French form: decimal comma (1,4); thousands separated by
// a space, U+00A0, U+202F, U+2009 (18 000), an apostrophe (1'000) or dots
// in AFP style (5.750, 1.458.000,00; a lone dot before exactly three digits
// is a thousands separator, any other dot a decimal point); a sign (−5 %).
// Numbers in words with their irregularities (soixante et onze,
// quatre-vingt-dix-sept, deux cent mille, un milliard deux cents millions,
// un demi-milliard, deux millions et demi, septante, nonante), with or
// without hyphens. Scale words and abbreviations: mille, million,
// milliard, billion (10^12), trillion (10^12, as writers who borrow the
// English word mean), crore, lakh, Md, Mds, Mrd, bn, Mio, and the one-letter
// k, M, G, B next to a currency only (« 50 M€ », « $10M »; m after a
// currency sign, « £200m »). Noun scales:
// une dizaine de millions (10^7, about), une centaine, des milliers.
//
// # Values
//
// A Decimal is an integer coefficient and a power of ten (math/big when the
// coefficient does not fit in 64 bits): scale words add to the exponent and
// never go through a float, so 4,1 milliards is exactly 4100000000 and
// JSON prints it so (not 4.1e+09). Sub-units convert to the main unit
// (147,55 pence is 1.4755 GBP, « 1 USD et 23 centimes » 1.23 USD). A loss
// keeps a positive value, and so does a fall written with a sign: the
// guide gives amounts as sizes and leaves the direction to the words
// around them, so Find leaves a sign before a percentage or a sum out of
// the amount (« AMD (-7,4 %) » is 7,4 % = 7.4, « (+24 %) » 24 %); a
// temperature keeps its sign (« −5 °C » is below zero, not a change), and
// Parse, which reads one expression as given, keeps it too. Ranges have
// Min and Max and no Value; vague
// amounts (plusieurs milliards, des centaines de millions d'euros; « face
// aux centaines de milliards », from the noun) have no
// value and Approx Several.
//
// # Currencies
//
// A Currency is an ISO 4217 code checked with golang.org/x/text/currency,
// or BTC. It comes from a sign (€ $ £ ¥ ₩ ₹ ₽ ₿...), with a mark for the
// dollars ($US, US$, $ CA, C$, HK$), a code (EUR, USD; « USD1,23 »), or a
// name with its adjective (euros, dollars canadiens, livres sterling,
// francs suisses, yens, wons, roupies indiennes, bitcoins...). Names that
// do not say which currency (francs, pesos, couronnes, dinars) give MONEY
// without currency, unless the text states one issuer of that name
// elsewhere (« CHF 14,5 millions » or « francs suisses » make the
// article's « 50 millions de francs » CHF), or else the one country of
// that name the sentence names (« au Kenya, … des milliards de
// shillings » is KES); a bare « livres » is money only after a scale word
// (« 361 millions de livres »), else a counted noun (books or pounds of
// weight). $ alone is USD, ¥ JPY, dirhams AED.
//
// # Shapes
//
// Qualifiers before the number go into the span and set Approx: environ,
// près de, quelque, autour de, de l'ordre de, aux alentours de, avoisinant
// (About); plus de, plus d', + de, au-delà de, supérieur à (MoreThan); moins de,
// en dessous de (LessThan); au moins, au minimum, pas moins de (AtLeast);
// jusqu'à, au maximum, pas plus de (AtMost); « environ » after the amount
// too. Ranges: « entre X et Y », « X à Y », « X-Y », with the scale,
// currency or unit written once (« entre 5,2 et 5,4 milliards d'euros »);
// two complete amounts joined by « à » are a range only after « de »; a
// first bound already whole does not take the second's scale (« entre
// 800 000 et 1,2 million »). A change « de X à Y » is two amounts, the
// first completed by the second: when the values go down (« de quatre à
// trois opérateurs »: a span of values is written upwards), after a verb
// of passage (« est passée de 597 325 à 601 550 BTC », « porter de 3 à
// 5 % »), and after a verb of rise unless a bare first bound comes before
// a percentage (« a grimpé de 40 à 55 salariés » is a change, « augmenter
// de 10 à 15 % » a range of the rise). After a verb of fall, « de » gives
// the size of the fall (« réduire de 30 à 40 % » is a range), and so
// after a noun of change (« une hausse de 3 à 5 % »). Two whole bounds
// (« de 10,99 € à 12,14 € ») are a change after a verb of change a few
// words before, its object between (« a relevé son offre de »), else a
// span (« un prix de 9 € à 12 € », « sa fourchette de 4 % à 6 % »); a
// first bound of 0 is a start when the time it takes follows (« la
// recharge de 0 à 65 % prend 30 minutes »). « X-Y » is always a range.
// Qualifiers after the amount: environ (About), minimum (AtLeast),
// maximum (AtMost).
//
// # Kinds
//
// MONEY needs a currency, a sub-unit, a noun of money after a scale
// (« 300 milliards d'investissements », span up to the scale word), or a
// bare scale word of a million or more: in this news domain « plus de 300
// milliards » and « des milliards » are sums of money. QUANTITY needs a
// unit, normalized to its symbol (GW, EFLOPS, To, km, m², L, t...), or a
// counted noun, singularized (puces → puce, chevaux → cheval, GPU): a lower
// case common noun after the number (up to three adjectives in between, or
// « de ses dernières »), a noun after « millions de » (habitants,
// paramètres, Français, iPhone), a countable acronym (GPU, CPU, PME), or
// a capitalized noun in a Title Case headline (« Vise 600 000 Clients En
// Allemagne » counts client), a compound borrowed from English with its plural on the last word
// (« 400 data centers » counts « data center »). Points are not percent:
// « 3 points » is QUANTITY point, « 25 points de base » (25 pb) point de
// base, « 0,5 point de pourcentage » point de pourcentage. PERCENT needs
// %, pour cent, pour-cent or pourcent.
//
// # Not amounts
//
// Bare numbers; years (« en 2030 », « d'ici 2030 », « fin 2024 »); dates
// and times (11/02/2025, mardi 11 février, 14h30); durations (trois mois,
// deux ans) and periods (« par an » is left out of the span); ordinals
// (30e, 1er, premier); multipliers (trois fois plus, x2, « à trois
// reprises »); fractions of words (une fraction, les deux tiers, la
// moitié); proportions (« 3 salariés sur 10 », « un Français sur
// deux »); « une croissance à deux chiffres »; people counted by « ils
// sont 12 millions à » (no noun, and not money); phone numbers and other
// runs of numbers (but « en 2023 300 salariés », « l'Euro Stoxx 50
// 0,8 % »);
// numbers inside names (France 2, 20 Minutes, Boeing 737: a number right
// after a capitalized word the lexicon does not know is not a count;
// GPT-4, H100 are single words; the COP 29 summit is not Colombian
// pesos); « un », « une » as articles; « les deux
// pays », « des deux entreprises » (both, not a count: a determiner before
// a number in words); « neuf » after a noun (an adjective); a plural
// number before a singular word (« 11 appartenait »).
//
// # Sentences
//
// An amount of money without currency takes the currency of the last
// amount of money before it in the same sentence (« 450 millions d'euros,
// contre 7 millions » gives EUR twice); a bare scale after a counted
// quantity counts the same thing (« 2,3 millions de véhicules contre 1,3
// million »). A currency that is written is never replaced, even one
// without an ISO code (« 40 pesos », « 0,5 ETH »), and no more bitcoins
// than will ever exist (21 million) are inherited: « 12 000 bitcoins pour
// 1,1 milliard » is a price in another currency. An elliptic bare number
// counts what the amount before it counts: after « dont », a part of it
// (« 2 800 postes, dont jusqu'à 1 000 en France »; « 12 millions d'euros,
// dont 800 000 pour la Bretagne »); after « contre », a figure of the
// same order written like it (« 120 avions, contre 100 l'an dernier »,
// « 7,3 %, contre 7,1 »), a count in words after a count (« sept à huit
// lancements, contre quatre »). Sentences are those of token.Segment
// when the tokens carry its SentenceStart flags, else they end at a line break or after final
// punctuation.
//
// # Offsets
//
// Every span is a half-open range of byte offsets into the caller's
// original input, and Amount.Text is input[Start:End], a substring (not a
// copy). Amounts are sorted by start and never overlap. An amount never
// spans a line break, and its parts are separated by horizontal white
// space only, so its text is valid UTF-8 even when the input is not.
//
// # JSON
//
// Amount.MarshalJSON writes exactly the contract's fields: text, start,
// end, kind, value (null for a range or a vague amount), min and max (for
// a range only), currency (absent when unknown), unit (QUANTITY), approx
// (absent when exact). Numbers are plain and exact.
//
// # Concurrency
//
// Find, FindString, Parse and ParseNumber are safe for concurrent use. The
// lexicon is built from static tables on first use (sync.OnceValue) and
// never changes; nothing is set up in init.
//
// # Performance
//
// Find reads the tokens in place (it copies them only to merge an elision
// or a hyphenated word that a tokenizer left apart, and then copies each
// run of well-formed tokens between merges in one move). It dismisses most
// words and marks in one tight loop (skipPlain), by their flags, length
// and a table read on their first two bytes, before any call: only a word
// that can start a number goes further, and « des », « un », « une » look
// up the next word only when its first two letters may start a scale,
// currency or unit word. It remembers the key and lexicon entry of the
// last units it looked at (the rules ask for the same ones many times),
// folds French words through a table, finds a qualifier by the words
// before the number, uses no regular expression and no map built per
// call, and allocates nothing but its result, once, at its exact size:
// its scratch state is pooled. On the five seed articles (14.4 KB, tokens
// given) it runs about 0.51 million instructions (callgrind), 130 to 180
// MB/s on one core of a busy shared machine (BenchmarkFind, and
// BenchmarkFindJoined on the articles joined into one text as extract's
// benchmark does).
package amounts
