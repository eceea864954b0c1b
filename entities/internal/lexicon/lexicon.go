// Package lexicon holds the compiled entity lexicon of package entities:
// names with their type, canonical name and id, given names, nationality
// adjectives, capitalized common words and the context trigger words. The
// reviewed sources are src/*.tsv (names) and triggers.tsv; the command
// ../cmd/genlexicon compiles them (go generate) into lexicon.tsv, which is
// embedded and decoded once, lazily, by Load.
package lexicon

import (
	"cmp"
	_ "embed"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed lexicon.tsv
var artifact string

// Version is the artifact format version that this package reads.
const Version = "1"

// Type is an entity type, numbered as entities.Type (PERSON = 1 … EVENT = 8).
type Type uint8

// The entity types, in the order of entities.Type.
const (
	Person Type = iota + 1
	Company
	Org
	Country
	Place
	Product
	Chip
	Event
)

var typeNames = [...]string{"", "PERSON", "COMPANY", "ORG", "COUNTRY", "PLACE", "PRODUCT", "CHIP", "EVENT"}

// ParseType returns the type named s, or 0 and false.
func ParseType(s string) (Type, bool) {
	for i, n := range typeNames {
		if i > 0 && n == s {
			return Type(i), true
		}
	}
	return 0, false
}

// String returns the contract name of t.
func (t Type) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return "?"
}

// Flags qualify a name entry.
type Flags uint8

const (
	// Ambiguous: the surface is also a common word, a given name or another
	// kind of name; a match alone is weak evidence.
	Ambiguous Flags = 1 << iota
	// Secondary: the less likely of several readings of the surface.
	Secondary
	// Lowercase: French also writes the name in lower case, as a common
	// noun (« le bitcoin », « l’ether »): a lower-case word matches it.
	Lowercase
	// Surname: the surname of a person of the lexicon, generated from the
	// full name (« Zuckerberg » for Mark Zuckerberg); always Ambiguous.
	Surname
)

// Entry is one reading of a name. Its strings share the memory of the
// Index it comes from.
type Entry struct {
	Surface   string // the name as the source writes it
	Canonical string // the canonical name; never empty
	ID        string // ISO 3166-1 alpha-2 code or Wikidata Q-id, or ""
	Type      Type
	Flags     Flags
}

// Trigger classes, as in triggers.tsv.
type Class uint8

// The trigger classes.
const (
	Before Class = iota + 1
	Title
	Verb
	Head
	Adj
	Suffix
	Particle
	Foreign
	Connector
	Portfolio
	During
	Prep
	Break
	Common
	Article
	Site
	Seat
	Tier
	Rank
	Naming
)

var classNames = [...]string{"", "before", "title", "verb", "head", "adj", "suffix", "particle", "foreign", "connector", "portfolio", "during", "prep", "break", "common", "article", "site", "seat", "tier", "rank", "naming"}

// Trigger is one reading of a trigger word.
type Trigger struct {
	Class Class
	Type  Type // the type it gives, or 0
	Type2 Type // for Title: the type of a « de X » complement, or 0
}

// Gender of a given name.
type Gender uint8

// The genders of firstnames.tsv.
const (
	Male Gender = iota + 1
	Female
	Either
)

// Index is the decoded lexicon. It is immutable and safe for concurrent
// use. All its lookups take keys made by normalize.Key (for multi-word
// names: the keys of the words joined by single spaces).
//
// The Index holds almost no pointers, so that the garbage collector, which
// marks the live heap at every cycle, does not walk it: its keys and
// strings are spans of one arena string (the artifact itself for Parse),
// and its tables are slices of pointer-free slots.
type Index struct {
	arena   string  // keys and strings are spans of it
	entries []entry // the readings of the names, grouped by key
	trigs   []Trigger
	// The tables, keyed by the Hash of the keys: a lookup by a key whose
	// Hash the caller has costs no string hashing.
	names  htab[group]      // name key → its readings in entries
	prefix htab[struct{}]   // the keys that, followed by a space, start a name key
	exact  htab[TriggerRef] // trigger word → its readings in trigs
	info   htab[wordInfo]   // stop words, given names, nationality adjectives
	lower  htab[struct{}]   // first-word keys of names written lower-case first
	// chips holds the first words of the multi-word chip names (« Nvidia
	// H100 », « Intel Xeon »).
	chips htab[struct{}]
	// Bit sets over Hash of the keys, for lookups that most words fail:
	// a clear bit proves the key absent without a table probe.
	trigBits, lowerBits, nameBits, prefixBits bits
	// infoBits holds the keys of stop words, given names and nationality
	// adjectives (see MaybeInfo).
	infoBits bits
	// MaxWords is the largest number of space-separated words in a name.
	MaxWords int
}

