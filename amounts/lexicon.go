package amounts

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/veille-nlp/veille/normalize"
)

// This file holds the closed sets the finder needs: number words, scale
// words, currencies, units, qualifiers, and the words that are never
// counted nouns. They are plain static tables; the lookup maps are built
// from them on first use (sync.OnceValue), never in init.
//
// Word keys are folded: lower case, accents removed, every apostrophe
// written ' and every hyphen -, so that « Milliards », « milliards » and
// « MILLIARDS » meet, as do « d’ » and « d' ».

// Word classes (bits of entry.flags).
const (
	fNum       uint32 = 1 << iota // a number word: deux, vingt, cent, mille
	fScale                        // million(s), milliard(s), billion(s), trillion(s)
	fNounScale                    // dizaine(s), centaine(s), millier(s)...
	fCurrency                     // a currency name: euro(s), dollar(s)
	fSubunit                      // a currency sub-unit: cent(s), centime(s), penny
	fUnit                         // the first word of a unit name: kilomètre(s), mètre(s)
	fFunc                         // a function word: never a counted noun
	fTime                         // a time, date or duration word: never a counted noun
	fAdj                          // an adjective that may stand between a number and its noun
	fDefDet                       // les, des, ces, nos...: « les deux pays » means both
	fPoss                         // ses, leurs, nos...: « 18 000 de ses puces »
	fVague                        // des, plusieurs, quelques: « des milliards »
	fArticle                      // un, une: an article unless a scale or currency follows
	fMoneyNoun                    // investissement, dépense...: money without currency
	fPercent                      // pourcent, pourcentage
	fYearCue                      // en, depuis, fin, début, mi...: a year follows
	fQualFirst                    // the first word of a qualifier phrase
	fHalf                         // demi
)

// entry is what the lexicon knows of a folded word.
type entry struct {
	flags uint32
	num   uint16 // value of a number word; multiplier of a noun scale
	scale int8   // power of ten of a scale word
	cur   int16  // index+1 into currencies for a currency name or sub-unit
}

func (e entry) has(f uint32) bool { return e.flags&f != 0 }

// currencyName is a currency written as a word.
type currencyName struct {
	forms string // folded singular and plural forms, space-separated
	code  string // ISO 4217 code (or BTC); "" when the word alone does not say
	sub   int8   // for a sub-unit: the power of ten of one unit (-2 for cents)
	adjs  []curAdj
}

// curAdj is a word or phrase that names the issuer after a currency name
// (« dollars canadiens », « livres sterling », « dollars de Hong Kong »).
type curAdj struct {
	words string // folded, singular, space-separated
	code  string
}

