package amounts

import "testing"

// The tables below follow the bullets of the amounts issue. The sentences
// are ours, written for these tests in the style of French economic news.

func TestFindNumbers(t *testing.T) {
	runFindCases(t, []findCase{
		{"decimal comma", "Le titre gagne 2,75 € à l'ouverture.", []string{"2,75 € = MONEY 2.75 EUR"}},
		{"space groups", "Elle emploie 12 500 salariés.", []string{"12 500 salariés = QUANTITY 12500 salarié"}},
		{"nbsp groups", "Il coûte 1\u00a0250\u00a0000 euros.", []string{"1\u00a0250\u00a0000 euros = MONEY 1250000 EUR"}},
		{"narrow nbsp groups", "Le parc compte 2\u202f400 bornes.", []string{"2\u202f400 bornes = QUANTITY 2400 borne"}},
		{"thin space groups", "Un budget de 7\u2009300 €.", []string{"7\u2009300 € = MONEY 7300 EUR"}},
		{"AFP dots", "Séoul promet 3.200 milliards de wons.", []string{"3.200 milliards de wons = MONEY 3200000000000 KRW"}},
		{"dots and comma", "Le solde atteint 2.345.678,50 euros.", []string{"2.345.678,50 euros = MONEY 2345678.5 EUR"}},
		{"dot as decimal point", "Le cours a pris 0.75 $.", []string{"0.75 $ = MONEY 0.75 USD"}},
		{"apostrophe groups", "Un loyer de 4'500 francs suisses.", []string{"4'500 francs suisses = MONEY 4500 CHF"}},
		{"no separator", "La mairie verse 7000 euros.", []string{"7000 euros = MONEY 7000 EUR"}},
		{"minus sign", "Le PIB recule de −0,4 % au trimestre.", []string{"−0,4 % = PERCENT -0.4"}},
		{"hyphen minus", "Une variation de -2 % sur un an.", []string{"-2 % = PERCENT -2"}},
		{"plus sign", "Le chiffre d'affaires est en hausse de +12 %.", []string{"+12 % = PERCENT 12"}},
		{"soixante et onze", "Soixante et onze salariés ont signé.", []string{"Soixante et onze salariés = QUANTITY 71 salarié"}},
		{"quatre-vingt-dix-sept", "Il a payé quatre-vingt-dix-sept euros.", []string{"quatre-vingt-dix-sept euros = MONEY 97 EUR"}},
		{"without hyphens", "La carte coûte quatre vingt dix neuf euros.", []string{"quatre vingt dix neuf euros = MONEY 99 EUR"}},
		{"1990 reform", "Un ticket à vingt-et-un euros.", []string{"vingt-et-un euros = MONEY 21 EUR"}},
		{"quatre-vingts", "Ils ont recruté quatre-vingts techniciens.", []string{"quatre-vingts techniciens = QUANTITY 80 technicien"}},
		{"deux cent mille", "La région compte deux cent mille entreprises.", []string{"deux cent mille entreprises = QUANTITY 200000 entreprise"}},
		{"milliard and millions", "L'État apporte un milliard deux cents millions d'euros.", []string{"un milliard deux cents millions d'euros = MONEY 1200000000 EUR"}},
		{"demi-milliard", "Un demi-milliard de dollars a été levé.", []string{"Un demi-milliard de dollars = MONEY 500000000 USD"}},
		{"et demi", "Ils ont investi trois millions et demi d'euros.", []string{"trois millions et demi d'euros = MONEY 3500000 EUR"}},
		{"dizaine de millions", "Une dizaine de millions d'euros suffira.", []string{"Une dizaine de millions d'euros = MONEY 10000000 EUR ~about"}},
		{"centaine", "Une centaine de chercheurs travaillent sur le projet.", []string{"Une centaine de chercheurs = QUANTITY 100 chercheur ~about"}},
		{"millier", "Un millier de bornes seront installées.", []string{"Un millier de bornes = QUANTITY 1000 borne ~about"}},
		{"septante", "Le canton a engagé septante-cinq enseignants.", []string{"septante-cinq enseignants = QUANTITY 75 enseignant"}},
		{"cent as group", "Mille deux cent trente-quatre euros.", []string{"Mille deux cent trente-quatre euros = MONEY 1234 EUR"}},
		{"zero", "La jeune pousse a versé zéro euro de dividende.", []string{"zéro euro = MONEY 0 EUR"}},
	})
}