// span locates a string of the arena: arena[off : off+n].
type span struct{ off, n uint32 }

// group locates the readings of one name key in Index.entries.
type group struct{ off, n uint32 }

// entry is an Entry as an Index holds it, without pointers.
type entry struct {
	surface, canonical, id span
	typ                    Type
	flags                  Flags
}

// Entries lists the readings of a name. It is a view into an Index: it
// costs no allocation, and the strings of the Entry that At returns share
// the Index's memory. Type, Flags and Surface read one field without
// building the rest of an Entry. All of them panic if i is out of range,
// like a slice index. The zero Entries is empty.
type Entries struct {
	x *Index
	g group
}

// Len returns the number of readings.
func (es Entries) Len() int { return int(es.g.n) }

// entry returns the record of reading i.
func (es Entries) entry(i int) *entry {
	if uint(i) >= uint(es.g.n) {
		panic("lexicon: reading index out of range")
	}
	return &es.x.entries[int(es.g.off)+i]
}

// At returns reading i, 0 ≤ i < Len(); the default reading is first.
func (es Entries) At(i int) Entry {
	e := es.entry(i)
	return Entry{
		Surface:   es.x.str(e.surface),
		Canonical: es.x.str(e.canonical),
		ID:        es.x.str(e.id),
		Type:      e.typ,
		Flags:     e.flags,
	}
}

// Type returns the type of reading i: At(i).Type, without the strings.
func (es Entries) Type(i int) Type { return es.entry(i).typ }

// Flags returns the flags of reading i: At(i).Flags, without the strings.
func (es Entries) Flags(i int) Flags { return es.entry(i).flags }

// Surface returns At(i).Surface, without the other strings.
func (es Entries) Surface(i int) string { return es.x.str(es.entry(i).surface) }

// wordInfo is what the lexicon says of a word as a stop word, a given name
// and a nationality adjective.
type wordInfo struct {
	nat    span // the region code of a nationality adjective
	stop   StopKind
	gender Gender
}

func (x *Index) str(s span) string { return x.arena[s.off : s.off+s.n] }

// bits is a bit set indexed by the low bits of a Hash.
type bits [1 << 10]uint64 // 65 536 bits

func (b *bits) add(h uint64)      { h &= 1<<16 - 1; b[h>>6] |= 1 << (h & 63) }
func (b *bits) has(h uint64) bool { h &= 1<<16 - 1; return b[h>>6]&(1<<(h&63)) != 0 }

// Hash is the hash of a key that MaybeTrigger and MaybeLowerStart take:
// FNV-1a, never 0.
func Hash(key []byte) uint64 { return fnv(key) }

// fnv is Hash for a key held in a string or a byte slice.
func fnv[K string | []byte](key K) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(key); i++ {
		h ^= uint64(key[i])
		h *= 1099511628211
	}
	return h | 1
}

// MaybeTrigger reports whether a key whose Hash is h may be a trigger word;
// false means it is not.
func (x *Index) MaybeTrigger(h uint64) bool { return x.trigBits.has(h) }

// MaybeLowerStart reports whether a key whose Hash is h may start a name
// written lower-case first; false means it does not.
func (x *Index) MaybeLowerStart(h uint64) bool { return x.lowerBits.has(h) }

// MaybeInfo reports whether a key whose Hash is h may be a given name, a
// nationality adjective or a stop word; false means that FirstName,
// Nationality and Stopword all return zero for it.
func (x *Index) MaybeInfo(h uint64) bool { return x.infoBits.has(h) }

// Names returns the readings of the name whose key is key, default reading
// first; none if key is no name.
func (x *Index) Names(key string) Entries { return x.NamesBytes([]byte(key)) }

// NamesBytes is Names for a key held in a byte slice; it does not allocate.
func (x *Index) NamesBytes(key []byte) Entries { return x.NamesHash(Hash(key), key) }