var currencies = []currencyName{
	{forms: "euro euros", code: "EUR"},
	{forms: "dollar dollars", code: "USD", adjs: []curAdj{
		{"americain", "USD"}, {"us", "USD"}, {"des etats-unis", "USD"}, {"canadien", "CAD"},
		{"australien", "AUD"}, {"neo-zelandais", "NZD"}, {"de hong kong", "HKD"},
		{"hongkongais", "HKD"}, {"de singapour", "SGD"}, {"singapourien", "SGD"},
		{"taiwanais", "TWD"}, {"de taiwan", "TWD"}}},
	{forms: "livre livres", code: "", adjs: []curAdj{
		{"sterling", "GBP"}, {"britannique", "GBP"}, {"turque", "TRY"}, {"egyptienne", "EGP"},
		{"libanaise", "LBP"}, {"syrienne", "SYP"}}},
	{forms: "sterling", code: "GBP"},
	{forms: "pound pounds", code: "GBP"},
	{forms: "fcfa", code: "XOF"},
	{forms: "franc francs fr", code: "", adjs: []curAdj{
		{"suisse", "CHF"}, {"cfa", "XOF"}, {"francais", "FRF"}, {"belge", "BEF"}, {"cfp", "XPF"},
		{"guineen", "GNF"}, {"congolais", "CDF"}, {"rwandais", "RWF"}}},
	{forms: "yen yens", code: "JPY", adjs: []curAdj{{"japonais", "JPY"}}},
	{forms: "yuan yuans", code: "CNY", adjs: []curAdj{{"chinois", "CNY"}}},
	{forms: "renminbi renminbis", code: "CNY"},
	{forms: "won wons", code: "KRW", adjs: []curAdj{{"sud-coreen", "KRW"}, {"coreen", "KRW"}}},
	{forms: "roupie roupies", code: "INR", adjs: []curAdj{
		{"indienne", "INR"}, {"pakistanaise", "PKR"}, {"indonesienne", "IDR"},
		{"srilankaise", "LKR"}, {"nepalaise", "NPR"}, {"mauricienne", "MUR"}}},
	{forms: "roupiah roupiahs", code: "IDR"},
	{forms: "dirham dirhams", code: "AED", adjs: []curAdj{
		{"marocain", "MAD"}, {"emirati", "AED"}, {"des emirats", "AED"}, {"des emirats arabes unis", "AED"}}},
	{forms: "riyal riyals", code: "SAR", adjs: []curAdj{
		{"saoudien", "SAR"}, {"qatari", "QAR"}, {"qatarien", "QAR"}, {"yemenite", "YER"}}},
	{forms: "rial rials", code: "", adjs: []curAdj{{"iranien", "IRR"}, {"omanais", "OMR"}, {"yemenite", "YER"}}},
	{forms: "rouble roubles", code: "RUB", adjs: []curAdj{{"russe", "RUB"}, {"bielorusse", "BYN"}}},
	{forms: "real reais reaux reals", code: "BRL", adjs: []curAdj{{"bresilien", "BRL"}}},
	{forms: "peso pesos", code: "", adjs: []curAdj{
		{"mexicain", "MXN"}, {"argentin", "ARS"}, {"chilien", "CLP"}, {"colombien", "COP"},
		{"philippin", "PHP"}, {"uruguayen", "UYU"}, {"dominicain", "DOP"}}},
	{forms: "couronne couronnes", code: "", adjs: []curAdj{
		{"suedoise", "SEK"}, {"norvegienne", "NOK"}, {"danoise", "DKK"}, {"tcheque", "CZK"},
		{"islandaise", "ISK"}}},
	{forms: "zloty zlotys zloti", code: "PLN"},
	{forms: "forint forints", code: "HUF"},
	{forms: "shekel shekels sheqel sheqels chekel chekels", code: "ILS"},
	{forms: "lire lires", code: "", adjs: []curAdj{{"turque", "TRY"}, {"italienne", "ITL"}}},
	{forms: "leu lei", code: "RON", adjs: []curAdj{{"roumain", "RON"}, {"moldave", "MDL"}}},
	{forms: "lev leva levs", code: "BGN"},
	{forms: "hryvnia hryvnias hryvna grivna grivnas", code: "UAH"},
	{forms: "rand rands", code: "ZAR", adjs: []curAdj{{"sud-africain", "ZAR"}}},
	{forms: "naira nairas", code: "NGN"},
	{forms: "cedi cedis", code: "GHS"},
	{forms: "shilling shillings", code: "", adjs: []curAdj{
		{"kenyan", "KES"}, {"ougandais", "UGX"}, {"tanzanien", "TZS"}}},
	{forms: "baht bahts", code: "THB"},
	{forms: "ringgit ringgits", code: "MYR"},
	{forms: "taka takas", code: "BDT"},
	{forms: "tenge tenges", code: "KZT"},
	{forms: "ariary", code: "MGA"},
	{forms: "dinar dinars", code: "", adjs: []curAdj{
		{"algerien", "DZD"}, {"tunisien", "TND"}, {"koweitien", "KWD"}, {"irakien", "IQD"},
		{"jordanien", "JOD"}, {"libyen", "LYD"}, {"serbe", "RSD"}, {"bahreini", "BHD"}}},
	{forms: "mark marks deutschemark deutschemarks", code: "DEM", adjs: []curAdj{
		{"allemand", "DEM"}, {"finlandais", "FIM"}}},
	{forms: "florin florins", code: "", adjs: []curAdj{{"hollandais", "NLG"}, {"neerlandais", "NLG"}}},
	{forms: "peseta pesetas", code: "ESP"},
	{forms: "escudo escudos", code: "PTE"},
	{forms: "drachme drachmes", code: "GRD"},
	{forms: "bitcoin bitcoins", code: "BTC"},
	{forms: "balle balles", code: ""}, // slang for euros (« 3 balles »)
	// Sub-units.
	{forms: "cent cents ct cts", code: "", sub: -2},
	{forms: "centime centimes", code: "", sub: -2},
	{forms: "penny pence pennies", code: "GBP", sub: -2},
	{forms: "pesewa pesewas", code: "GHS", sub: -2},
	{forms: "kopeck kopecks kopek kopeks", code: "RUB", sub: -2},
	{forms: "satoshi satoshis", code: "BTC", sub: -8},
}

// currencySymbols are the currency signs and their codes.
var currencySymbols = []struct{ sym, code string }{
	{"€", "EUR"}, {"$", "USD"}, {"£", "GBP"}, {"¥", "JPY"}, {"₩", "KRW"}, {"₹", "INR"},
	{"₽", "RUB"}, {"₿", "BTC"}, {"₺", "TRY"}, {"₪", "ILS"}, {"₴", "UAH"}, {"₦", "NGN"},
	{"₫", "VND"}, {"₱", "PHP"}, {"﹩", "USD"}, {"＄", "USD"}, {"€", "EUR"},
}

// dollarMarks are the letters glued to or written after a $ that say which
// dollar it is: US$, $US, $ CA, C$, HK$, « $ c ».
var dollarMarks = []struct{ mark, code string }{
	{"US", "USD"}, {"us", "USD"}, {"U.S.", "USD"}, {"USD", "USD"}, {"usd", "USD"},
	{"CA", "CAD"}, {"C", "CAD"}, {"c", "CAD"}, {"Can", "CAD"}, {"CAN", "CAD"}, {"can", "CAD"}, {"CAD", "CAD"}, {"cad", "CAD"},
	{"A", "AUD"}, {"AU", "AUD"}, {"AUD", "AUD"}, {"aud", "AUD"},
	{"NZ", "NZD"}, {"NZD", "NZD"}, {"nzd", "NZD"},
	{"HK", "HKD"}, {"hk", "HKD"}, {"HKD", "HKD"}, {"hkd", "HKD"},
	{"S", "SGD"}, {"SG", "SGD"}, {"SGD", "SGD"}, {"sgd", "SGD"},
	{"R", "BRL"}, {"MX", "MXN"}, {"MXN", "MXN"}, {"mxn", "MXN"}, {"NT", "TWD"},
}

