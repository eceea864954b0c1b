// Package lexicon holds the compiled entity lexicon of package entities:
// names with their type, canonical name and id, given names, nationality
// adjectives, capitalized common words and the context trigger words. The
// reviewed sources are src/*.tsv (names) and triggers.tsv; the command
// ../cmd/genlexicon compiles them (go generate) into lexicon.tsv, which is
// embedded and decoded once, lazily, by Load.
package lexicon

import (
	_ "embed"
	"errors"
	"fmt"
	"maps"
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
)

// Entry is one reading of a name.
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
)

var classNames = [...]string{"", "before", "title", "verb", "head", "adj", "suffix", "particle", "foreign", "connector", "portfolio", "during", "prep", "break", "common", "article", "site", "seat", "tier", "rank"}

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
type Index struct {
	names  map[string][]Entry
	prefix map[string]struct{}
	first  map[string]Gender
	nat    map[string]string
	stop   map[string]StopKind
	exact  map[string]TriggerRef
	trigs  []Trigger           // the readings that TriggerRefs point into
	lower  map[string]struct{} // first-word keys of names written lower-case first
	// chipMakers holds the first words of the multi-word chip names
	// (« Nvidia H100 », « Intel Xeon »).
	chipMakers map[string]struct{}
	// Bit sets over Hash of the keys, for lookups that most words fail:
	// a clear bit proves the key absent without hashing a map key.
	trigBits, lowerBits, nameBits, prefixBits bits
	// infoBits holds the keys of stop words, given names and nationality
	// adjectives (see MaybeInfo).
	infoBits bits
	// Hash-keyed copies of names, prefix and exact: a lookup by a key
	// whose Hash the caller has costs no string hashing.
	namesTab  htab[[]Entry]
	prefixTab htab[struct{}]
	exactTab  htab[TriggerRef]
	// MaxWords is the largest number of space-separated words in a name.
	MaxWords int
}

// bits is a bit set indexed by the low bits of a Hash.
type bits [1 << 10]uint64 // 65 536 bits

func (b *bits) add(h uint64)      { h &= 1<<16 - 1; b[h>>6] |= 1 << (h & 63) }
func (b *bits) has(h uint64) bool { h &= 1<<16 - 1; return b[h>>6]&(1<<(h&63)) != 0 }