// NamesHash is NamesBytes for a key whose Hash is h.
func (x *Index) NamesHash(h uint64, key []byte) Entries {
	if !x.nameBits.has(h) {
		return Entries{}
	}
	g, _ := x.names.get(x.arena, h, key)
	return Entries{x, g}
}

// IsPrefix reports whether key, followed by a space, starts a name key.
func (x *Index) IsPrefix(key []byte) bool { return x.IsPrefixHash(Hash(key), key) }

// IsPrefixHash is IsPrefix for a key whose Hash is h.
func (x *Index) IsPrefixHash(h uint64, key []byte) bool {
	if !x.prefixBits.has(h) {
		return false
	}
	_, ok := x.prefix.get(x.arena, h, key)
	return ok
}

// LowerStart reports whether key is the first word of a name that is
// written with a lower-case first letter (eBay, iPhone, mer Rouge): only
// such names can start at a lower-case word.
func (x *Index) LowerStart(key []byte) bool { return x.LowerStartHash(Hash(key), key) }

// LowerStartHash is LowerStart for a key whose Hash is h.
func (x *Index) LowerStartHash(h uint64, key []byte) bool {
	if !x.lowerBits.has(h) {
		return false
	}
	_, ok := x.lower.get(x.arena, h, key)
	return ok
}

// FirstName returns the gender of the given name whose key is key, or 0.
func (x *Index) FirstName(key []byte) Gender {
	_, g, _ := x.InfoHash(Hash(key), key)
	return g
}

// Nationality returns the region code of the nationality adjective whose
// key is key (« française » → FR), or "".
func (x *Index) Nationality(key []byte) string {
	in, _ := x.info.get(x.arena, Hash(key), key)
	return x.str(in.nat)
}

// InfoHash returns at once what Stopword, FirstName and Nationality say
// of key, whose Hash is h: its stop word category, its gender as a given
// name, and whether it is a nationality adjective with a region code.
func (x *Index) InfoHash(h uint64, key []byte) (StopKind, Gender, bool) {
	if !x.infoBits.has(h) {
		return 0, 0, false
	}
	in, _ := x.info.get(x.arena, h, key)
	return in.stop, in.gender, in.nat.n > 0
}

// StopKind is the category of a capitalized stop word (stopwords_caps.tsv).
type StopKind uint8

// The stop word categories.
const (
	StopOther    StopKind = iota + 1 // a category this package does not know
	StopFunction                     // Le, Il, Selon, Mais: function words
	StopLabel                        // Économie, Article: section labels
	StopEnglish                      // By, Share: English boilerplate
	StopTech                         // IA, Cloud: generic tech words
	StopMonth                        // Mars, Juin
	StopWeekday                      // Lundi
	StopRole                         // Président, Maire: roles and titles
	StopNoun                         // État, Sommet: nouns headlines capitalize
	StopUnit                         // Md, GWh, MHz: units and scale words after a number
)

var stopKinds = map[string]StopKind{
	"function": StopFunction, "label": StopLabel, "english": StopEnglish, "tech": StopTech,
	"month": StopMonth, "weekday": StopWeekday, "role": StopRole, "noun": StopNoun, "unit": StopUnit,
}

// Stopword returns the category of key if it is a capitalized common word
// (Économie, Article, Lundi) that is no name on its own, or 0.
func (x *Index) Stopword(key []byte) StopKind {
	s, _, _ := x.InfoHash(Hash(key), key)
	return s
}

// TriggerRef designates the readings of a trigger word in an Index: an
// offset and a count packed in 32 bits, 0 for none.
type TriggerRef uint32

// TriggerRef returns the readings of the trigger word whose key is key, in
// any of its inflected forms (« puces », « présidente », « baptisée »), as
// a reference for Readings; 0 if key is no trigger.
func (x *Index) TriggerRef(key []byte) TriggerRef { return x.TriggerRefHash(Hash(key), key) }

// TriggerRefHash is TriggerRef for a key whose Hash is h.
func (x *Index) TriggerRefHash(h uint64, key []byte) TriggerRef {
	r, _ := x.exact.get(x.arena, h, key)
	return r
}

// Readings returns the readings that r designates.
func (x *Index) Readings(r TriggerRef) []Trigger {
	if r == 0 {
		return nil
	}
	off, n := int(r>>8), int(r&0xff)
	return x.trigs[off : off+n : off+n]
}

// Triggers returns the readings of the trigger word whose key is key.
func (x *Index) Triggers(key []byte) []Trigger { return x.Readings(x.TriggerRef(key)) }