// notCurrencyCodes are ISO 4217 codes that are far more often something else
// next to a number in French news (AMD the chip maker, the COP 29 summit).
var notCurrencyCodes = "ALL AMD ANG BAM BOB COP CUP GEL LAK MOP PEN SOS TOP XXX XTS XAG XAU XPD XPT XDR"

// unitDef is a unit of measure: its name forms and its symbol.
type unitDef struct {
	names string // folded singular names; « metre carre » is a two-word name
	sym   string
}

var units = []unitDef{
	{"watt", "W"}, {"kilowatt", "kW"}, {"megawatt", "MW"}, {"gigawatt", "GW"}, {"terawatt", "TW"},
	{"watt-heure wattheure", "Wh"}, {"kilowatt-heure kilowattheure", "kWh"},
	{"megawatt-heure megawattheure", "MWh"}, {"gigawatt-heure gigawattheure", "GWh"},
	{"terawatt-heure terawattheure", "TWh"},
	{"watt-crete", "Wc"}, {"kilowatt-crete", "kWc"}, {"megawatt-crete", "MWc"}, {"gigawatt-crete", "GWc"},
	{"flop flops", "FLOPS"}, {"kiloflop kiloflops", "kFLOPS"}, {"megaflop megaflops", "MFLOPS"},
	{"gigaflop gigaflops", "GFLOPS"}, {"teraflop teraflops", "TFLOPS"}, {"petaflop petaflops", "PFLOPS"},
	{"exaflop exaflops", "EFLOPS"}, {"zettaflop zettaflops", "ZFLOPS"},
	{"octet", "o"}, {"kilooctet", "Ko"}, {"megaoctet", "Mo"}, {"gigaoctet", "Go"},
	{"teraoctet", "To"}, {"petaoctet", "Po"}, {"exaoctet", "Eo"},
	{"byte", "B"}, {"kilobyte", "KB"}, {"megabyte", "MB"}, {"gigabyte", "GB"}, {"terabyte", "TB"}, {"petabyte", "PB"},
	{"bit", "bit"}, {"kilobit", "kbit"}, {"megabit", "Mbit"}, {"gigabit", "Gbit"}, {"terabit", "Tbit"},
	{"hertz", "Hz"}, {"kilohertz", "kHz"}, {"megahertz", "MHz"}, {"gigahertz", "GHz"},
	{"nanometre", "nm"}, {"micrometre micron", "µm"}, {"millimetre", "mm"}, {"centimetre", "cm"},
	{"decimetre", "dm"}, {"metre", "m"}, {"decametre", "dam"}, {"hectometre", "hm"}, {"kilometre", "km"},
	{"metre carre", "m²"}, {"kilometre carre", "km²"}, {"centimetre carre", "cm²"},
	{"metre cube", "m³"}, {"pied carre", "ft²"}, {"pied cube", "ft³"},
	{"kilometre-heure kilometre/heure kilometre par heure kilometre a l'heure", "km/h"},
	{"mile", "mi"}, {"mile a l'heure mile par heure", "mph"}, {"pied", "ft"}, {"pouce", "in"}, {"yard", "yd"},
	{"mille nautique", "nmi"},
	{"hectare", "ha"}, {"acre", "ac"},
	{"litre", "L"}, {"millilitre", "mL"}, {"centilitre", "cL"}, {"decilitre", "dL"}, {"hectolitre", "hL"},
	{"gallon", "gal"}, {"baril", "bbl"},
	{"gramme", "g"}, {"milligramme", "mg"}, {"microgramme", "µg"}, {"kilogramme kilo", "kg"},
	{"tonne", "t"}, {"tonne metrique", "t"}, {"kilotonne", "kt"}, {"megatonne", "Mt"}, {"gigatonne", "Gt"},
	{"quintal", "q"}, {"once", "oz"},
	{"degre", "°"}, {"degre celsius", "°C"}, {"degre fahrenheit", "°F"}, {"celsius", "°C"},
	{"volt", "V"}, {"kilovolt", "kV"}, {"milliampere-heure", "mAh"},
	{"tasse", "tasse"}, {"cuillere a soupe", "c. à soupe"}, {"cuillere a cafe", "c. à café"},
	{"qubit", "qubit"},
}

