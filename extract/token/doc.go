// Package token splits French news text into tokens and sentences, with
// byte offsets into the original input.
//
// # Tokens
//
// [Tokenize] scans the input once, left to right, classifying runes without
// rewriting the text (as go/scanner does), and returns a [Token] per word,
// number, punctuation mark or symbol. The rules are made for French:
//
//   - An elided article, pronoun or conjunction is its own token, and its
//     span ends with the apostrophe (' ’ or ʼ): « l’IA » is l’ + IA, with
//     the flag [Elided]; so are d' j' m' n' s' t' c' qu' jusqu' lorsqu'
//     puisqu' quoiqu' presqu', in any case. Words whose apostrophe is not
//     an elision stay whole: aujourd’hui, main-d’œuvre, O’Brien, quelqu’un.
//   - Hyphenated words stay whole (Royaume-Uni, Saint-Étienne, start-up,
//     Covid-19, GPT-4o, flag [Hyphenated]), but a verb-pronoun inversion is
//     split: « a-t-il » is a + -t-il, « dit-elle » is dit + -elle, the
//     pronoun part with the flag [Inverted].
//   - A number in a French written form is one [Number]: 1,4 · 18 000
//     (with U+0020, U+00A0, U+202F or U+2009 between groups of three) ·
//     5.750 · 1'000. A unit glued to a number is a separate word (1GW is 1 +
//     GW, 14h30 is 14 + h + 30), and so are signs, % and currency signs.
//   - URLs (with a scheme, www., or a bare domain such as lemonde.fr),
//     e-mail addresses, @handles and #hashtags are single tokens.
//   - Abbreviations keep their dot (M., Dr., etc., p., n°) and carry the
//     flag [Abbrev], as do initials (J. R. R. Tolkien, J.-C.).
//   - « » “ ” " are [Punct] tokens with the flag [Quote]; … and • are
//     punctuation.
//
// Flags describe the shape of each token (Capitalized, AllCaps, HasDigit,
// Lower) and its position (SpaceBefore, LineStart), so that taggers need
// not look at the text again.
//
// # Offsets
//
// Every [Span] is a half-open range of byte offsets into the string given
// to Tokenize, so that src[t.Start:t.End] (or t.Text(src)) is the token's
// text, byte for byte: typographic apostrophes, non-breaking spaces and
// decomposed accents are kept as they are. Tokens are sorted and never
// overlap. White space, control characters, invalid UTF-8 and stray
// combining marks or joiners separate tokens and are never inside one, so
// every token is valid UTF-8; the only white space inside a token is the
// group separator of a Number.
//
// # Sentences
//
// [Segment] groups the tokens into [Sentence] values and sets the
// [SentenceStart] flag. It is a set of rules for French news (final
// punctuation followed by something that starts a sentence, closing quotes
// kept with their sentence, titles and bullet lines ended by line breaks,
// abbreviations and initials that end nothing). On the gold boundaries of
// testdata/sentences it scores well above the French Punkt model of
// gopkg.in/neurosnap/sentences, which is why it is used instead.
//
// # Concurrency
//
// Tokenize and Append are pure functions of their input: they keep no
// state between calls and are safe for concurrent use. Segment writes only
// to the token slice it is given.
//
// # Performance
//
// Tokenize allocates once, for its result, which it sizes exactly up to
// about 256 KB of text (it scans into a pooled buffer, then copies the
// tokens out); [Append] into a buffer with room allocates nothing. Both run
// in time linear in the input.
package token