func TestFindScales(t *testing.T) {
	runFindCases(t, []findCase{
		{"mille", "Un chèque de 15 mille euros.", []string{"15 mille euros = MONEY 15000 EUR"}},
		{"million singular", "Il a reçu 1,5 million d'euros.", []string{"1,5 million d'euros = MONEY 1500000 EUR"}},
		{"millions", "La start-up lève 12 millions de dollars.", []string{"12 millions de dollars = MONEY 12000000 USD"}},
		{"milliards", "Le plan pèse 4,1 milliards d'euros.", []string{"4,1 milliards d'euros = MONEY 4100000000 EUR"}},
		{"billion is 10^12", "La dette atteint 3 billions d'euros.", []string{"3 billions d'euros = MONEY 3000000000000 EUR"}},
		{"trillion as borrowed", "Un marché de 2 trillions de dollars.", []string{"2 trillions de dollars = MONEY 2000000000000 USD"}},
		{"k", "Un prix de 800 k€ hors taxes.", []string{"800 k€ = MONEY 800000 EUR"}},
		{"K glued", "Le contrat vaut 250K$.", []string{"250K$ = MONEY 250000 USD"}},
		{"M€", "La commune obtient 2,5 M€.", []string{"2,5 M€ = MONEY 2500000 EUR"}},
		{"M$ spaced", "Une amende de 40 M $ a été infligée.", []string{"40 M $ = MONEY 40000000 USD"}},
		{"Md€", "Le groupe vise 7,2 Md€ de ventes.", []string{"7,2 Md€ = MONEY 7200000000 EUR"}},
		{"Mds glued", "Un programme de 12Mds€.", []string{"12Mds€ = MONEY 12000000000 EUR"}},
		{"mds $", "Sa valeur dépasse 48,3 mds $.", []string{"48,3 mds $ = MONEY 48300000000 USD"}},
		{"Mrd", "La BCE a racheté 9 Mrd € de titres.", []string{"9 Mrd € = MONEY 9000000000 EUR"}},
		{"bn", "Un rachat à 6bn$.", []string{"6bn$ = MONEY 6000000000 USD"}},
		{"G€", "Le programme atteint 3 G€.", []string{"3 G€ = MONEY 3000000000 EUR"}},
		{"currency before", "La société a été valorisée $2M au départ.", []string{"$2M = MONEY 2000000 USD"}},
		{"currency before spaced", "Un tour de table de € 35 millions.", []string{"€ 35 millions = MONEY 35000000 EUR"}},
		{"m after a sign", "Un rachat à £300m, pas un sprint de 300m.", []string{"£300m = MONEY 300000000 GBP", "300m = QUANTITY 300 m"}},
		{"de $", "Un crédit de 6 millions de $ a été accordé.", []string{"6 millions de $ = MONEY 6000000 USD"}},
		{"bare scale is money", "Le groupe a promis 40 milliards pour la recherche.", []string{"40 milliards = MONEY 40000000000"}},
		{"letter scale alone", "Le modèle 5 M et la série 10 K.", nil},
		{"crore", "Le gouvernement indien débloque 500 crores de roupies.", []string{"500 crores de roupies = MONEY 5000000000 INR"}},
	})
}