// unitSymbols are unit symbols, matched case-sensitively as written.
var unitSymbols = []struct{ sym, norm string }{
	{"W", "W"}, {"kW", "kW"}, {"KW", "kW"}, {"MW", "MW"}, {"GW", "GW"}, {"TW", "TW"},
	{"Wh", "Wh"}, {"kWh", "kWh"}, {"KWh", "kWh"}, {"MWh", "MWh"}, {"GWh", "GWh"}, {"TWh", "TWh"},
	{"kWe", "kWe"}, {"MWe", "MWe"}, {"GWe", "GWe"}, {"MWth", "MWth"}, {"GWth", "GWth"},
	{"Wc", "Wc"}, {"kWc", "kWc"}, {"MWc", "MWc"}, {"GWc", "GWc"},
	{"FLOPS", "FLOPS"}, {"GFLOPS", "GFLOPS"}, {"TFLOPS", "TFLOPS"}, {"PFLOPS", "PFLOPS"}, {"EFLOPS", "EFLOPS"},
	{"Gflops", "GFLOPS"}, {"Tflops", "TFLOPS"}, {"Pflops", "PFLOPS"}, {"Eflops", "EFLOPS"},
	{"TFlops", "TFLOPS"}, {"PFlops", "PFLOPS"}, {"EFlops", "EFLOPS"}, {"TOPS", "TOPS"},
	{"Ko", "Ko"}, {"ko", "Ko"}, {"Mo", "Mo"}, {"Go", "Go"}, {"To", "To"}, {"Po", "Po"}, {"Eo", "Eo"},
	{"KB", "KB"}, {"kB", "KB"}, {"MB", "MB"}, {"GB", "GB"}, {"TB", "TB"}, {"PB", "PB"}, {"EB", "EB"},
	{"kb", "kbit"}, {"Kb", "kbit"}, {"Mb", "Mbit"}, {"Gb", "Gbit"}, {"Tb", "Tbit"},
	{"kbit", "kbit"}, {"Mbit", "Mbit"}, {"Gbit", "Gbit"}, {"Tbit", "Tbit"}, {"bits", "bit"}, {"bit", "bit"},
	{"kbps", "kbit/s"}, {"Kbps", "kbit/s"}, {"Mbps", "Mbit/s"}, {"Gbps", "Gbit/s"}, {"Tbps", "Tbit/s"},
	{"Hz", "Hz"}, {"kHz", "kHz"}, {"MHz", "MHz"}, {"GHz", "GHz"}, {"THz", "THz"},
	{"nm", "nm"}, {"µm", "µm"}, {"μm", "µm"}, {"mm", "mm"}, {"cm", "cm"}, {"dm", "dm"}, {"m", "m"},
	{"km", "km"}, {"Km", "km"}, {"KM", "km"}, {"mi", "mi"}, {"ft", "ft"}, {"yd", "yd"},
	{"m²", "m²"}, {"m2", "m²"}, {"km²", "km²"}, {"km2", "km²"}, {"cm²", "cm²"}, {"cm2", "cm²"},
	{"m³", "m³"}, {"m3", "m³"}, {"ha", "ha"},
	{"l", "L"}, {"L", "L"}, {"ml", "mL"}, {"mL", "mL"}, {"cl", "cL"}, {"cL", "cL"}, {"dl", "dL"}, {"dL", "dL"},
	{"hl", "hL"}, {"hL", "hL"}, {"gal", "gal"}, {"bbl", "bbl"}, {"Mbbl", "Mbbl"},
	{"mg", "mg"}, {"g", "g"}, {"kg", "kg"}, {"Kg", "kg"}, {"KG", "kg"}, {"t", "t"}, {"kt", "kt"}, {"Mt", "Mt"}, {"Gt", "Gt"},
	{"µg", "µg"}, {"μg", "µg"}, {"ug", "µg"}, {"oz", "oz"}, {"lb", "lb"}, {"lbs", "lb"},
	{"kV", "kV"}, {"mAh", "mAh"}, {"Ah", "Ah"}, {"rad", "rad"},
	{"MtCO2", "MtCO2"}, {"tCO2", "tCO2"}, {"GtCO2", "GtCO2"}, {"kgCO2", "kgCO2"},
	{"MtCO2e", "MtCO2e"}, {"tCO2e", "tCO2e"}, {"GtCO2e", "GtCO2e"}, {"kgCO2e", "kgCO2e"},
	{"teqCO2", "tCO2e"}, {"MteqCO2", "MtCO2e"}, {"ppm", "ppm"}, {"Mpx", "Mpx"},
	{"pt", "point"}, {"pts", "point"}, {"pb", "point de base"}, {"pdb", "point de base"},
}

// scaleSymbols are abbreviated scale words, matched case-sensitively.
// Letter scales (k, M, G, B) count only next to a currency (« 10 M€ »,
// « $5B »), since alone they are units or names.
var scaleSymbols = []struct {
	sym    string
	exp    int8
	letter bool
}{
	{"k", 3, true}, {"K", 3, true}, {"M", 6, true}, {"G", 9, true}, {"B", 9, true},
	{"Md", 9, false}, {"Mds", 9, false}, {"MD", 9, false}, {"MDS", 9, false}, {"md", 9, false},
	{"mds", 9, false}, {"Mrd", 9, false}, {"Mrds", 9, false}, {"mrd", 9, false}, {"mrds", 9, false},
	{"Mdr", 9, false}, {"Mdrs", 9, false}, {"Md.", 9, false}, {"Mrd.", 9, false}, {"bn", 9, false}, {"Bn", 9, false},
	{"Mio", 6, false}, {"mio", 6, false}, {"Mio.", 6, false}, {"Mn", 6, false}, {"Mln", 6, false}, {"mln", 6, false},
	{"Md€", 9, false},
}

