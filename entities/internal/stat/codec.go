package stat

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"slices"
)

// magic starts every encoded model; the byte after it is the format
// version.
const (
	magic   = "veille/stat\x00"
	version = 1
)

// ErrFormat is wrapped by the errors of Decode for a malformed model.
var ErrFormat = errors.New("stat: malformed model")

// keys returns the keys of t in row order.
func (t *table) keysByRow() []uint64 {
	out := make([]uint64, t.n)
	for s, k := range t.keys {
		if k != 0 {
			out[t.rows[s]] = k
		}
	}
	return out
}

// MarshalBinary encodes the model: magic and version, the type names, the
// feature keys in increasing order (delta-coded varints), each followed by
// a bit mask of its non-zero weights and those weights as little-endian
// float32, the lower-case word keys, and a CRC-32 of everything before
// it. Equal models encode to equal bytes.
func (m *Model) MarshalBinary() ([]byte, error) {
	b := []byte(magic)
	b = append(b, version)
	b = binary.AppendUvarint(b, uint64(len(m.types)))
	for _, t := range m.types {
		b = binary.AppendUvarint(b, uint64(len(t)))
		b = append(b, t...)
	}
	keys := m.feats.keysByRow()
	if !slices.IsSorted(keys) {
		// Rows are assigned in key order by Train and Decode; anything
		// else is a bug.
		return nil, errors.New("stat: feature rows not in key order")
	}
	b = binary.AppendUvarint(b, uint64(len(keys)))
	var prev uint64
	nl := m.nlab
	for r, k := range keys {
		b = binary.AppendUvarint(b, k-prev)
		prev = k
		row := m.w[r*nl : r*nl+nl]
		var mask uint64
		for l, v := range row {
			if v != 0 {
				mask |= 1 << l
			}
		}
		b = binary.AppendUvarint(b, mask)
		for _, v := range row {
			if v != 0 {
				b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
			}
		}
	}
	lk := m.lower.keysByRow()
	b = binary.AppendUvarint(b, uint64(len(lk)))
	prev = 0
	for _, k := range lk {
		b = binary.AppendUvarint(b, k-prev)
		prev = k
	}
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b)), nil
}

type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint(what string) uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = fmt.Errorf("%w: bad %s", ErrFormat, what)
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) bytes(n uint64, what string) []byte {
	if r.err != nil {
		return nil
	}
	if n > uint64(len(r.b)) {
		r.err = fmt.Errorf("%w: truncated %s", ErrFormat, what)
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

// count reads a count and checks that at least min bytes per item remain.
func (r *reader) count(what string, min int) int {
	n := r.uvarint(what)
	if r.err == nil && n > uint64(len(r.b)/min) {
		r.err = fmt.Errorf("%w: %s count %d too large", ErrFormat, what, n)
		return 0
	}
	return int(n)
}

// keys reads n strictly increasing delta-coded non-zero keys.
func (r *reader) key(prev uint64, first bool, what string) uint64 {
	d := r.uvarint(what)
	if r.err == nil && (d == 0 && !first || prev+d < prev || prev+d == 0) {
		r.err = fmt.Errorf("%w: %s keys not increasing", ErrFormat, what)
	}
	return prev + d
}

// Decode decodes a model encoded by MarshalBinary. It checks the format
// and the checksum and never panics on bad input.
func Decode(data []byte) (*Model, error) {
	if len(data) < len(magic)+1+4 || string(data[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: bad magic", ErrFormat)
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, fmt.Errorf("%w: checksum mismatch", ErrFormat)
	}
	if v := body[len(magic)]; v != version {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrFormat, v, version)
	}
	r := &reader{b: body[len(magic)+1:]}
	nt := r.count("type", 1)
	if r.err == nil && (nt == 0 || nt > MaxTypes) {
		return nil, fmt.Errorf("%w: %d types", ErrFormat, nt)
	}
	m := &Model{nlab: 2*nt + 1}
	for range nt {
		n := r.uvarint("type name")
		m.types = append(m.types, string(r.bytes(n, "type name")))
	}
	nf := r.count("feature", 2)
	keys := make([]uint64, 0, nf)
	m.w = make([]float32, 0, nf*m.nlab)
	var prev uint64
	for i := range nf {
		prev = r.key(prev, i == 0, "feature")
		keys = append(keys, prev)
		mask := r.uvarint("weight mask")
		if r.err == nil && mask>>m.nlab != 0 {
			r.err = fmt.Errorf("%w: weight mask %#x", ErrFormat, mask)
		}
		for l := range m.nlab {
			var v float32
			if mask&(1<<l) != 0 {
				if b := r.bytes(4, "weight"); b != nil {
					v = math.Float32frombits(binary.LittleEndian.Uint32(b))
				}
			}
			m.w = append(m.w, v)
		}
		if r.err != nil {
			return nil, r.err
		}
	}
	nl := r.count("lower-case word", 1)
	lower := make([]uint64, 0, nl)
	prev = 0
	for i := range nl {
		prev = r.key(prev, i == 0, "lower-case word")
		lower = append(lower, prev)
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrFormat, len(r.b))
	}
	for _, v := range m.w {
		if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
			return nil, fmt.Errorf("%w: non-finite weight", ErrFormat)
		}
	}
	m.feats = newTable(keys)
	m.lower = newTable(lower)
	return m, nil
}