// MakesChips reports whether key is the first word of a multi-word chip
// name of the lexicon (« nvidia », « intel »): a brand that names chips.
func (x *Index) MakesChips(key []byte) bool { return x.MakesChipsHash(Hash(key), key) }

// MakesChipsHash is MakesChips for a key whose Hash is h.
func (x *Index) MakesChipsHash(h uint64, key []byte) bool {
	_, ok := x.chips.get(x.arena, h, key)
	return ok
}

// Load returns the embedded lexicon, decoding it on first use. It is safe
// for concurrent use; every call returns the same index (or error).
func Load() (*Index, error) { return load() }

var load = sync.OnceValues(func() (*Index, error) { return Parse(artifact) })

// ErrFormat reports an artifact that this package cannot read.
var ErrFormat = errors.New("lexicon: bad artifact")

// keyed is a record of the artifact and the span of its key, collected
// by Parse before it groups the records by key.
type keyed[V any] struct {
	key span
	v   V
}

// Parse decodes an artifact written by genlexicon. The Index keeps data
// as its arena.
func Parse(data string) (*Index, error) {
	head, _, _ := strings.Cut(data, "\n")
	if head != "veille-lexicon\t"+Version {
		return nil, fmt.Errorf("%w: header %q, want version %s", ErrFormat, head, Version)
	}
	if uint64(len(data)) >= 1<<32 {
		return nil, fmt.Errorf("%w: %d bytes is too long", ErrFormat, len(data))
	}
	x := &Index{arena: data}
	// Size the tables once, from the number of records of each kind.
	var count [128]int
	for rest := data; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if line != "" && line[0] < utf8.RuneSelf {
			count[line[0]]++
		}
	}
	x.names.reserve(count['N'])
	x.prefix.reserve(count['P'])
	x.info.reserve(count['F'] + count['A'] + count['S'])
	x.exact.reserve(count['T'])
	names := make([]keyed[entry], 0, count['N'])
	trigs := make([]keyed[Trigger], 0, count['T'])
	var cols [7]span
	for pos, lineNo := len(head)+1, 2; pos < len(data); lineNo++ {
		end := len(data)
		if i := strings.IndexByte(data[pos:], '\n'); i >= 0 {
			end = pos + i
		}
		line := data[pos:end]
		off := pos
		pos = end + 1
		if line == "" || line[0] == '#' {
			continue
		}
		// Split the line into at most len(cols) tab-separated columns
		// (what follows the last one is ignored).
		k := 0
		for k < len(cols) {
			i := strings.IndexByte(line, '\t')
			if i < 0 {
				cols[k] = span{uint32(off), uint32(len(line))}
				k++
				break
			}
			cols[k] = span{uint32(off), uint32(i)}
			k++
			line, off = line[i+1:], off+i+1
		}
		bad := func(why string) error {
			return fmt.Errorf("%w: line %d: %s", ErrFormat, lineNo, why)
		}
		if k < 2 {
			return nil, bad("too few columns")
		}
		key := x.str(cols[1])
		h := fnv(key)
		switch x.str(cols[0]) {
		case "N":
			if k != 7 {
				return nil, bad("want 7 columns")
			}
			t, ok := ParseType(x.str(cols[3]))
			if !ok {
				return nil, bad("unknown type " + x.str(cols[3]))
			}
			e := entry{surface: cols[2], canonical: cols[4], id: cols[5], typ: t}
			if e.canonical.n == 0 {
				e.canonical = e.surface
			}
			for f := range strings.SplitSeq(x.str(cols[6]), ",") {
				switch f {
				case "ambiguous":
					e.flags |= Ambiguous
				case "secondary":
					e.flags |= Secondary
				case "lowercase":
					e.flags |= Lowercase
				case "surname":
					e.flags |= Surname
				}
			}
			names = append(names, keyed[entry]{cols[1], e})
			x.nameBits.add(h)
			// The first word of the key, a prefix of its span.
			first := cols[1]
			if i := strings.IndexByte(key, ' '); i >= 0 {
				first.n = uint32(i)
			}
			if r, _ := utf8.DecodeRuneInString(x.str(e.surface)); unicode.IsLower(r) || e.flags&Lowercase != 0 {
				fh := fnv(x.str(first))
				x.lower.add(x.arena, fh, first)
				x.lowerBits.add(fh)
			}
			if first != cols[1] && t == Chip {
				x.chips.add(x.arena, fnv(x.str(first)), first)
			}
			if w := strings.Count(key, " ") + 1; w > x.MaxWords {
				x.MaxWords = w
			}
		case "P":
			x.prefix.add(x.arena, h, cols[1])
			x.prefixBits.add(h)
		case "F":
			if k != 3 {
				return nil, bad("want 3 columns")
			}
			g := Either
			switch x.str(cols[2]) {
			case "M":
				g = Male
			case "F":
				g = Female
			}
			x.info.add(x.arena, h, cols[1]).gender = g
			x.infoBits.add(h)
		case "A":
			if k != 3 {
				return nil, bad("want 3 columns")
			}
			x.info.add(x.arena, h, cols[1]).nat = cols[2]
			x.infoBits.add(h)
		case "S":
			kind := StopOther
			if k > 2 {
				if sk, ok := stopKinds[x.str(cols[2])]; ok {
					kind = sk
				}
			}
			x.info.add(x.arena, h, cols[1]).stop = kind
			x.infoBits.add(h)
		case "T":
			if k != 5 {
				return nil, bad("want 5 columns")
			}
			tr := Trigger{}
			for i, n := range classNames {
				if i > 0 && n == x.str(cols[2]) {
					tr.Class = Class(i)
				}
			}
			if tr.Class == 0 {
				return nil, bad("unknown class " + x.str(cols[2]))
			}
			tr.Type, _ = ParseType(x.str(cols[3]))
			tr.Type2, _ = ParseType(x.str(cols[4]))
			trigs = append(trigs, keyed[Trigger]{cols[1], tr})
			x.trigBits.add(h)
		default:
			return nil, bad("unknown record " + x.str(cols[0]))
		}
	}

	// The readings of a name key: default reading first, then by type,
	// then in the order of the artifact.
	x.addNames(names, func(a, b entry) int {
		return cmp.Or(cmp.Compare(a.flags&Secondary, b.flags&Secondary), cmp.Compare(a.typ, b.typ))
	})

	// Pack the trigger readings: one array, and per key an offset and a
	// count, without repeats. The keys are sorted so that the layout is
	// deterministic.
	byKey := func(a, b keyed[Trigger]) int {
		return cmp.Or(strings.Compare(x.str(a.key), x.str(b.key)), cmp.Compare(a.key.off, b.key.off))
	}
	if !slices.IsSortedFunc(trigs, byKey) {
		slices.SortFunc(trigs, byKey)
	}
	for i := 0; i < len(trigs); {
		off := len(x.trigs)
		j := i
		for ; j < len(trigs) && x.str(trigs[j].key) == x.str(trigs[i].key); j++ {
			if !slices.Contains(x.trigs[off:], trigs[j].v) {
				x.trigs = append(x.trigs, trigs[j].v)
			}
		}
		n := len(x.trigs) - off
		if n > 0xff || off >= 1<<24 {
			return nil, fmt.Errorf("%w: too many trigger readings", ErrFormat)
		}
		k := trigs[i].key
		*x.exact.add(x.arena, fnv(x.str(k)), k) = TriggerRef(off<<8 | n)
		i = j
	}
	return x, nil
}