// numberWords are the French number words, with their values. Both
// spellings (with hyphens everywhere or not) are handled by the parser,
// which splits hyphenated compounds.
var numberWords = []struct {
	w string
	v uint16
}{
	{"zero", 0}, {"un", 1}, {"une", 1}, {"deux", 2}, {"trois", 3}, {"quatre", 4}, {"cinq", 5},
	{"six", 6}, {"sept", 7}, {"huit", 8}, {"neuf", 9}, {"dix", 10}, {"onze", 11}, {"douze", 12},
	{"treize", 13}, {"quatorze", 14}, {"quinze", 15}, {"seize", 16}, {"vingt", 20}, {"vingts", 20},
	{"trente", 30}, {"quarante", 40}, {"cinquante", 50}, {"soixante", 60}, {"septante", 70},
	{"huitante", 80}, {"octante", 80}, {"nonante", 90}, {"cent", 100}, {"cents", 100}, {"mille", 1000},
}

var scaleWords = []struct {
	w string
	e int8
}{
	{"million", 6}, {"millions", 6}, {"milliard", 9}, {"milliards", 9}, {"billion", 12},
	{"billions", 12}, {"billiard", 15}, {"billiards", 15}, {"trillion", 12}, {"trillions", 12},
	{"crore", 7}, {"crores", 7}, {"lakh", 5}, {"lakhs", 5},
}

var nounScales = []struct {
	w string
	v uint16
}{
	{"dizaine", 10}, {"douzaine", 12}, {"quinzaine", 15}, {"vingtaine", 20}, {"trentaine", 30},
	{"quarantaine", 40}, {"cinquantaine", 50}, {"soixantaine", 60}, {"centaine", 100}, {"millier", 1000},
}

// Approx phrases: qualifiers written before a number.
type qualifier struct {
	words  []string // folded words
	approx Approx
}

var qualifierPhrases = []struct {
	phrases string // |-separated folded phrases
	approx  Approx
}{
	{"environ|quelque|pres de|pres d'|autour de|autour d'|de l' ordre de|de l' ordre d'|" +
		"aux alentours de|aux alentours d'|avoisinant|avoisinant les|approximativement|a peu pres|" +
		"presque|quasi|quasiment|pas loin de|pas loin d'|grosso modo|" +
		"aux environs de|aux environs d'|pres des|autour des|aux alentours des|aux environs des", About},
	{"plus de|plus d'|plus que|au-dela de|au-dela d'|au-dessus de|au-dessus d'|superieur a|" +
		"superieure a|superieurs a|superieures a|un peu plus de|un peu plus d'|bien plus de|" +
		"bien plus d'|largement plus de|nettement plus de|au-dela des|au-dessus des|+ de|+ d'", MoreThan},
	{"moins de|moins d'|moins que|en dessous de|en-dessous de|en dessous d'|en-dessous d'|" +
		"au-dessous de|au-dessous d'|inferieur a|inferieure a|inferieurs a|inferieures a|" +
		"un peu moins de|un peu moins d'|bien moins de|en dessous des|en-dessous des|au-dessous des", LessThan},
	{"au moins|au minimum|pas moins de|pas moins d'|minimum|un minimum de|un minimum d'|au bas mot", AtLeast},
	{"jusqu' a|jusqu' au|jusqu' aux|au maximum|au plus|tout au plus|pas plus de|pas plus d'|" +
		"maximum|un maximum de|un maximum d'|au grand maximum", AtMost},
	{"exactement|precisement|tout juste", Exact},
}

// moneyNouns are what a bare « 300 milliards de … » is counted in when it
// is money without a stated currency (folded, singular).
var moneyNouns = "investissement depense revenu recette benefice perte dette subvention " +
	"financement aide credit pret capitalisation valorisation fonds actif economie budget " +
	"commande vente levee dividende impot taxe salaire chiffre don prime profit deficit excedent " +
	"bonus amende indemnite cout frais achat acquisition rachat capital capitaux liquidite " +
	"tresorerie reserve provision gain paiement versement remboursement emprunt cash contrat " +
	"exportation importation echange transaction avoir epargne charge engagement subside " +
	"encaissement facture facturation ca marge resultat endettement dotation enveloppe " +
	"investissements recettes frais"

// countableAcronyms are upper-case nouns that are counted after a number
// (« 1 000 GPU »). Other all-caps words after a number are names.
var countableAcronyms = "GPU CPU TPU NPU DPU IPU APU QPU PME TPE ETI PC SMS ETF SUV VTC CDI CDD ASIC FPGA " +
	"SSD HDD LED OLED EPR SMR VE UAV IA"

