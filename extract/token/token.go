package token

import "strconv"

// Span is a half-open range [Start, End) of byte offsets into the original
// UTF-8 input, so that input[Start:End] is the text it covers.
type Span struct {
	Start, End int
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Text returns src[s.Start:s.End]. It returns "" when the span does not fit
// in src, so that it never panics.
func (s Span) Text(src string) string {
	if s.Start < 0 || s.End > len(src) || s.Start > s.End {
		return ""
	}
	return src[s.Start:s.End]
}

// Kind is the lexical class of a token.
type Kind uint8

// The token kinds.
const (
	// Word is a run of letters, marks and digits that starts with a letter
	// (Nvidia, H100, CUBO_ai), possibly hyphenated (Royaume-Uni), or an
	// elided article or pronoun (l', qu'), or an abbreviation with its dot
	// (M., etc.).
	Word Kind = iota + 1
	// Number is a run of digits in a French written form: 1,4 · 18 000
	// (with U+0020, U+00A0, U+202F or U+2009 between groups of three) ·
	// 5.750 · 1'000. Its value is for package amounts to read.
	Number
	// Punct is punctuation: . , ; : ! ? … • ( ) [ ] « » “ ” " and dashes.
	Punct
	// Symbol is any other visible character: currency signs, %, °, &, +...
	Symbol
	// URL is a web address (https://…, www.…, or a bare domain such as
	// exemple.fr).
	URL
	// Email is an e-mail address.
	Email
	// Handle is a social-network handle such as @Nvidia.
	Handle
	// Hashtag is a tag such as #IA.
	Hashtag
)

var kindNames = [...]string{
	Word:    "Word",
	Number:  "Number",
	Punct:   "Punct",
	Symbol:  "Symbol",
	URL:     "URL",
	Email:   "Email",
	Handle:  "Handle",
	Hashtag: "Hashtag",
}

// String returns the name of the kind, such as "Word".
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Flags describe a token's shape and position. They are set by Tokenize,
// except SentenceStart, which Segment sets.
type Flags uint16

// The token flags.
const (
	// Capitalized: the first letter is upper case (Nvidia, IA, Économie).
	Capitalized Flags = 1 << iota
	// AllCaps: two or more letters, all upper case (FMI, ONBTC, UK).
	AllCaps
	// HasDigit: the token contains a digit (H100, GB200, France2).
	HasDigit
	// Hyphenated: a word with an inner hyphen (Royaume-Uni, start-up).
	Hyphenated
	// Elided: an elided article or pronoun whose span ends with its
	// apostrophe (l', d', qu', jusqu').
	Elided
	// Abbrev: an abbreviation whose span includes its final dot (M., Mme,
	// etc., n°), or an initial (J.).
	Abbrev
	// Quote: a quotation mark (« » “ ” " ‹ › and a quoting apostrophe).
	Quote
	// LineStart: the first token of a line.
	LineStart
	// SpaceBefore: the token is preceded by white space (or starts the text).
	SpaceBefore
	// SentenceStart: the first token of a sentence. Set by Segment.
	SentenceStart
	// Inverted: the pronoun part of a verb-pronoun inversion (-t-il in
	// a-t-il, -il in dit-il).
	Inverted
	// Lower: the token has a letter and its first letter is lower case.
	Lower
)

// Token is one token of the input. It holds no text: use Span.Text with the
// input to read it.
type Token struct {
	Span
	Kind  Kind
	Flags Flags
}

// Is reports whether all the flags f are set on t.
func (t Token) Is(f Flags) bool { return t.Flags&f == f }

// Sentence is a sentence of the input: its span and the tokens it holds,
// as the half-open index range [First, Last) into the token slice it was
// built from.
type Sentence struct {
	Span
	First, Last int
}

var flagNames = [...]string{
	"Capitalized", "AllCaps", "HasDigit", "Hyphenated", "Elided", "Abbrev",
	"Quote", "LineStart", "SpaceBefore", "SentenceStart", "Inverted", "Lower",
}

// String returns the names of the flags set in f joined by "|", such as
// "Capitalized|AllCaps", or "0" if none is set.
func (f Flags) String() string {
	if f == 0 {
		return "0"
	}
	var b []byte
	for i, name := range flagNames {
		if f&(1<<i) != 0 {
			if b != nil {
				b = append(b, '|')
			}
			b = append(b, name...)
			f &^= 1 << i
		}
	}
	if f != 0 {
		if b != nil {
			b = append(b, '|')
		}
		b = append(b, "0x"...)
		b = strconv.AppendUint(b, uint64(f), 16)
	}
	return string(b)
}