func TestFindCurrencies(t *testing.T) {
	runFindCases(t, []findCase{
		{"euros", "Un bonus de 300 euros.", []string{"300 euros = MONEY 300 EUR"}},
		{"euro capitalized", "Le ticket coûte 3 Euros.", []string{"3 Euros = MONEY 3 EUR"}},
		{"dollars américains", "Un chèque de 20 dollars américains.", []string{"20 dollars américains = MONEY 20 USD"}},
		{"dollars canadiens", "Ottawa investit 2 milliards de dollars canadiens.", []string{"2 milliards de dollars canadiens = MONEY 2000000000 CAD"}},
		{"dollars australiens", "Un contrat de 90 millions de dollars australiens.", []string{"90 millions de dollars australiens = MONEY 90000000 AUD"}},
		{"dollars de Hong Kong", "Une émission de 8 milliards de dollars de Hong Kong.", []string{"8 milliards de dollars de Hong Kong = MONEY 8000000000 HKD"}},
		{"livres sterling", "Londres débloque 500 millions de livres sterling.", []string{"500 millions de livres sterling = MONEY 500000000 GBP"}},
		{"livres after scale", "Un rachat de 2 milliards de livres.", []string{"2 milliards de livres = MONEY 2000000000 GBP"}},
		{"francs suisses", "Une amende de 3 millions de francs suisses.", []string{"3 millions de francs suisses = MONEY 3000000 CHF"}},
		{"yens", "Tokyo prévoit 2 000 milliards de yens.", []string{"2 000 milliards de yens = MONEY 2000000000000 JPY"}},
		{"yuans", "Pékin alloue 50 milliards de yuans.", []string{"50 milliards de yuans = MONEY 50000000000 CNY"}},
		{"renminbi", "Un prêt de 4 milliards de renminbis.", []string{"4 milliards de renminbis = MONEY 4000000000 CNY"}},
		{"wons", "Un bonus de 900 000 wons.", []string{"900 000 wons = MONEY 900000 KRW"}},
		{"roupies indiennes", "Un fonds de 70 milliards de roupies indiennes.", []string{"70 milliards de roupies indiennes = MONEY 70000000000 INR"}},
		{"dirhams", "Abou Dhabi injecte 15 milliards de dirhams.", []string{"15 milliards de dirhams = MONEY 15000000000 AED"}},
		{"dirhams marocains", "Rabat mobilise 4 milliards de dirhams marocains.", []string{"4 milliards de dirhams marocains = MONEY 4000000000 MAD"}},
		{"riyals", "Ryad engage 12 milliards de riyals.", []string{"12 milliards de riyals = MONEY 12000000000 SAR"}},
		{"roubles", "Moscou verse 80 milliards de roubles.", []string{"80 milliards de roubles = MONEY 80000000000 RUB"}},
		{"reais", "Brasília annonce 5 milliards de reais.", []string{"5 milliards de reais = MONEY 5000000000 BRL"}},
		{"pesos mexicains", "Un plan de 30 milliards de pesos mexicains.", []string{"30 milliards de pesos mexicains = MONEY 30000000000 MXN"}},
		{"pesos unknown", "Il a payé 500 pesos.", []string{"500 pesos = MONEY 500"}},
		{"couronnes suédoises", "Un budget de 6 milliards de couronnes suédoises.", []string{"6 milliards de couronnes suédoises = MONEY 6000000000 SEK"}},
		{"euro sign after", "Un forfait à 19,99 €.", []string{"19,99 € = MONEY 19.99 EUR"}},
		{"euro sign before", "Offre à €49 par mois.", []string{"€49 = MONEY 49 EUR"}},
		{"pound sign", "Le billet vaut £12.", []string{"£12 = MONEY 12 GBP"}},
		{"yen sign", "Une console à ¥50 000.", []string{"¥50 000 = MONEY 50000 JPY"}},
		{"won sign", "Un abonnement à ₩15 000.", []string{"₩15 000 = MONEY 15000 KRW"}},
		{"rupee sign", "Un smartphone à ₹9 999.", []string{"₹9 999 = MONEY 9999 INR"}},
		{"ruble sign", "Le pain coûte 60 ₽.", []string{"60 ₽ = MONEY 60 RUB"}},
		{"bitcoin sign", "Il détient ₿2,5 en portefeuille.", []string{"₿2,5 = MONEY 2.5 BTC"}},
		{"$US", "Le baril cote 78 $US.", []string{"78 $US = MONEY 78 USD"}},
		{"US$", "Un contrat de 5 millions US$.", []string{"5 millions US$ = MONEY 5000000 USD"}},
		{"$ CA", "Le loyer est de 1 800 $ CA.", []string{"1 800 $ CA = MONEY 1800 CAD"}},
		{"C$ before", "Un billet à C$25.", []string{"C$25 = MONEY 25 CAD"}},
		{"code after", "Un transfert de 250 000 CHF.", []string{"250 000 CHF = MONEY 250000 CHF"}},
		{"code before", "Un prêt de USD 40 millions.", []string{"USD 40 millions = MONEY 40000000 USD"}},
		{"code glued", "Prix affiché : EUR12,50.", []string{"EUR12,50 = MONEY 12.5 EUR"}},
		{"BTC", "Le fonds a acheté 1 500 BTC.", []string{"1 500 BTC = MONEY 1500 BTC"}},
		{"bitcoins", "Le Salvador détient 6 000 bitcoins.", []string{"6 000 bitcoins = MONEY 6000 BTC"}},
		{"cents", "Le jeton a perdu 35 cents.", []string{"35 cents = MONEY 0.35"}},
		{"centimes", "La taxe passe à 80 centimes.", []string{"80 centimes = MONEY 0.8"}},
		{"pence", "L'action finit à 312,5 pence.", []string{"312,5 pence = MONEY 3.125 GBP"}},
		{"penny", "Un penny de plus.", []string{"Un penny = MONEY 0.01 GBP"}},
		{"satoshis", "Les frais sont de 500 satoshis.", []string{"500 satoshis = MONEY 0.000005 BTC"}},
		{"units and cents", "Le ticket vaut 2 euros et 40 centimes.", []string{"2 euros et 40 centimes = MONEY 2.4 EUR"}},
		{"euros 50", "Le menu est à 14 euros 50.", []string{"14 euros 50 = MONEY 14.5 EUR"}},
		{"inherited", "Le bénéfice atteint 320 millions d'euros, contre 95 millions en 2023.",
			[]string{"320 millions d'euros = MONEY 320000000 EUR", "95 millions = MONEY 95000000 EUR"}},
		{"not inherited across sentences", "Le bénéfice atteint 320 millions d'euros. Il vise 500 millions.",
			[]string{"320 millions d'euros = MONEY 320000000 EUR", "500 millions = MONEY 500000000"}},
		{"inherited by the closest", "Un contrat de 3 millions de dollars et un autre de 2 millions d'euros, plus 1 million.",
			[]string{"3 millions de dollars = MONEY 3000000 USD", "2 millions d'euros = MONEY 2000000 EUR", "1 million = MONEY 1000000 EUR"}},
	})
}