// Closed-class words, by class. All folded.
const (
	funcWords = "le la les l' un une des du de d' au aux a en dans par pour sur sous avec sans " +
		"contre chez entre vers selon depuis pendant apres avant jusqu' jusque et ou mais donc or " +
		"ni car que qu' qui quoi dont comme si s' lors lorsque lorsqu' puisque puisqu' quand " +
		"tandis alors ainsi aussi encore deja toujours jamais souvent parfois bien tres trop peu " +
		"plus moins tant autant environ pres quasi presque seulement meme memes tout tous toute " +
		"toutes chaque chacun chacune aucun aucune certains certaines plusieurs quelques quelque " +
		"ce c' ca cela ceci cet cette ces celui celle celles ceux il elle ils elles on nous vous je " +
		"j' tu me m' te t' se lui leur leurs y ne n' pas non oui mon ma mes ton ta tes son " +
		"sa ses notre nos votre vos soit voire via hors outre parmi durant malgre sauf grace ici " +
		"la hier demain aujourd'hui aujourd puis ensuite enfin egalement notamment surtout " +
		"desormais actuellement recemment ailleurs afin face faute etc cf ex no numero nº " +
		"pourtant cependant toutefois neanmoins ensuite autrement seulement voici voila " +
		"x fois contre vs versus respectivement chacun soit-disant c'est-a-dire " +
		"est sont etait etaient sera seront serait seraient soient etre a ont avait avaient " +
		"aura auront aurait auraient avoir fait font faisait faisaient faire doit doivent devait " +
		"devaient devrait devraient peut peuvent pourrait pourraient pouvait va vont allait " +
		"iront irait reste restent represente representent representaient atteint atteignent " +
		"depasse depassent concerne concernent compte comptent constituent vient viennent " +
		"semble semblent devient deviennent sembleraient ont-ils sont-ils " +
		"e er ere eme re nd nde ieme iemes emes eres ers res ᵉ ᵉʳ ʳᵉ " +
		"tiers quart quarts moitie demie pourcentage pourcentages maximum minimum maximal " +
		"minimal environ pres"
	timeWords = "an ans annee annees mois semaine semaines jour jours journee journees heure " +
		"heures h min mn minute minutes seconde secondes s sec ms siecle siecles decennie " +
		"decennies trimestre trimestres semestre semestres week-end week-ends weekend nuit nuits " +
		"soir soirs soiree soirees matin matins matinee matinees apres-midi millenaire " +
		"millenaires fois reprise reprises temps quinquennat quinquennats exercice exercices saison saisons " +
		"janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre " +
		"janv fev fevr avr juil sept oct nov dec " +
		"lundi mardi mercredi jeudi vendredi samedi dimanche ete hiver printemps automne"
	adjWords = "premier premiers premiere premieres dernier derniers derniere dernieres prochain " +
		"prochains prochaine prochaines nouveau nouveaux nouvel nouvelle nouvelles grand grands " +
		"grande grandes petit petits petite petites gros grosse grosses autre autres principal " +
		"principaux principale principales meilleur meilleurs meilleure meilleures seul seuls " +
		"seule seules jeune jeunes vieux vieille vieilles ancien anciens ancienne anciennes futur " +
		"futurs future futures vrai vrais vraie vraies bon bons bonne bonnes beau beaux belle " +
		"belles hauts haute hautes plus moins tres premiers-nes"
	defDets   = "les des ces aux nos vos leurs mes tes ses"
	possWords = "ses leurs nos vos mes tes ces les"
	vagueDets = "des plusieurs quelques"
	yearCues  = "en depuis avant apres vers fin debut mi courant horizon annee annees exercice " +
		"printemps ete automne hiver ici jusqu'en an janvier fevrier mars avril mai juin " +
		"juillet aout septembre octobre novembre decembre d'ici"
	percentWords = "pourcent pourcents pour-cent pour-cents pourcentage pourcentages"
)

// Directions of a verb of change.
const (
	changePass = iota // passer, porter, ramener: « de X à Y » is from X to Y
	changeRise        // augmenter, grimper: « de X » is the size of the rise
	changeFall        // baisser, réduire: « de X » is the size of the fall
)

// changeStems are the beginnings of verbs that announce a change
// « de X à Y » (folded), with their direction.
var changeStems = []struct {
	stem string
	dir  int
}{
	{"pass", changePass}, {"ramen", changePass}, {"port", changePass}, {"revis", changePass},
	{"evolu", changePass}, {"chang", changePass}, {"revien", changePass}, {"reviendr", changePass},
	{"revenir", changePass}, {"fix", changePass}, {"ajust", changePass},
	{"grimp", changeRise}, {"progress", changeRise}, {"bond", changeRise}, {"mont", changeRise},
	{"gonfl", changeRise}, {"relev", changeRise}, {"hauss", changeRise}, {"envol", changeRise},
	{"augment", changeRise}, {"explos", changeRise}, {"doubl", changeRise}, {"tripl", changeRise},
	{"rehauss", changeRise}, {"croi", changeRise}, {"flamb", changeRise}, {"accru", changeRise},
	{"accroi", changeRise}, {"acceler", changeRise}, {"remont", changeRise},
	{"chut", changeFall}, {"baiss", changeFall}, {"recul", changeFall}, {"tomb", changeFall},
	{"diminu", changeFall}, {"redui", changeFall}, {"abaiss", changeFall}, {"plong", changeFall},
	{"degringol", changeFall}, {"fond", changeFall}, {"decroi", changeFall}, {"flech", changeFall},
	{"gliss", changeFall}, {"ralenti", changeFall}, {"retomb", changeFall}, {"perd", changeFall},
	{"rabot", changeFall}, {"sabr", changeFall}, {"amput", changeFall},
}

// notChangeWords start like a change verb but are nouns.
var notChangeWords = "montant montants portefeuille portefeuilles portable portables portail " +
	"porte-parole passage passages fonds fondateur fondateurs fondation fondations " +
	"portes porte portee portees"