// addNames adds the readings of names to x.names and x.entries, grouped
// by key; order orders the readings of a key (stably).
func (x *Index) addNames(names []keyed[entry], order func(a, b entry) int) {
	// The key offsets follow the order of the records: the last
	// criterion keeps the sort stable.
	byKey := func(a, b keyed[entry]) int {
		return cmp.Or(strings.Compare(x.str(a.key), x.str(b.key)), order(a.v, b.v), cmp.Compare(a.key.off, b.key.off))
	}
	if !slices.IsSortedFunc(names, byKey) {
		slices.SortFunc(names, byKey)
	}
	x.entries = make([]entry, len(names))
	for i := 0; i < len(names); {
		j := i + 1
		for j < len(names) && x.str(names[j].key) == x.str(names[i].key) {
			j++
		}
		for k := i; k < j; k++ {
			x.entries[k] = names[k].v
		}
		k := names[i].key
		*x.names.add(x.arena, fnv(x.str(k)), k) = group{uint32(i), uint32(j - i)}
		i = j
	}
}

// Extra returns an Index of the names es only, whose keys are keys (made
// by normalize.Key, keys[i] for es[i]): the readings of a key in the order
// given, and the prefixes of the keys, without trigger words, given names,
// nationality adjectives or stop words. It copies the strings into its
// arena. Extra panics if len(keys) != len(es) or the strings add up to 4 GB.
func Extra(keys []string, es []Entry) *Index {
	if len(keys) != len(es) {
		panic("lexicon.Extra: as many keys as entries")
	}
	var b strings.Builder
	put := func(s string) span {
		if uint64(b.Len())+uint64(len(s)) >= 1<<32 {
			panic("lexicon.Extra: names too long")
		}
		sp := span{uint32(b.Len()), uint32(len(s))}
		b.WriteString(s)
		return sp
	}
	names := make([]keyed[entry], len(es))
	for i, e := range es {
		names[i] = keyed[entry]{put(keys[i]), entry{
			surface: put(e.Surface), canonical: put(e.Canonical), id: put(e.ID),
			typ: e.Type, flags: e.Flags,
		}}
	}
	x := &Index{arena: b.String()}
	for _, n := range names {
		key := x.str(n.key)
		x.nameBits.add(fnv(key))
		for i := 0; i < len(key); i++ {
			if key[i] == ' ' {
				p := span{n.key.off, uint32(i)}
				h := fnv(key[:i])
				x.prefix.add(x.arena, h, p)
				x.prefixBits.add(h)
			}
		}
		x.MaxWords = max(x.MaxWords, strings.Count(key, " ")+1)
	}
	x.addNames(names, func(a, b entry) int { return 0 })
	return x
}

