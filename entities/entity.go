package entities

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/veille-nlp/veille/extract/token"
)

// Type is the type of a named entity.
type Type uint8

// The entity types of the output contract (see ANNOTATION.md).
const (
	// Person is a person: Emmanuel Macron, Jensen Huang, Macron.
	Person Type = iota + 1
	// Company is a firm, start-up, fund, bank, media company or outlet.
	Company
	// Org is a public body, agency, international institution, union,
	// alliance or council.
	Org
	// Country is a sovereign state.
	Country
	// Place is a city, region, continent or other geographic place.
	Place
	// Product is a named product, service, software, AI model, platform,
	// crypto-asset or named project.
	Product
	// Chip is a named processor, GPU, accelerator or chip family.
	Chip
	// Event is a named event.
	Event
)

var typeNames = [...]string{
	Person:  "PERSON",
	Company: "COMPANY",
	Org:     "ORG",
	Country: "COUNTRY",
	Place:   "PLACE",
	Product: "PRODUCT",
	Chip:    "CHIP",
	Event:   "EVENT",
}

// String returns the contract name of the type: PERSON, COMPANY, ORG,
// COUNTRY, PLACE, PRODUCT, CHIP or EVENT.
func (t Type) String() string {
	if int(t) < len(typeNames) && typeNames[t] != "" {
		return typeNames[t]
	}
	return "Type(" + strconv.Itoa(int(t)) + ")"
}

// MarshalText implements encoding.TextMarshaler with the contract name.
func (t Type) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// ParseType returns the type named s (PERSON, COMPANY...), or false.
func ParseType(s string) (Type, bool) {
	for t, name := range typeNames {
		if name != "" && name == s {
			return Type(t), true
		}
	}
	return 0, false
}

// Entity is a mention of a named entity in a text.
type Entity struct {
	token.Span
	// Text is the mention as written: the input's bytes at Span.
	Text string `json:"text"`
	Type Type   `json:"type"`
	// ID is a stable identifier: the ISO 3166-1 alpha-2 code of a country,
	// or a Wikidata Q-id where a source vouches for it; empty if unknown.
	ID string `json:"id,omitempty"`
	// Canonical is the entity's normalized full name (Royaume-Uni for UK,
	// Mistral AI for Mistral).
	Canonical string `json:"canonical,omitempty"`
}

// UnmarshalText implements encoding.TextUnmarshaler with the contract name.
func (t *Type) UnmarshalText(b []byte) error {
	v, ok := ParseType(string(b))
	if !ok {
		return fmt.Errorf("entities: unknown type %q", b)
	}
	*t = v
	return nil
}

// entityJSON is the contract's JSON shape of an entity.
type entityJSON struct {
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Type      Type   `json:"type"`
	ID        string `json:"id,omitempty"`
	Canonical string `json:"canonical,omitempty"`
}

// MarshalJSON writes the entity as the output contract says: text, start,
// end (byte offsets), type, and id and canonical when known.
func (e Entity) MarshalJSON() ([]byte, error) {
	return json.Marshal(entityJSON{e.Text, e.Start, e.End, e.Type, e.ID, e.Canonical})
}

// UnmarshalJSON reads the contract's JSON form of an entity.
func (e *Entity) UnmarshalJSON(b []byte) error {
	var j entityJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*e = Entity{Span: token.Span{Start: j.Start, End: j.End}, Text: j.Text, Type: j.Type, ID: j.ID, Canonical: j.Canonical}
	return nil
}