type lexicon struct {
	words       map[string]int32 // folded word → index into entries
	entries     []entry
	units       map[string][]unitName  // folded first word (singular or plural) → names, longest first
	symbols     map[string]symbol      // case-sensitive symbols and abbreviations
	quals       []qualifier            // longest first
	qualsLast   map[string][]qualifier // quals by their last word, longest first
	anchorLen   [27 * 27]uint16        // by letter of the first two bytes: bit n set when an anchor word may have n bytes
	letter      [256]uint8             // index in the alphabet of an ASCII letter in either case (0 for a, A); 26 for other bytes
	runeKeys    *runeKeys              // for fold
	strongStart [27 * 27 * 27]bool     // by letter of the first three bytes (26 for none): a strongWord may start so
	signSecond  [256]bool              // the second bytes of the currency signs and of −: « and » (0xC2 0xAB, 0xBB) are not one
	money       map[string]bool
	acronyms    map[string]bool
	notCode     map[string]bool
	notChange   map[string]bool
	dollarMark  map[string]string
}

// unitName is one name of a unit, as folded singular words.
type unitName struct {
	words []string
	sym   string
}

// symbol is what the lexicon knows of a token matched as written.
type symbol struct {
	unit     string // a unit symbol, normalized
	scale    int8   // an abbreviated scale
	letter   bool   // a one-letter scale, valid only next to a currency
	currency string // a currency sign's code
}

var lex = sync.OnceValue(buildLexicon)

func buildLexicon() *lexicon {
	lx := &lexicon{
		words:      make(map[string]int32, 1024),
		units:      make(map[string][]unitName),
		symbols:    make(map[string]symbol, 256),
		money:      make(map[string]bool),
		acronyms:   make(map[string]bool),
		notCode:    make(map[string]bool),
		notChange:  make(map[string]bool),
		dollarMark: make(map[string]string),
	}
	at := func(w string) *entry {
		i, ok := lx.words[w]
		if !ok {
			i = int32(len(lx.entries))
			lx.entries = append(lx.entries, entry{})
			lx.words[w] = i
		}
		return &lx.entries[i]
	}
	for _, n := range numberWords {
		e := at(n.w)
		e.flags |= fNum
		e.num = n.v
	}
	at("un").flags |= fArticle
	at("une").flags |= fArticle
	at("demi").flags |= fHalf
	for _, s := range scaleWords {
		e := at(s.w)
		e.flags |= fScale
		e.scale = s.e
	}
	for _, s := range nounScales {
		for _, w := range []string{s.w, s.w + "s"} {
			e := at(w)
			e.flags |= fNounScale
			e.num = s.v
		}
	}
	for i, c := range currencies {
		for _, w := range strings.Fields(c.forms) {
			e := at(w)
			if c.sub != 0 {
				e.flags |= fSubunit
			} else {
				e.flags |= fCurrency
			}
			e.cur = int16(i + 1)
		}
	}
	for _, u := range units {
		for _, name := range splitNames(u.names) {
			ws := strings.Fields(name)
			for _, w := range []string{ws[0], plural(ws[0])} {
				at(w).flags |= fUnit
				lx.units[w] = append(lx.units[w], unitName{words: ws, sym: u.sym})
			}
		}
	}
	for _, names := range lx.units {
		sort.SliceStable(names, func(i, j int) bool { return len(names[i].words) > len(names[j].words) })
	}
	set := func(words string, f uint32) {
		for _, w := range strings.Fields(words) {
			at(w).flags |= f
		}
	}
	set(funcWords, fFunc)
	set(timeWords, fTime)
	set(adjWords, fAdj)
	set(defDets, fDefDet)
	set(possWords, fPoss)
	set(vagueDets, fVague)
	set(yearCues, fYearCue)
	set(percentWords, fPercent)
	for _, w := range strings.Fields(moneyNouns) {
		lx.money[w] = true
	}
	for _, w := range strings.Fields(countableAcronyms) {
		lx.acronyms[w] = true
	}
	for _, w := range strings.Fields(notCurrencyCodes) {
		lx.notCode[w] = true
	}
	for _, w := range strings.Fields(notChangeWords) {
		lx.notChange[w] = true
	}
	for _, m := range dollarMarks {
		lx.dollarMark[m.mark] = m.code
	}
	for _, q := range qualifierPhrases {
		for _, p := range strings.Split(q.phrases, "|") {
			ws := strings.Fields(p)
			lx.quals = append(lx.quals, qualifier{words: ws, approx: q.approx})
			at(ws[0]).flags |= fQualFirst
		}
	}
	sort.SliceStable(lx.quals, func(i, j int) bool { return len(lx.quals[i].words) > len(lx.quals[j].words) })
	for c := range lx.letter {
		lx.letter[c] = 26
		if l := c | 0x20; 'a' <= l && l <= 'z' {
			lx.letter[c] = uint8(l - 'a')
		}
	}
	lx.runeKeys = buildRuneKeys()
	for w, i := range lx.words {
		switch {
		case !lx.entries[i].has(strongWord):
		case len(w) == 2:
			lx.strongStart[(int(lx.letter[w[0]])*27+int(lx.letter[w[1]]))*27+26] = true
		case len(w) > 2:
			lx.strongStart[(int(lx.letter[w[0]])*27+int(lx.letter[w[1]]))*27+int(lx.letter[w[2]])] = true
		}
		// A one-byte word: a longer text with this key has a byte that is
		// not a letter, below.
	}
	for _, s := range currencySymbols {
		if len(s.sym) >= 2 {
			lx.signSecond[s.sym[1]] = true
		}
	}
	lx.signSecond["\u2212"[1]] = true // isSign
	for a := range 27 {
		for b := range 27 {
			for c := range 27 {
				if a == 26 || b == 26 || c == 26 {
					// A byte that is not an ASCII letter may fold to
					// anything, or to nothing.
					lx.strongStart[(a*27+b)*27+c] = true
				}
			}
		}
	}
	for _, w := range anchorWords {
		lx.anchorLen[int(w[0]-'a')*27+int(w[1]-'a')] |= 1 << len(w)
	}
	for b := range 27 {
		// Any word of 2 to 10 bytes that starts with z (« zéro », « Zéro »).
		lx.anchorLen[int('z'-'a')*27+b] |= 1<<11 - 1<<2
	}
	lx.qualsLast = make(map[string][]qualifier)
	for _, q := range lx.quals {
		last := q.words[len(q.words)-1]
		lx.qualsLast[last] = append(lx.qualsLast[last], q)
	}
	for _, s := range unitSymbols {
		lx.symbols[s.sym] = symbol{unit: s.norm}
	}
	for _, s := range scaleSymbols {
		lx.symbols[s.sym] = symbol{scale: s.exp, letter: s.letter}
	}
	for _, s := range currencySymbols {
		lx.symbols[s.sym] = symbol{currency: s.code}
	}
	return lx
}