func TestFindQualifiers(t *testing.T) {
	runFindCases(t, []findCase{
		{"environ", "Le site a coûté environ 80 millions d'euros.", []string{"environ 80 millions d'euros = MONEY 80000000 EUR ~about"}},
		{"près de", "Elle emploie près de 900 personnes.", []string{"près de 900 personnes = QUANTITY 900 personne ~about"}},
		{"près d'", "Un parc de près d'un million de bornes.", []string{"près d'un million de bornes = QUANTITY 1000000 borne ~about"}},
		{"quelque", "Quelque 40 000 spectateurs étaient attendus.", []string{"Quelque 40 000 spectateurs = QUANTITY 40000 spectateur ~about"}},
		{"autour de", "Le prix tourne autour de 15 €.", []string{"autour de 15 € = MONEY 15 EUR ~about"}},
		{"de l'ordre de", "Une enveloppe de l'ordre de 2 milliards.", []string{"de l'ordre de 2 milliards = MONEY 2000000000 ~about"}},
		{"aux alentours de", "Un déficit aux alentours de 5 %.", []string{"aux alentours de 5 % = PERCENT 5 ~about"}},
		{"avoisinant", "Des pertes avoisinant 60 millions de dollars.", []string{"avoisinant 60 millions de dollars = MONEY 60000000 USD ~about"}},
		{"environ after", "Le chantier coûte 12 millions d'euros environ.", []string{"12 millions d'euros environ = MONEY 12000000 EUR ~about"}},
		{"plus de", "Plus de 3 000 emplois sont menacés.", []string{"Plus de 3 000 emplois = QUANTITY 3000 emploi ~more_than"}},
		{"plus d'", "Il a levé plus d'un milliard.", []string{"plus d'un milliard = MONEY 1000000000 ~more_than"}},
		{"au-delà de", "Des salaires au-delà de 100 000 euros.", []string{"au-delà de 100 000 euros = MONEY 100000 EUR ~more_than"}},
		{"au-delà des", "Le bitcoin grimpe au-delà des 100 000 dollars.", []string{"au-delà des 100 000 dollars = MONEY 100000 USD ~more_than"}},
		{"supérieur à", "Un rendement supérieur à 4 %.", []string{"supérieur à 4 % = PERCENT 4 ~more_than"}},
		{"moins de", "Moins de 10 % des foyers sont équipés.", []string{"Moins de 10 % = PERCENT 10 ~less_than"}},
		{"au moins", "Il faudra au moins 20 GW de plus.", []string{"au moins 20 GW = QUANTITY 20 GW ~at_least"}},
		{"jusqu'à", "Une prime jusqu'à 7 000 €.", []string{"jusqu'à 7 000 € = MONEY 7000 EUR ~at_most"}},
		{"jusqu’à curly", "Des remises jusqu’à 30 %.", []string{"jusqu’à 30 % = PERCENT 30 ~at_most"}},
		{"au maximum", "Un plafond de au maximum 2 millions d'euros.", []string{"au maximum 2 millions d'euros = MONEY 2000000 EUR ~at_most"}},
		{"entre et", "Un coût entre 3 et 4 milliards d'euros.", []string{"entre 3 et 4 milliards d'euros = MONEY 3000000000..4000000000 EUR"}},
		{"entre with decimals", "Des ventes entre 7,1 et 7,3 milliards de dollars.", []string{"entre 7,1 et 7,3 milliards de dollars = MONEY 7100000000..7300000000 USD"}},
		{"entre complete bounds", "Un prix entre 20 euros et 25 euros.", []string{"entre 20 euros et 25 euros = MONEY 20..25 EUR"}},
		{"X à Y", "Des puces gravées en 3 à 5 nm.", []string{"3 à 5 nm = QUANTITY 3..5 nm"}},
		{"de X à Y complete", "Un prix de 9 euros à 12 euros.", []string{"9 euros à 12 euros = MONEY 9..12 EUR"}},
		{"X-Y", "Une hausse de 2-3 % est prévue.", []string{"2-3 % = PERCENT 2..3"}},
		{"X–Y", "Un budget de 40–50 millions d'euros.", []string{"40–50 millions d'euros = MONEY 40000000..50000000 EUR"}},
		{"qualified range", "Une capacité de l'ordre de 5 à 8 GW.", []string{"de l'ordre de 5 à 8 GW = QUANTITY 5..8 GW ~about"}},
		{"noun of change is a range", "Une baisse de 4 à 6 % des ventes.", []string{"4 à 6 % = PERCENT 4..6"}},
		{"change is two amounts", "Le prix est passé de 1 200 à 1 450 euros.", []string{"1 200 = MONEY 1200 EUR", "1 450 euros = MONEY 1450 EUR"}},
		{"change with units", "Les effectifs ont grimpé de 40 à 55 salariés.", []string{"40 = QUANTITY 40 salarié", "55 salariés = QUANTITY 55 salarié"}},
		{"two complete amounts with à", "Le CAC a perdu 120 points à 7 100 points.", []string{"120 points = QUANTITY 120 point", "7 100 points = QUANTITY 7100 point"}},
		{"plusieurs milliards", "Un chantier de plusieurs milliards d'euros.", []string{"plusieurs milliards d'euros = MONEY ? EUR ~several"}},
		{"des centaines de millions", "Des centaines de millions de dollars ont été perdus.", []string{"Des centaines de millions de dollars = MONEY ? USD ~several"}},
		{"quelques millions", "Il ne reste que quelques millions.", []string{"quelques millions = MONEY ? ~several"}},
		{"des milliards", "Les géants du cloud misent des milliards.", []string{"des milliards = MONEY ? ~several"}},
		{"des dizaines de milliers", "Des dizaines de milliers de postes sont supprimés.", []string{"Des dizaines de milliers de postes = QUANTITY ? poste ~several"}},
		{"soit is not a qualifier", "Un quart du budget, soit 25 millions d'euros.", []string{"25 millions d'euros = MONEY 25000000 EUR"}},
	})
}