// htab is an open-addressing hash table keyed by the Hash of keys held in
// an arena string. Its slots hold no pointers (V holds none either), and
// a lookup whose hash the caller already has does not hash the key again.
type htab[V any] struct {
	slots []hslot[V]
	n     int  // the number of keys
	shift uint // 64 - log2(len(slots)): see start
}

// start returns the first slot of the probe sequence of h: the top bits
// of h times 2⁶⁴/φ (Fibonacci hashing), which spreads the FNV hashes of
// short keys better than their middle bits, whose runs of used slots
// are longer.
func (t *htab[V]) start(h uint64) uint64 { return (h * 0x9e3779b97f4a7c15) >> t.shift }

type hslot[V any] struct {
	h   uint64 // 0 for an empty slot (Hash is never 0)
	key span
	v   V
}

// get returns the value of key, whose Hash is h.
func (t *htab[V]) get(arena string, h uint64, key []byte) (V, bool) {
	if len(t.slots) > 0 {
		mask := uint64(len(t.slots) - 1)
		for i := t.start(h); t.slots[i].h != 0; i = (i + 1) & mask {
			if s := &t.slots[i]; s.h == h && arena[s.key.off:s.key.off+s.key.n] == string(key) {
				return s.v, true
			}
		}
	}
	var zero V
	return zero, false
}

// add returns the value of key, whose Hash is h, inserting key with a
// zero value first if t does not hold it.
func (t *htab[V]) add(arena string, h uint64, key span) *V {
	k := arena[key.off : key.off+key.n]
	if 2*(t.n+1) > len(t.slots) {
		t.reserve(t.n + 1)
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.start(h); t.slots[i].h != 0; i = (i + 1) & mask {
		if s := &t.slots[i]; s.h == h && arena[s.key.off:s.key.off+s.key.n] == k {
			return &s.v
		}
	}
	s := t.slot(h)
	s.h, s.key = h, key
	t.n++
	return &s.v
}

// reserve grows t, if needed, so that it holds n keys in at most half its
// slots, which keeps the probe sequences short.
func (t *htab[V]) reserve(n int) {
	size, shift := 16, uint(64-4)
	for size < 2*n {
		size, shift = size*2, shift-1
	}
	if size <= len(t.slots) {
		return
	}
	old := t.slots
	t.slots, t.shift = make([]hslot[V], size), shift
	for _, s := range old {
		if s.h != 0 {
			*t.slot(s.h) = s
		}
	}
}

// slot returns the first empty slot of the probe sequence of h.
func (t *htab[V]) slot(h uint64) *hslot[V] {
	mask := uint64(len(t.slots) - 1)
	i := t.start(h)
	for t.slots[i].h != 0 {
		i = (i + 1) & mask
	}
	return &t.slots[i]
}