// splitNames splits a unit's names: « kilometre-heure kilometre par heure »
// has two names, the second of three words. Names are separated by two
// spaces or, for one-word names, by one; a multi-word name is written with
// its words joined by single spaces and is the last in its string.
func splitNames(s string) []string {
	// Names made of several words are recognized by their connecting
	// words (carre, cube, a, par, metrique, celsius, fahrenheit, nautique,
	// soupe, cafe, l'heure, heure).
	fs := strings.Fields(s)
	var out []string
	for i := 0; i < len(fs); i++ {
		name := fs[i]
		for i+1 < len(fs) && isNameTail(fs[i+1]) {
			i++
			name += " " + fs[i]
		}
		out = append(out, name)
	}
	return out
}

func isNameTail(w string) bool {
	switch w {
	case "carre", "cube", "a", "par", "metrique", "celsius", "fahrenheit", "nautique", "soupe",
		"cafe", "l'heure", "heure":
		return true
	}
	return false
}

// plural returns the French plural of a folded unit word.
func plural(w string) string {
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") {
		return w
	}
	return w + "s"
}

// fold appends to dst the lookup key of s: normalize.AppendKey, the key
// every matcher of veille uses (lower case, accents removed, œ and æ
// spelled out, apostrophes as ' and hyphens as -). The words of French
// text are ASCII, Latin letters and typographic apostrophes: fold maps
// them through a table, rune by rune, and leaves anything else (white
// space, combining marks, other scripts) to normalize.AppendKey, from
// the start of s. TestFold checks that both agree.
func (lx *lexicon) fold(dst []byte, s string) []byte {
	start := len(dst)
	for i := 0; i < len(s); {
		c := s[i]
		var k runeKey
		switch {
		case c < utf8.RuneSelf:
			if c <= ' ' && asciiSpace>>c&1 != 0 {
				return normalize.AppendKey(dst[:start], s)
			}
			if c-'A' < 26 {
				c += 'a' - 'A'
			} else if c == '`' {
				c = '\''
			}
			dst = append(dst, c)
			i++
			continue
		case c >= 0xC2 && c <= 0xCB && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			// U+0080 to U+02FF.
			k = lx.runeKeys.latin[int(c&0x1F)<<6|int(s[i+1]&0x3F)-0x80]
		case c == 0xE2 && i+2 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x82 && s[i+2]&0xC0 == 0x80:
			// U+2000 to U+20BF: apostrophes, dashes, quotes.
			k = lx.runeKeys.punct[int(s[i+1]&0x3F)<<6|int(s[i+2]&0x3F)]
		}
		if !k.ok {
			return normalize.AppendKey(dst[:start], s)
		}
		dst = append(dst, k.key...)
		i += k.size
	}
	return dst
}

// runeKey is the key of a rune, which fold appends whatever comes before
// or after it (ok).
type runeKey struct {
	key  string
	size int // of the rune in UTF-8
	ok   bool
}

// runeKeys holds the keys of U+0080 to U+02FF (latin) and of U+2000 to
// U+20BF (punct), from normalize.Key.
type runeKeys struct{ latin, punct [0x280]runeKey }

// buildRuneKeys returns the keys of the runes of runeKeys. A rune whose
// key depends on what surrounds it (a space, which vanishes at either end
// of a key) is not ok.
func buildRuneKeys() (t *runeKeys) {
	t = new(runeKeys)
	keyOf := func(r rune) runeKey {
		s := string(r)
		k := normalize.Key(s)
		return runeKey{key: k, size: len(s), ok: normalize.Key("a"+s+"b") == "a"+k+"b"}
	}
	for r := rune(0x80); r < 0x300; r++ {
		t.latin[r-0x80] = keyOf(r)
	}
	for r := rune(0x2000); r < 0x20C0; r++ {
		t.punct[r-0x2000] = keyOf(r)
	}
	return t
}

// isFolded reports whether s is already its own key (lower-case ASCII
// letters, hyphen, apostrophe), so that it can be looked up without
// copying.
func isFolded(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' || c == '`' {
			return false
		}
	}
	return true
}