func TestFindQuantities(t *testing.T) {
	runFindCases(t, []findCase{
		{"GW glued", "Un campus de 2GW en Normandie.", []string{"2GW = QUANTITY 2 GW"}},
		{"MW", "Une ferme solaire de 150 MW.", []string{"150 MW = QUANTITY 150 MW"}},
		{"gigawatts", "Trois gigawatts supplémentaires.", []string{"Trois gigawatts = QUANTITY 3 GW"}},
		{"TWh", "La France a exporté 89 TWh.", []string{"89 TWh = QUANTITY 89 TWh"}},
		{"kWh", "Le tarif de 0,25 € par kWh.", []string{"0,25 € = MONEY 0.25 EUR"}},
		{"exaflops", "Un supercalculateur de 2 exaflops.", []string{"2 exaflops = QUANTITY 2 EFLOPS"}},
		{"pétaflops", "Une machine de 500 pétaflops.", []string{"500 pétaflops = QUANTITY 500 PFLOPS"}},
		{"téraoctets", "Chaque baie stocke 40 téraoctets.", []string{"40 téraoctets = QUANTITY 40 To"}},
		{"Go", "Un modèle qui tient dans 24 Go.", []string{"24 Go = QUANTITY 24 Go"}},
		{"To", "Une mémoire de 1,5 To.", []string{"1,5 To = QUANTITY 1.5 To"}},
		{"nm", "Une gravure en 2 nm.", []string{"2 nm = QUANTITY 2 nm"}},
		{"km", "Un câble de 6 400 km.", []string{"6 400 km = QUANTITY 6400 km"}},
		{"kilomètres", "Une ligne de 200 kilomètres.", []string{"200 kilomètres = QUANTITY 200 km"}},
		{"m²", "Un entrepôt de 40 000 m².", []string{"40 000 m² = QUANTITY 40000 m²"}},
		{"mètres carrés", "Un data center de 12 000 mètres carrés.", []string{"12 000 mètres carrés = QUANTITY 12000 m²"}},
		{"hectares", "Le site couvre 35 hectares.", []string{"35 hectares = QUANTITY 35 ha"}},
		{"tonnes", "L'usine produit 80 000 tonnes par an.", []string{"80 000 tonnes = QUANTITY 80000 t"}},
		{"t", "Un rejet de 1,2 t de CO2.", []string{"1,2 t = QUANTITY 1.2 t"}},
		{"litres", "Une citerne de 30 000 litres.", []string{"30 000 litres = QUANTITY 30000 L"}},
		{"scale then unit", "Le pays a importé 1,2 million de barils.", []string{"1,2 million de barils = QUANTITY 1200000 bbl"}},
		{"km/h", "Une navette à 320 km/h.", []string{"320 km/h = QUANTITY 320 km/h"}},
		{"°C", "Limiter le réchauffement à 1,5 °C et à +2°C.", []string{"1,5 °C = QUANTITY 1.5 °C", "+2°C = QUANTITY 2 °C"}},
		{"degrés", "Une pente de 12 degrés.", []string{"12 degrés = QUANTITY 12 °"}},
		{"counted noun", "Le fabricant livrera 25 000 processeurs.", []string{"25 000 processeurs = QUANTITY 25000 processeur"}},
		{"GPU stays GPU", "Le cluster aligne 10 000 GPU.", []string{"10 000 GPU = QUANTITY 10000 GPU"}},
		{"GPUs", "Un achat de 4 000 GPUs.", []string{"4 000 GPUs = QUANTITY 4000 GPU"}},
		{"spelled count", "Trois ingénieurs ont quitté l'équipe.", []string{"Trois ingénieurs = QUANTITY 3 ingénieur"}},
		{"chevaux", "Une écurie de vingt chevaux.", []string{"vingt chevaux = QUANTITY 20 cheval"}},
		{"réseaux", "Il gère 14 réseaux régionaux.", []string{"14 réseaux = QUANTITY 14 réseau"}},
		{"invariable pays", "Le traité lie 12 pays.", []string{"12 pays = QUANTITY 12 pays"}},
		{"emplois", "Le site créera 1 200 emplois.", []string{"1 200 emplois = QUANTITY 1200 emploi"}},
		{"start-ups", "Le fonds a soutenu 45 start-ups.", []string{"45 start-ups = QUANTITY 45 start-up"}},
		{"adjective before noun", "Il ouvre 30 nouveaux magasins.", []string{"30 nouveaux magasins = QUANTITY 30 magasin"}},
		{"de ses", "Il a vendu 5 000 de ses anciens serveurs.", []string{"5 000 de ses anciens serveurs = QUANTITY 5000 serveur"}},
		{"millions de", "Le service revendique 40 millions d'utilisateurs.", []string{"40 millions d'utilisateurs = QUANTITY 40000000 utilisateur"}},
		{"milliards de paramètres", "Un modèle de 400 milliards de paramètres.", []string{"400 milliards de paramètres = QUANTITY 400000000000 paramètre"}},
		{"counted after scale inherited", "Ils ont vendu 1,8 million de voitures contre 1,1 million un an plus tôt.",
			[]string{"1,8 million de voitures = QUANTITY 1800000 voiture", "1,1 million = QUANTITY 1100000 voiture"}},
		{"money noun after scale", "Un plan de 30 milliards d'investissements.", []string{"30 milliards = MONEY 30000000000"}},
	})
}