// Hash is the hash of a key that MaybeTrigger and MaybeLowerStart take:
// FNV-1a, never 0.
func Hash(key []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range key {
		h ^= uint64(c)
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
// first, or nil.
func (x *Index) Names(key string) []Entry { return x.names[key] }

// NamesBytes is Names for a key held in a byte slice; it does not allocate.
func (x *Index) NamesBytes(key []byte) []Entry { return x.NamesHash(Hash(key), key) }

// NamesHash is NamesBytes for a key whose Hash is h.
func (x *Index) NamesHash(h uint64, key []byte) []Entry {
	if !x.nameBits.has(h) {
		return nil
	}
	v, _ := x.namesTab.get(h, key)
	return v
}

// IsPrefix reports whether key, followed by a space, starts a name key.
func (x *Index) IsPrefix(key []byte) bool { return x.IsPrefixHash(Hash(key), key) }

// IsPrefixHash is IsPrefix for a key whose Hash is h.
func (x *Index) IsPrefixHash(h uint64, key []byte) bool {
	if !x.prefixBits.has(h) {
		return false
	}
	_, ok := x.prefixTab.get(h, key)
	return ok
}

// LowerStart reports whether key is the first word of a name that is
// written with a lower-case first letter (eBay, iPhone, mer Rouge): only
// such names can start at a lower-case word.
func (x *Index) LowerStart(key []byte) bool {
	_, ok := x.lower[string(key)]
	return ok
}

// FirstName returns the gender of the given name whose key is key, or 0.
func (x *Index) FirstName(key []byte) Gender { return x.first[string(key)] }

// Nationality returns the region code of the nationality adjective whose
// key is key (« française » → FR), or "".
func (x *Index) Nationality(key []byte) string { return x.nat[string(key)] }

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
func (x *Index) Stopword(key []byte) StopKind { return x.stop[string(key)] }

// TriggerRef designates the readings of a trigger word in an Index: an
// offset and a count packed in 32 bits, 0 for none.
type TriggerRef uint32

// TriggerRef returns the readings of the trigger word whose key is key, in
// any of its inflected forms (« puces », « présidente », « baptisée »), as
// a reference for Readings; 0 if key is no trigger.
func (x *Index) TriggerRef(key []byte) TriggerRef { return x.TriggerRefHash(Hash(key), key) }

// TriggerRefHash is TriggerRef for a key whose Hash is h.
func (x *Index) TriggerRefHash(h uint64, key []byte) TriggerRef {
	r, _ := x.exactTab.get(h, key)
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

// Load returns the embedded lexicon, decoding it on first use. It is safe
// for concurrent use; every call returns the same index (or error).
func Load() (*Index, error) { return load() }

var load = sync.OnceValues(func() (*Index, error) { return Parse(artifact) })

// ErrFormat reports an artifact that this package cannot read.
var ErrFormat = errors.New("lexicon: bad artifact")

// Parse decodes an artifact written by genlexicon.
func Parse(data string) (*Index, error) {
	head, rest, _ := strings.Cut(data, "\n")
	if head != "veille-lexicon\t"+Version {
		return nil, fmt.Errorf("%w: header %q, want version %s", ErrFormat, head, Version)
	}
	n := strings.Count(rest, "\n")
	x := &Index{
		names:      make(map[string][]Entry, n/2),
		prefix:     map[string]struct{}{},
		first:      map[string]Gender{},
		nat:        map[string]string{},
		stop:       map[string]StopKind{},
		exact:      map[string]TriggerRef{},
		lower:      map[string]struct{}{},
		chipMakers: map[string]struct{}{},
	}
	var cols [7]string
	byKey := map[string][]Trigger{}
	for lineNo := 2; rest != ""; lineNo++ {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		k := 0
		for k < len(cols) {
			var c string
			var more bool
			c, line, more = strings.Cut(line, "\t")
			cols[k] = c
			k++
			if !more {
				break
			}
		}
		bad := func(why string) error {
			return fmt.Errorf("%w: line %d: %s", ErrFormat, lineNo, why)
		}
		if k < 2 {
			return nil, bad("too few columns")
		}
		key := cols[1]
		switch cols[0] {
		case "N":
			if k != 7 {
				return nil, bad("want 7 columns")
			}
			t, ok := ParseType(cols[3])
			if !ok {
				return nil, bad("unknown type " + cols[3])
			}
			e := Entry{Surface: cols[2], Canonical: cols[4], ID: cols[5], Type: t}
			if e.Canonical == "" {
				e.Canonical = e.Surface
			}
			for _, f := range strings.Split(cols[6], ",") {
				switch f {
				case "ambiguous":
					e.Flags |= Ambiguous
				case "secondary":
					e.Flags |= Secondary
				case "lowercase":
					e.Flags |= Lowercase
				}
			}
			es := append(x.names[key], e)
			// Default reading first, then by type: deterministic.
			for i := len(es) - 1; i > 0 && less(es[i], es[i-1]); i-- {
				es[i], es[i-1] = es[i-1], es[i]
			}
			x.names[key] = es
			x.nameBits.add(Hash([]byte(key)))
			if r, _ := utf8.DecodeRuneInString(e.Surface); unicode.IsLower(r) || e.Flags&Lowercase != 0 {
				first, _, _ := strings.Cut(key, " ")
				x.lower[first] = struct{}{}
				x.lowerBits.add(Hash([]byte(first)))
			}
			if first, _, ok := strings.Cut(key, " "); ok && t == Chip {
				x.chipMakers[first] = struct{}{}
			}
			if w := strings.Count(key, " ") + 1; w > x.MaxWords {
				x.MaxWords = w
			}
		case "P":
			x.prefix[key] = struct{}{}
			x.prefixBits.add(Hash([]byte(key)))
		case "F":
			if k != 3 {
				return nil, bad("want 3 columns")
			}
			g := Either
			switch cols[2] {
			case "M":
				g = Male
			case "F":
				g = Female
			}
			x.first[key] = g
			x.infoBits.add(Hash([]byte(key)))
		case "A":
			if k != 3 {
				return nil, bad("want 3 columns")
			}
			x.nat[key] = cols[2]
			x.infoBits.add(Hash([]byte(key)))
		case "S":
			kind := StopOther
			if k > 2 {
				if sk, ok := stopKinds[cols[2]]; ok {
					kind = sk
				}
			}
			x.stop[key] = kind
			x.infoBits.add(Hash([]byte(key)))
		case "T":
			if k != 5 {
				return nil, bad("want 5 columns")
			}
			tr := Trigger{}
			for i, n := range classNames {
				if i > 0 && n == cols[2] {
					tr.Class = Class(i)
				}
			}
			if tr.Class == 0 {
				return nil, bad("unknown class " + cols[2])
			}
			tr.Type, _ = ParseType(cols[3])
			tr.Type2, _ = ParseType(cols[4])
			byKey[key] = append(byKey[key], tr)
			x.trigBits.add(Hash([]byte(key)))
		default:
			return nil, bad("unknown record " + cols[0])
		}
	}
	// Pack the trigger readings: one array, and per key an offset and a
	// count. The keys are sorted so that the layout is deterministic.
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		var rs []Trigger
		for _, tr := range byKey[k] {
			if !slices.Contains(rs, tr) {
				rs = append(rs, tr)
			}
		}
		if len(rs) > 0xff || len(x.trigs) >= 1<<24 {
			return nil, fmt.Errorf("%w: too many trigger readings", ErrFormat)
		}
		x.exact[k] = TriggerRef(len(x.trigs)<<8 | len(rs))
		x.trigs = append(x.trigs, rs...)
	}
	x.namesTab.build(x.names)
	x.prefixTab.build(x.prefix)
	x.exactTab.build(x.exact)
	return x, nil
}

// htab is an open-addressing hash table keyed by the Hash of string keys:
// read-only once built, it answers lookups whose hash the caller already
// has without hashing the key again.
type htab[V any] struct{ slots []hslot[V] }

type hslot[V any] struct {
	h   uint64 // 0 for an empty slot (Hash is never 0)
	key string
	v   V
}

// build fills t with the entries of m.
func (t *htab[V]) build(m map[string]V) {
	size := 16
	for size < 2*len(m) {
		size <<= 1
	}
	t.slots = make([]hslot[V], size)
	mask := uint64(size - 1)
	for _, k := range slices.Sorted(maps.Keys(m)) {
		v := m[k]
		h := Hash([]byte(k))
		i := (h >> 16) & mask
		for t.slots[i].h != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = hslot[V]{h, k, v}
	}
}

// get returns the value of key, whose Hash is h.
func (t *htab[V]) get(h uint64, key []byte) (V, bool) {
	if len(t.slots) > 0 {
		mask := uint64(len(t.slots) - 1)
		for i := (h >> 16) & mask; t.slots[i].h != 0; i = (i + 1) & mask {
			if s := &t.slots[i]; s.h == h && s.key == string(key) {
				return s.v, true
			}
		}
	}
	var zero V
	return zero, false
}

// less orders the readings of one key: default before secondary, then by
// type.
func less(a, b Entry) bool {
	if (a.Flags & Secondary) != (b.Flags & Secondary) {
		return a.Flags&Secondary == 0
	}
	return a.Type < b.Type
}

// MakesChips reports whether key is the first word of a multi-word chip
// name of the lexicon (« nvidia », « intel »): a brand that names chips.
func (x *Index) MakesChips(key []byte) bool {
	_, ok := x.chipMakers[string(key)]
	return ok
}
