package amounts

import "strings"

// singular returns the singular of a French noun as written (case and
// accents kept): puces → puce, chevaux → cheval, réseaux → réseau,
// jeux → jeu, emplois → emploi; invariable nouns (pays, prix, mois,
// succès, Français) and nouns already singular come back unchanged. When
// no letters change, the result is a substring of w (no allocation).
func singular(w string) string {
	// Work on the last part of a compound: start-ups → start-up.
	head, last := "", w
	if i := strings.LastIndexByte(w, '-'); i >= 0 && i+1 < len(w) {
		head, last = w[:i+1], w[i+1:]
	}
	s := singularWord(last)
	if len(s) <= len(last) && last[:len(s)] == s {
		return w[:len(head)+len(s)]
	}
	return head + s
}

func singularWord(w string) string {
	n := len(w)
	if n < 3 {
		return w
	}
	lw := strings.ToLower(w) // no copy when w has no upper-case letter
	if invariable(lw) {
		return w
	}
	switch {
	case strings.HasSuffix(lw, "eaux"), strings.HasSuffix(lw, "yaux"), strings.HasSuffix(lw, "oux"),
		strings.HasSuffix(lw, "œux"):
		return w[:n-1]
	case strings.HasSuffix(lw, "eux"):
		// Nouns in -eu take an x; words in -eux are otherwise the same in
		// the singular (« deux lieux », but « des vieux »).
		switch strings.TrimPrefix(lw, "en") {
		case "jeux", "feux", "cheveux", "lieux", "neveux", "aveux", "milieux", "adieux", "essieux", "épieux":
			return w[:n-1]
		}
		return w
	case strings.HasSuffix(lw, "aux"):
		switch lw {
		case "travaux", "vitraux", "coraux", "émaux", "baux", "soupiraux":
			return w[:n-2] + "il"
		}
		return w[:n-3] + "al"
	case strings.HasSuffix(lw, "x"), strings.HasSuffix(lw, "z"):
		return w
	case strings.HasSuffix(lw, "ès"), strings.HasSuffix(lw, "ss"):
		return w
	case strings.HasSuffix(lw, "s"):
		if w[0] >= 'A' && w[0] <= 'Z' || strings.HasPrefix(w, "É") {
			// Nationalities: Français, Chinois.
			if strings.HasSuffix(lw, "ais") || strings.HasSuffix(lw, "ois") {
				return w
			}
		}
		return w[:n-1]
	}
	return w
}

// invariable reports whether a lower-case noun ends in s, x or z in the
// singular.
func invariable(lw string) bool {
	switch lw {
	case "pays", "fois", "prix", "voix", "choix", "mois", "taux", "corps", "bras", "processus",
		"virus", "campus", "bus", "cas", "os", "souris", "avis", "puits", "poids", "discours",
		"concours", "cours", "secours", "parcours", "recours", "relais", "gaz", "nez", "fonds",
		"jus", "dos", "repas", "bois", "palais", "temps", "tas", "ours", "mars", "abus", "rébus",
		"bonus", "corpus", "consensus", "cursus", "minibus", "autobus", "obus", "blocus",
		"terminus", "prospectus", "cactus", "tapis", "permis", "colis", "devis", "logis",
		"paradis", "brebis", "radis", "croquis", "commis", "compromis", "débris", "fils", "lis",
		"parvis", "précis", "rubis", "sursis", "taudis", "vernis", "lilas", "matelas", "canevas",
		"fracas", "verglas", "ananas", "atlas", "héros", "chaos", "enclos", "propos", "velours",
		"univers", "travers", "revers", "mœurs", "marais", "frais", "biais", "rabais", "chinois",
		"suédois", "danois", "québécois", "hongrois", "gaulois", "bourgeois", "villageois",
		"français", "anglais", "japonais", "portugais", "irlandais", "écossais", "néerlandais",
		"hollandais", "sénégalais", "libanais", "taïwanais", "polonais", "flux", "index",
		"business", "express", "press", "stress", "succès", "procès", "accès", "progrès",
		"excès", "décès", "congrès", "legs", "remords", "biceps", "gens":
		return true
	}
	return false
}