func TestFindPercents(t *testing.T) {
	runFindCases(t, []findCase{
		{"spaced sign", "Le chômage atteint 7,3 %.", []string{"7,3 % = PERCENT 7.3"}},
		{"glued sign", "Une croissance de 1,10%.", []string{"1,10% = PERCENT 1.1"}},
		{"nbsp sign", "Une marge de 18\u00a0%.", []string{"18\u00a0% = PERCENT 18"}},
		{"pour cent", "Une baisse de 12 pour cent.", []string{"12 pour cent = PERCENT 12"}},
		{"pour-cent in words", "Trente pour-cent des sondés.", []string{"Trente pour-cent = PERCENT 30"}},
		{"pourcent", "Un bond de 40 pourcents.", []string{"40 pourcents = PERCENT 40"}},
		{"range", "Un taux compris entre 2,5 % et 3 %.", []string{"entre 2,5 % et 3 % = PERCENT 2.5..3"}},
		{"range one sign", "Une hausse de 8 à 10 %.", []string{"8 à 10 % = PERCENT 8..10"}},
		{"percent is not money", "10 % de cette enveloppe, soit 2 milliards d'euros.",
			[]string{"10 % = PERCENT 10", "2 milliards d'euros = MONEY 2000000000 EUR"}},
	})
}

func TestFindNotAmounts(t *testing.T) {
	runFindCases(t, []findCase{
		{"bare numbers", "Il a répondu 42, puis 7 et enfin 12,5.", nil},
		{"years", "En 2024, d'ici 2030, fin 2025 et depuis 1999.", nil},
		{"year before a noun", "D'ici 2035 les usines seront rénovées, en 2028 les sites fermeront.", nil},
		{"year then a count", "En 2028, trois sites fermeront.", []string{"trois sites = QUANTITY 3 site"}},
		{"dates", "Le mardi 4 mars, puis le 12/05/2026 et le 1er juin.", nil},
		{"times", "Rendez-vous à 9h30, puis à 18 h 15 et à 10:45.", nil},
		{"durations", "Le chantier a duré trois mois, puis deux ans et 18 semaines.", nil},
		{"rate period left out", "Il touchera 40 000 euros par an pendant 5 ans.", []string{"40 000 euros = MONEY 40000 EUR"}},
		{"ordinals", "Il finit 30e, puis 2nd, 3ème et premier au XXIe siècle.", nil},
		{"phone numbers", "Contact : 01 45 67 89 10 ou +33 6 07 08 09 10.", nil},
		{"versions and models", "GPT-4, H100, A380, Covid-19 et iOS 18 sont cités.", nil},
		{"names with digits", "Il l'a dit sur France 2 puis à 20 Minutes et sur BFM 24 heures sur 24.", nil},
		{"Boeing 737", "Le Boeing 737 décolle.", nil},
		{"multipliers", "Une production trois fois plus élevée, 10 fois moins chère.", nil},
		{"une fraction", "Pour une fraction du prix.", nil},
		{"les deux pays", "Les deux pays ont signé, comme les trois entreprises et ces deux groupes.", nil},
		{"des deux", "Les patrons des deux sociétés étaient présents.", nil},
		{"un as article", "Un fonds a racheté une entreprise et un laboratoire.", nil},
		{"fractions of words", "Les deux tiers des salariés et la moitié des cadres.", nil},
		{"neuf adjective", "Un bâtiment neuf accueille les équipes.", nil},
		{"plural count before a verb", "Ils étaient 300 à manifester et 40 travaillent encore.", nil},
		{"fois after scale", "La vidéo a été vue 3 millions de fois.", nil},
		{"number sign", "Le décret n° 2024-512 et l'article 12.", nil},
		{"chapters", "Voir le chapitre 3 du rapport, page 14.", nil},
		{"5G and 4K", "La 5G et la 4K arrivent.", nil},
		{"scores", "Victoire 3-1 du club.", nil},
	})
}

func TestFindExactValues(t *testing.T) {
	runFindCases(t, []findCase{
		{"no float error", "Un plan de 4,1 milliards.", []string{"4,1 milliards = MONEY 4100000000"}},
		{"many decimals", "Un cours de 0,000123 BTC.", []string{"0,000123 BTC = MONEY 0.000123 BTC"}},
		{"huge", "Une dette de 1" + zeros(400) + " euros.", []string{"1" + zeros(400) + " euros = MONEY 1" + zeros(400) + " EUR"}},
		{"big coefficient", "Un total de 123456789012345678901234567890 euros.", []string{"123456789012345678901234567890 euros = MONEY 123456789012345678901234567890 EUR"}},
	})
}

func zeros(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = '0'
	}
	return string(b)
}
