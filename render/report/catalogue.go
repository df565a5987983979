package report

import (
	"fmt"
	"strings"
)

// msg is one message in English and Dutch (Flemish usage: kernpartner,
// stuurgroep, doorverwijzing, afstemming, basiswerker). Arguments follow
// fmt verbs, the same verbs in the same order in both languages.
type msg struct{ en, nl string }

// tr returns message key in lang with args filled in. A missing key shows
// as [[key]], which the tests look for.
func tr(lang, key string, args ...any) string { return trw(nil, lang, key, args...) }

// trw is tr with the case's own words (nil: GBO's) in place of the
// message's placeholders (Words.fill). A case with words of its own
// ([labels]) gets key+"_own" where the catalogue has it: the same
// statement without GBO's welfare examples.
func trw(w *Words, lang, key string, args ...any) string {
	m, ok := catalogue[key]
	if !ok {
		return "[[" + key + "]]"
	}
	if own, ok := catalogue[key+"_own"]; ok && w.own() {
		m = own // a case with [labels]: neutral wording instead of GBO's examples
	}
	s := m.en
	if lang == "nl" {
		s = m.nl
	}
	s = w.fill(lang, s)
	if len(args) == 0 && !strings.Contains(s, "%") {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// trn is tr for a sentence about n things: it takes key + "_one" when n
// is 1 and the catalogue has that form.
func trn(lang, key string, n int, args ...any) string {
	if _, ok := catalogue[key+"_one"]; ok && n == 1 {
		key += "_one"
	}
	return tr(lang, key, args...)
}

// normLang maps anything but "nl" to "en".
func normLang(l string) string {
	if strings.EqualFold(strings.TrimSpace(l), "nl") {
		return "nl"
	}
	return "en"
}

var catalogue = map[string]msg{
	// Page frame.
	"title":      {"Collaboration report", "Rapport samenwerking"},
	"subtitle":   {"How closely do the partners of the partnership work together, and where is collaboration thin or fragile?", "Hoe nauw werken de partners van het samenwerkingsverband samen, en waar is de samenwerking dun of kwetsbaar?"},
	"lang_attr":  {"en", "nl-BE"},
	"months":     {"January February March April May June July August September October November December", "januari februari maart april mei juni juli augustus september oktober november december"},
	"region":     {"Region", "Regio"},
	"as_of":      {"As of", "Peildatum"},
	"no_as_of":   {"no as-of date (ratings only)", "geen peildatum (alleen beoordelingen)"},
	"period":     {"Period", "Periode"},
	"period_val": {"events from %s to %s", "gebeurtenissen van %s tot %s"},
	"contents":   {"Contents", "Inhoud"},
	"print":      {"Print or save as PDF", "Afdrukken of bewaren als pdf"},
	"footer":     {"Made with gbo from the data as of %s. This report holds no client data and loads nothing from the internet.", "Gemaakt met gbo op basis van de gegevens op %s. Dit rapport bevat geen cliëntgegevens en laadt niets van het internet."},
	"yes":        {"yes", "ja"},
	"no":         {"no", "nee"},
	"none":       {"None.", "Geen."},

	// Section headings.
	"sec_key":      {"Key figures", "Kerncijfers"},
	"sec_depth":    {"How deep does collaboration go?", "Hoe diep gaat de samenwerking?"},
	"sec_map":      {"Network map", "Netwerkkaart"},
	"sec_sectors":  {"Collaboration between sectors", "Samenwerking tussen sectoren"},
	"sec_brokers":  {"Bridging partners", "Verbindende partners"},
	"sec_objects":  {"Boundary objects", "Grensobjecten"},
	"sec_weak":     {"Weak links and fragility", "Zwakke schakels en kwetsbaarheid"},
	"sec_notes":    {"Notes on the data", "Opmerkingen bij de gegevens"},
	"sec_method":   {"How the figures were made", "Hoe de cijfers tot stand kwamen"},
	"sec_partners": {"All partners", "Alle partners"},
	"sec_survey":   {"Survey: who answered", "Bevraging: wie antwoordde"},

	// Key figures.
	"kf_partners":            {"Partners", "Partners"},
	"kf_ties":                {"Ties", "Banden"},
	"kf_density":             {"Density", "Dichtheid"},
	"kf_mean":                {"Mean depth", "Gemiddelde diepte"},
	"kf_mean_between":        {"On average a tie reaches rung %s of 5: between %s and %s.", "Gemiddeld haalt een band trede %s van 5: tussen %s en %s."},
	"kf_mean_at":             {"On average a tie reaches rung %s of 5: %s.", "Gemiddeld haalt een band trede %s van 5: %s."},
	"kf_deep":                {"{Rung4} or {rung5}", "{Rung4} of {rung5}"},
	"kf_deep_s":              {"%s of the ties reach {rung4} or {rung5} (rung 4 or 5), where partners adapt their offer to each other.", "%s van de banden bereikt {rung4} of {rung5} (trede 4 of 5), waar partners hun aanbod op elkaar afstemmen."},
	"kf_deep_s_own":          {"%s of the ties reach {rung4} or {rung5} (rung 4 or 5).", "%s van de banden bereikt {rung4} of {rung5} (trede 4 of 5)."},
	"kf_parts":               {"Separate parts", "Losse delen"},
	"kf_parts_one":           {"All partners are connected, directly or through others.", "Alle partners zijn met elkaar verbonden, rechtstreeks of via anderen."},
	"kf_parts_many":          {"The network falls apart into %d separate parts: some partners cannot reach each other, not even through others.", "Het netwerk valt uiteen in %d losse delen: sommige partners kunnen elkaar niet bereiken, ook niet via anderen."},
	"kf_central":             {"Centralisation", "Centralisatie"},
	"kf_central_high":        {"The network leans heavily on a few partners who have far more ties than the rest.", "Het netwerk steunt sterk op enkele partners met veel meer banden dan de rest."},
	"kf_central_mid":         {"Some partners have clearly more ties than others.", "Sommige partners hebben duidelijk meer banden dan andere."},
	"kf_central_low":         {"Ties are spread fairly evenly over the partners.", "De banden zijn vrij gelijk over de partners verdeeld."},
	"kf_brokers":             {"Bridging partners", "Verbindende partners"},
	"kf_objects":             {"Boundary objects", "Grensobjecten"},
	"kf_weak":                {"Weak links", "Zwakke schakels"},
	"kf_coordinator":         {"Coordination", "Regie"},
	"kf_coordinator_s":       {"%s holds the coordinating role (regie) in the partnership.", "%s neemt de regierol op in het samenwerkingsverband."},
	"kf_coordinator_v":       {"1 partner", "1 partner"},
	"depth_intro":            {"Every tie between two partners gets a place on a ladder of five rungs, from getting acquainted to working as one. The chart shows how many ties reach each rung.", "Elke band tussen twee partners krijgt een plaats op een ladder van vijf treden, van {rung1} tot {rung5}. De grafiek toont hoeveel banden elke trede halen."},
	"depth_intro_own":        {"Every tie between two partners gets a place on a ladder of five rungs, from {rung1} to {rung5}. The chart shows how many ties reach each rung.", "Elke band tussen twee partners krijgt een plaats op een ladder van vijf treden, van {rung1} tot {rung5}. De grafiek toont hoeveel banden elke trede halen."},
	"depth_summary":          {"%s of the ties stay at {rung1} or {rung2} (rungs 1–2); %s reach {rung4} or {rung5} (rungs 4–5).", "%s van de banden blijft bij {rung1} of {rung2} (trede 1–2); %s bereikt {rung4} of {rung5} (trede 4–5)."},
	"depth_below_min_one":    {"%d pair of partners reaches rung 1 or more but stays below rung %d, the minimum depth chosen for this report; it is not counted as a tie here.", "%d paar partners haalt trede 1 of meer maar blijft onder trede %d, de minimale diepte die voor dit rapport gekozen is; het telt hier niet als band."},
	"depth_below_min":        {"%d pairs of partners reach rung 1 or more but stay below rung %d, the minimum depth chosen for this report; they are not counted as ties here.", "%d paren partners halen trede 1 of meer maar blijven onder trede %d, de minimale diepte die voor dit rapport gekozen is; ze tellen hier niet als band."},
	"depth_rated_zero_one":   {"%d pair of partners was rated ‘no contact’ (rung 0) by at least one of the two; it does not count as a tie.", "%d paar partners werd door minstens één van de twee als ‘geen contact’ (trede 0) beoordeeld; dat telt niet als band."},
	"depth_rated_zero":       {"%d pairs of partners were rated ‘no contact’ (rung 0) by at least one of the two; they do not count as ties.", "%d paren partners werden door minstens één van de twee als ‘geen contact’ (trede 0) beoordeeld; die tellen niet als band."},
	"depth_faded_one":        {"%d more pair of partners has recorded contact that is too little or too long ago to reach rung 1; it does not count as a tie.", "Nog %d paar partners heeft geregistreerd contact dat te weinig of te lang geleden is om trede 1 te halen; dat telt niet als band."},
	"depth_faded":            {"%d more pairs of partners have recorded contact that is too little or too long ago to reach rung 1; they do not count as ties.", "Nog %d paren partners hebben geregistreerd contact dat te weinig of te lang geleden is om trede 1 te halen; die tellen niet als band."},
	"depth_events_rung0_one": {"%d more pair of partners has recorded contact only of kinds that the depth model puts at rung 0; it does not count as a tie.", "Nog %d paar partners heeft alleen geregistreerd contact van soorten die het dieptemodel op trede 0 zet; dat telt niet als band."},
	"depth_events_rung0":     {"%d more pairs of partners have recorded contact only of kinds that the depth model puts at rung 0; they do not count as ties.", "Nog %d paren partners hebben alleen geregistreerd contact van soorten die het dieptemodel op trede 0 zet; die tellen niet als band."},
	"depth_rung0_one":        {"%d more pair of partners stands below rung 1 and does not count as a tie.", "Nog %d paar partners staat onder trede 1 en telt niet als band."},
	"depth_rung0":            {"%d more pairs of partners stand below rung 1 and do not count as ties.", "Nog %d paren partners staan onder trede 1 en tellen niet als band."},
	"depth_empty":            {"No ties were found in this period.", "Er zijn in deze periode geen banden gevonden."},
	"map_intro":              {"Each named shape is a partner and each line a tie between two partners; darker, thicker lines are deeper ties. Point at a partner to see its figures; click it to show only its ties, and click an empty spot to show everything again. Drag to move the map; zoom with the mouse wheel or the buttons.", "Elke benoemde vorm is een partner en elke lijn een band tussen twee partners; donkerdere, dikkere lijnen zijn diepere banden. Wijs een partner aan om zijn cijfers te zien; klik erop om alleen zijn banden te tonen, en klik op een lege plek om alles weer te tonen. Sleep om de kaart te verschuiven; zoom met het muiswiel of de knoppen."},
	"map_fallback":           {"This map is a simple drawing: partners on a circle, grouped by sector.", "Deze kaart is een eenvoudige tekening: de partners op een cirkel, per sector gegroepeerd."},
	"map_zoom_in":            {"Zoom in", "Inzoomen"},
	"map_zoom_out":           {"Zoom out", "Uitzoomen"},
	"map_reset":              {"Show all", "Alles tonen"},
	"map_hint":               {"Click a partner to see its ties.", "Klik op een partner om zijn banden te zien."},
	"map_panel_ties":         {"Ties of this partner", "Banden van deze partner"},
	"map_sector":             {"Sector", "Sector"},
	"map_core":               {"{Core1}", "{Core1}"},
	"map_external":           {"External partner", "Externe partner"},
	"map_degree":             {"Ties", "Banden"},
	"map_strength":           {"Strength (sum of depth scores)", "Sterkte (som van de dieptescores)"},
	"map_betweenness":        {"Between others (betweenness)", "Tussenpositie (betweenness)"},
	"map_mean_depth":         {"Mean depth of its ties", "Gemiddelde diepte van zijn banden"},
	"map_cut":                {"Cut point: without this partner the network falls apart.", "Snijpunt: zonder deze partner valt het netwerk uiteen."},
	"map_no_ties":            {"No ties.", "Geen banden."},
	"sectors_intro":          {"Each cell gives the mean depth of the ties between partners of two sectors (1 = {rung1} … 5 = {rung5}), with the number of ties beneath it. A dash means the two sectors have no tie at all: that is where {first_contact} could begin.", "Elke cel geeft de gemiddelde diepte van de banden tussen partners van twee sectoren (1 = {rung1} … 5 = {rung5}), met daaronder het aantal banden. Een streepje betekent dat de twee sectoren geen enkele band hebben: daar kan {first_contact} beginnen."},
	"sectors_none":           {"There are not enough sectors to compare.", "Er zijn niet genoeg sectoren om te vergelijken."},
	"brokers_intro":          {"These partners connect parts of the network that would otherwise hardly meet. They carry much of the alignment between sectors, and if one of them drops out, others lose their way in. Make sure this role does not rest on them alone.", "Deze partners verbinden delen van het netwerk die elkaar anders nauwelijks zouden ontmoeten. Ze dragen veel van de afstemming tussen sectoren, en als één van hen wegvalt, verliezen anderen hun ingang. Zorg dat die rol niet op hen alleen rust."},
	"brokers_none":           {"No partner stands out as a bridge: the network does not hang on a few partners.", "Geen enkele partner springt eruit als brug: het netwerk hangt niet aan enkele partners vast."},
	"col_partner":            {"Partner", "Partner"},
	"col_sector":             {"Sector", "Sector"},
	"col_why":                {"Why", "Waarom"},
	"col_also":               {"Also", "Ook"},
	"col_core":               {"Core", "Kern"},
	"col_ties":               {"Ties", "Banden"},
	"col_mean_depth":         {"Mean depth", "Gem. diepte"},
	"col_betweenness":        {"Betweenness", "Tussenpositie"},
	"objects_intro":          {"A boundary object is a concrete practice question, target group or shared tool that core and external partners gather around, such as a shared intake for vulnerable tenants. It counts as a boundary object when at least three partners from at least two sectors, core and external alike, work on it at least at the level of {rung3} (rung 3).", "Een grensobject is een concrete praktijkvraag, doelgroep of gedeeld instrument waarrond {core} en externe partners samenkomen, zoals een gezamenlijk onthaal voor kwetsbare huurders. Het telt als grensobject wanneer minstens drie partners uit minstens twee sectoren, kern en extern, er minstens op het niveau van {rung3} (trede 3) rond samenwerken."},
	"objects_intro_own":      {"A boundary object is a concrete question, task or shared tool that {core} and external partners gather around. It counts as a boundary object when at least three partners from at least two sectors, {core} and external partners alike, work on it at least at the level of {rung3} (rung 3).", "Een grensobject is een concrete vraag, taak of gedeeld instrument waarrond {core} en externe partners samenkomen. Het telt als grensobject wanneer minstens drie partners uit minstens twee sectoren, {core} en externe partners samen, er minstens op het niveau van {rung3} (trede 3) rond samenwerken."},
	"objects_diversity":      {"Diversity is the chance that two partners picked at random around the object come from different sectors (0 = all from one sector).", "Diversiteit is de kans dat twee willekeurig gekozen partners rond het object uit verschillende sectoren komen (0 = allemaal uit één sector)."},
	"objects_unknown":        {"The case holds no data on boundary objects: no objects file and no object named on the events.", "De gegevens bevatten niets over grensobjecten: geen objectenbestand en geen object bij de gebeurtenissen."},
	"objects_none":           {"No shared object was recorded in this period.", "In deze periode is geen gedeeld object geregistreerd."},
	"col_object":             {"Object", "Object"},
	"col_verdict":            {"Verdict", "Oordeel"},
	"col_partners":           {"Partners", "Partners"},
	"col_sectors":            {"Sectors", "Sectoren"},
	"col_diversity":          {"Diversity", "Diversiteit"},
	"col_max_rung":           {"Highest rung", "Hoogste trede"},
	"verdict_boundary":       {"boundary object", "grensobject"},
	"verdict_candidate":      {"candidate", "kandidaat"},
	"verdict_local":          {"local", "lokaal"},
	"verdict_unused":         {"unused", "niet gebruikt"},
	"verdict_no_core":        {"cannot be judged", "niet te beoordelen"},
	"verdicts_explained":     {"A candidate brings sectors together, but not yet at the level of {rung3}. A local object stays within one sector or with a few partners, or does not bring {coregroup} and external partners together. An unused one saw no event in this period.", "Een kandidaat brengt sectoren samen, maar nog niet op het niveau van {rung3}. Een lokaal object blijft binnen één sector of bij enkele partners, of brengt {core} en externe partners niet samen. Een niet gebruikt object kende in deze periode geen enkele gebeurtenis."},
	"weak_intro":             {"A weak link is a tie the partnership cannot take for granted. Each one is listed with the reasons.", "Een zwakke schakel is een band waar het samenwerkingsverband niet zomaar op kan rekenen. Bij elke band staat waarom."},
	"weak_none":              {"No weak links were found.", "Er zijn geen zwakke schakels gevonden."},
	"col_tie":                {"Tie", "Band"},
	"col_depth":              {"Depth", "Diepte"},
	"reason_bridge":          {"only link: without it, partners lose every path to each other", "enige verbinding: zonder deze band verliezen partners elke weg naar elkaar"},
	"reason_shallow_core":    {"two {core}, still only at {rung1} or {rung2}", "twee {core}, nog maar op het niveau van {rung1} of {rung2}"},
	"reason_single_carrier":  {"a deep tie that rests on one person on one side", "een diepe band die aan één kant op één persoon rust"},
	"reason_fading":          {"fading: the last contact is longer ago than the half-life", "vervaagt: het laatste contact is langer geleden dan de halveringstijd"},
	"reason_one_sided":       {"one-sided: the contact comes from one side, or the two sides rate it very differently", "eenzijdig: het contact komt van één kant, of beide kanten schatten de band heel anders in"},
	"reason_below_target":    {"below the depth the partnership aims for", "onder de diepte die het samenwerkingsverband nastreeft"},
	"isolated_title":         {"External partners without a deep tie to the {coregroup}", "Externe partners zonder diepe band met de {coregroup}"},
	"isolated_s":             {"These external partners have no tie at {target} level (rung {targetN}) or deeper with any {core1}%s:", "Deze externe partners hebben met geen enkele {core1}%s een band op het niveau van {target} (trede {targetN}) of dieper:"},
	"frag_title":             {"What if a partner or a person drops out?", "Wat als een partner of een persoon wegvalt?"},
	"frag_intro":             {"For each partner and each {person1}: how many deep ties ({rung3} or deeper) would be lost, how many ties would become shallower, and how many pairs of partners would lose every path between them. The most costly come first.", "Voor elke partner en elke {person1}: hoeveel diepe banden ({rung3} of dieper) verloren zouden gaan, hoeveel banden ondieper zouden worden, en hoeveel paren partners elke weg naar elkaar zouden verliezen. De zwaarste staan bovenaan."},
	"frag_none":              {"Nobody's departure would cost a tie.", "Het vertrek van niemand zou een band kosten."},
	"people_unknown":         {"Cannot be judged: no people data. Whether ties rest on one person, and what the departure of a {person1} would cost, needs a list of the {person} who take part (%s).", "Niet te beoordelen: geen gegevens over personen. Of banden op één persoon rusten, en wat het vertrek van een {person1} zou kosten, vraagt een lijst van de {person} die deelnemen (%s)."},
	"col_who":                {"Who", "Wie"},
	"col_kind":               {"Kind", "Soort"},
	"col_deep_lost":          {"Deep ties lost", "Diepe banden weg"},
	"col_weakened":           {"Ties weakened", "Banden verzwakt"},
	"col_cut_off":            {"Pairs cut off", "Paren afgesneden"},
	"kind_partner":           {"partner", "partner"},
	"kind_person":            {"person", "persoon"},
	"notes_none":             {"No remarks: every file was read without warnings.", "Geen opmerkingen: alle bestanden zijn zonder waarschuwingen gelezen."},

	// Method.
	"method_ladder":      {"Depth is measured on a ladder of collaboration:", "De diepte wordt gemeten op een ladder van samenwerking:"},
	"col_rung":           {"Rung", "Trede"},
	"col_looks_like":     {"What it looks like", "Hoe het eruitziet"},
	"rung_desc_1":        {"they know each other; met at an introduction or network meeting", "ze kennen elkaar; ontmoet op een kennismaking of netwerkmoment"},
	"rung_desc_2":        {"they exchange information about each other's offer, or train together", "ze wisselen informatie uit over elkaars aanbod, of volgen samen vorming"},
	"rung_desc_3":        {"they refer clients to each other, warm referral included", "ze verwijzen cliënten naar elkaar door, warme doorverwijzing inbegrepen"},
	"rung_desc_4":        {"case consultation, joint intake, a coordinated offer that avoids overlap", "casusoverleg, gezamenlijk onthaal, een afgestemd aanbod zonder overlap"},
	"rung_desc_5":        {"joint actions with shared means or staff; their own offer adapted to the other", "gezamenlijke acties met gedeelde middelen of personeel; het eigen aanbod aangepast aan de ander"},
	"method_evidence":    {"Every recorded event between two partners (a meeting, a referral, a case consultation …) is evidence for the rung of its kind. Recent events count fully; older ones count less: an event loses half its weight every %s days (the half-life).", "Elke geregistreerde gebeurtenis tussen twee partners (een overleg, een doorverwijzing, een casusoverleg …) telt als bewijs voor de trede van haar soort. Recente gebeurtenissen tellen volledig, oudere minder: een gebeurtenis verliest elke %s dagen de helft van haar gewicht (de halveringstijd)."},
	"method_threshold_1": {"A tie reaches a rung when the weighted evidence at that rung or higher adds up to at least %s: one such event in the last %s days is enough, and older events add up.", "Een band haalt een trede wanneer het gewogen bewijs op die trede of hoger samen minstens %s bedraagt: één zo'n gebeurtenis in de laatste %s dagen volstaat, en oudere gebeurtenissen tellen samen."},
	"method_threshold_n": {"A tie reaches a rung when the weighted evidence at that rung or higher adds up to at least %s: about %d recent events of that rung or higher are needed.", "Een band haalt een trede wanneer het gewogen bewijs op die trede of hoger samen minstens %s bedraagt: er zijn ongeveer %d recente gebeurtenissen van die trede of hoger nodig."},
	"method_score":       {"The figure after the decimal point of a depth score (for example %s) shows how far the tie has come towards the next rung.", "Het cijfer na de komma van een dieptescore (bijvoorbeeld %s) toont hoe ver de band al op weg is naar de volgende trede."},
	"method_survey":      {"Where partners rated their ties in a survey, the two ratings of a pair are combined by taking the %s; where both events and ratings exist, the higher depth counts.", "Waar partners hun banden in een bevraging beoordeelden, worden de twee oordelen over een paar gecombineerd door %s te nemen; waar er zowel gebeurtenissen als oordelen zijn, telt de hoogste diepte."},
	"combine_min":        {"lower", "het laagste"},
	"combine_max":        {"higher", "het hoogste"},
	"combine_mean":       {"mean", "het gemiddelde"},
	"method_min_depth":   {"A pair of partners counts as a tie from rung %d (%s) on.", "Een paar partners telt als band vanaf trede %d (%s)."},
	"method_brokers":     {"A partner counts as bridging when the network falls apart without it (a cut point), when it lies on many of the shortest paths between others (betweenness in the top 10%%), or when it links sectors that otherwise stay apart (brokerage between sectors after Gould & Fernandez 1989, in the top 10%%).", "Een partner geldt als verbindend wanneer het netwerk zonder hem uiteenvalt (een snijpunt), wanneer hij op veel van de kortste wegen tussen anderen ligt (tussenpositie bij de hoogste 10%%), of wanneer hij sectoren verbindt die anders gescheiden blijven (makelaarschap tussen sectoren volgens Gould & Fernandez 1989, bij de hoogste 10%%)."},
	"method_as_of":       {"The analysis looks from %s; events after that date are left out.", "De analyse kijkt vanaf %s; gebeurtenissen na die datum blijven buiten beschouwing."},
	"method_since":       {"Only events from %s on are counted.", "Alleen gebeurtenissen vanaf %s tellen mee."},
	"method_kinds":       {"Event kinds and their rungs", "Soorten gebeurtenissen en hun trede"},
	"col_event_kind":     {"Event kind", "Soort gebeurtenis"},
	"col_aliases":        {"Also written as", "Ook geschreven als"},
	"method_sources":     {"Files read", "Gelezen bestanden"},
	"people_pseudonyms":  {"{Person} appear only under a pseudonym, made with a secret key that stays with the maker of this report: a reader cannot tell who is who from it, though in a small team a partner or a role can still point to someone.", "{Person} verschijnen enkel onder een pseudoniem, gemaakt met een geheime sleutel die bij de maker van dit rapport blijft: een lezer kan er niet uit afleiden wie wie is, al kan in een klein team een partner of een rol toch naar iemand wijzen."},
	"people_names":       {"{Person} appear by name, at the user's request.", "{Person} verschijnen met hun naam, op vraag van de gebruiker."},
	"people_none":        {"{Person} were left out of the analysis.", "{Person} zijn buiten de analyse gelaten."},

	// Compare page.
	"cmp_title":         {"Comparison", "Vergelijking"},
	"cmp_subtitle":      {"Several partnerships, or one partnership over time, side by side.", "Meerdere samenwerkingsverbanden, of één samenwerkingsverband door de tijd, naast elkaar."},
	"cmp_figures":       {"Network figures side by side", "Netwerkcijfers naast elkaar"},
	"cmp_measure":       {"Measure", "Maat"},
	"cmp_profiles":      {"Depth profile per case", "Diepteprofiel per samenwerkingsverband"},
	"cmp_profiles_s":    {"The bars show which share of each case's ties stands on each rung, on one common scale; the number above a bar is the count of ties.", "De staven tonen welk deel van de banden van elk samenwerkingsverband op elke trede staat, op één gemeenschappelijke schaal; het getal boven een staaf is het aantal banden."},
	"cmp_maps":          {"Maps", "Kaarten"},
	"cmp_trend":         {"Trend", "Verloop"},
	"cmp_more":          {"… and %d more.", "… en nog %d."},
	"cmp_changes":       {"Changed ties", "Veranderde banden"},
	"per_title":         {"Changes between %s and %s", "Veranderingen tussen %s en %s"},
	"per_transitions":   {"From rung to rung", "Van trede naar trede"},
	"per_transitions_s": {"Each cell counts the pairs of partners that stood at one rung in the first period (row) and at another in the second (column). Blue cells above the diagonal deepened, orange cells below it weakened, grey cells stayed the same.", "Elke cel telt de paren partners die in de eerste periode op een trede stonden (rij) en in de tweede op een andere (kolom). Blauwe cellen boven de diagonaal zijn verdiept, oranje cellen eronder verzwakt, grijze cellen bleven gelijk."},
	"per_new":           {"New ties", "Nieuwe banden"},
	"per_lost":          {"Lost ties", "Verdwenen banden"},
	"per_deepened":      {"Deepened ties", "Verdiepte banden"},
	"per_weakened":      {"Weakened ties", "Verzwakte banden"},
	"per_central":       {"Partners who gained or lost a central place", "Partners die een centrale plaats wonnen of verloren"},
	"col_before":        {"Before", "Voor"},
	"col_after":         {"After", "Na"},
	"col_change":        {"Change", "Verschil"},
	"col_measure":       {"Measure", "Maat"},

	// Measure names (compare page and partner figures).
	"m_partners":              {"Partners", "Partners"},
	"m_core_partners":         {"{Core}", "{Core}"},
	"m_ties":                  {"Ties", "Banden"},
	"m_density":               {"Density", "Dichtheid"},
	"m_mean_depth":            {"Mean depth", "Gemiddelde diepte"},
	"m_deep_share":            {"Share at {rung4} or {rung5} (rung 4–5)", "Aandeel op {rung4} of {rung5} (trede 4–5)"},
	"m_align_share":           {"Share at {rung4} or {rung5} (rung 4–5)", "Aandeel {rung4} of {rung5} (trede 4–5)"},
	"m_components":            {"Separate parts", "Losse delen"},
	"m_degree_centralization": {"Centralisation", "Centralisatie"},
	"m_transitivity":          {"Transitivity (closed triangles)", "Transitiviteit (gesloten driehoeken)"},
	"m_average_clustering":    {"Average clustering", "Gemiddelde clustering"},
	"m_diameter":              {"Diameter (steps)", "Diameter (stappen)"},
	"m_average_path_length":   {"Average path length (steps)", "Gemiddelde padlengte (stappen)"},
	"m_modularity":            {"Modularity", "Modulariteit"},
	"m_communities":           {"Communities", "Gemeenschappen"},
	"m_articulation_points":   {"Cut points", "Snijpunten"},
	"m_bridges":               {"Bridges (only links)", "Bruggen (enige verbindingen)"},
	"m_boundary_objects":      {"Boundary objects", "Grensobjecten"},
	"m_weak_links":            {"Weak links", "Zwakke schakels"},
	"m_betweenness":           {"Betweenness", "Tussenpositie"},
	"m_degree":                {"Ties", "Banden"},
	"m_strength":              {"Strength", "Sterkte"},
	"m_eigenvector":           {"Eigenvector centrality", "Eigenvectorcentraliteit"},
	"m_pagerank":              {"PageRank", "PageRank"},
	"m_closeness":             {"Closeness", "Nabijheid"},
}

// statements are the sentences of issue 11: each says something about the
// data and is printed only where its condition (needs) holds.
var statements = map[string]msg{
	// Counted nouns: "one|many" forms, picked by count().
	"n_org":     {"%d organisation|%d organisations", "%d organisatie|%d organisaties"},
	"n_core":    {"%d {core1}|%d {core}", "%d {core1}|%d {core}"},
	"n_tie":     {"%d tie|%d ties", "%d band|%d banden"},
	"n_pair":    {"%d pair of partners|%d pairs of partners", "%d paar partners|%d paren partners"},
	"n_partner": {"%d partner|%d partners", "%d partner|%d partners"},
	"n_theme":   {"%d shared theme|%d shared themes", "%d gedeeld thema|%d gedeelde thema's"},

	"kf_partners_core":     {"%s take part, %s among them%s.", "%s nemen deel, waarvan %s%s."},
	"kf_partners_nocore":   {"%s take part. No partner is marked as core, so the findings about the {coregroup} are left out. Mark {core} with a ‘core’ column.", "%s nemen deel. Geen enkele partner is als kern aangeduid, dus de bevindingen over de {coregroup} blijven weg. Duid {core} aan met een kolom ‘kern’."},
	"kf_partners_one":      {"One organisation takes part.", "Eén organisatie neemt deel."},
	"kf_ties_some":         {"%s work together at least at the level of %s.", "%s werken samen, minstens op het niveau van %s."},
	"kf_ties_some_one":     {"%s works together at least at the level of %s.", "%s werkt samen, minstens op het niveau van %s."},
	"kf_ties_none":         {"No pair of partners works together at the level of %s or deeper.", "Geen enkel paar partners werkt samen op het niveau van %s of dieper."},
	"kf_density_pairs":     {"%s of all possible pairs of partners have such a tie; the other pairs do not (yet) work together.", "%s van alle mogelijke paren partners heeft zo'n band; de andere paren werken (nog) niet samen."},
	"kf_brokers_cut":       {"%s each the only link between parts of the network (cut points): without any one of them, some partners lose contact with the rest.", "%s telkens de enige verbinding tussen delen van het netwerk (snijpunten): zonder één van hen verliezen sommige partners het contact met de rest."},
	"kf_brokers_cut_one":   {"One partner is the only link between parts of the network (a cut point): without it, some partners lose contact with the rest.", "Eén partner is de enige verbinding tussen delen van het netwerk (een snijpunt): zonder die partner verliezen sommige partners het contact met de rest."},
	"kf_brokers_nocut":     {"%s stand out as links between others, but none is the only link: no single partner's departure cuts partners off from each other.", "%s springen eruit als verbinding tussen anderen, maar geen enkele is de enige verbinding: het vertrek van geen enkele partner snijdt partners van elkaar af."},
	"kf_brokers_nocut_one": {"One partner stands out as a link between others, but it is not the only link: its departure cuts no partner off.", "Eén partner springt eruit als verbinding tussen anderen, maar is niet de enige verbinding: zijn vertrek snijdt geen partner af."},
	"kf_brokers_none":      {"No partner stands out as a link between others, and none is the only link between parts of the network.", "Geen enkele partner springt eruit als verbinding tussen anderen, en geen enkele is de enige verbinding tussen delen van het netwerk."},
	"kf_objects_some":      {"%d of the %s bring {coregroup} and external partners together at least at the level of {rung3}.", "%d van de %s brengen {core} en externe partners samen, minstens op het niveau van {rung3}."},
	"kf_objects_some_one":  {"%d of the %s brings {coregroup} and external partners together at least at the level of {rung3}.", "%d van de %s brengt {core} en externe partners samen, minstens op het niveau van {rung3}."},
	"kf_objects_nobo":      {"None of the %s brings {coregroup} and external partners together at the level of {rung3} yet.", "Geen van de %s brengt {core} en externe partners al samen op het niveau van {rung3}."},
	"depth_target":         {"Not every tie has to reach the top, but between {core} and around shared target groups collaboration should reach at least {target_or_next}.", "Niet elke band moet de top halen, maar tussen {core} en rond gedeelde doelgroepen hoort de samenwerking minstens {target_or_next} te bereiken."},
	"depth_target_own":     {"Not every tie has to reach the top, but between {core} collaboration should reach at least {target_or_next}.", "Niet elke band moet de top halen, maar tussen {core} hoort de samenwerking minstens {target_or_next} te bereiken."},
	"kf_weak_some":         {"%s have a weak link: %d fragile (the tie may vanish), %d thin (shallower than it should be); a link can be both.", "%s hebben een zwakke schakel: %d kwetsbaar (de band kan wegvallen), %d dun (minder diep dan hij zou moeten zijn); een schakel kan beide zijn."},
	"kf_weak_some_one":     {"%s has a weak link: %d fragile (the tie may vanish), %d thin (shallower than it should be); a link can be both.", "%s heeft een zwakke schakel: %d kwetsbaar (de band kan wegvallen), %d dun (minder diep dan hij zou moeten zijn); een schakel kan beide zijn."},
	"kf_weak_zero":         {"None of the %s is a weak link.", "Geen van de %s is een zwakke schakel."},
	"coord_s_own":          {"These figures show what the network would look like if %s were gone.", "Deze cijfers tonen hoe het netwerk eruit zou zien zonder %s."},
	"method_evidence_own":  {"Every recorded event between two partners is evidence for the rung of its kind. Recent events count fully; older ones count less: an event loses half its weight every %s days (the half-life).", "Elke geregistreerde gebeurtenis tussen twee partners telt als bewijs voor de trede van haar soort. Recente gebeurtenissen tellen volledig, oudere minder: een gebeurtenis verliest elke %s dagen de helft van haar gewicht (de halveringstijd)."},
	"kf_coord_s":           {"%s holds the coordinating role; the network with and without it is compared below.", "%s neemt de regierol op; het netwerk met en zonder die partner wordt verderop vergeleken."},

	"brokers_intro_cut":   {"These partners connect parts of the network that would otherwise hardly meet. Some of them are the only link for some partners: if such a partner drops out, those partners lose contact with the rest. Make sure this role does not rest on them alone.", "Deze partners verbinden delen van het netwerk die elkaar anders nauwelijks zouden ontmoeten. Sommigen zijn voor sommige partners de enige verbinding: valt zo'n partner weg, dan verliezen die partners het contact met de rest. Zorg dat die rol niet op hen alleen rust."},
	"brokers_intro_nocut": {"These partners connect parts of the network that would otherwise meet less often. None of them is the only link: every pair of partners keeps another path if one of them drops out, though it may be longer.", "Deze partners verbinden delen van het netwerk die elkaar anders minder zouden ontmoeten. Geen van hen is de enige verbinding: valt er één weg, dan houdt elk paar partners een andere weg, al is die misschien langer."},
	"broker_between":      {"lies on many of the shortest paths between other partners", "ligt op veel van de kortste wegen tussen andere partners"},
	"broker_between_tip":  {"betweenness %s, among the highest 10%%", "tussenpositie (betweenness) %s, bij de hoogste 10%%"},
	"broker_sectors":      {"connects partners of different sectors who have no tie of their own", "verbindt partners uit verschillende sectoren die zelf geen band hebben"},
	"broker_sectors_tip":  {"brokerage between sectors: %s (representative %s, gatekeeper %s, liaison %s), among the highest 10%%", "makelaarschap tussen sectoren: %s (vertegenwoordiger %s, poortwachter %s, verbinder %s), bij de hoogste 10%%"},

	"weak_families":       {"Weak links come in two families. Fragile ties may vanish: a bridge, a deep tie that rests on one person, contact that comes from one side only, or two sides that rate the tie far apart. Thin ties are shallower than they should be: {core} stuck at {rung1} or {rung2}, ties below their target, or fading contact. Under each reason the worst come first.", "Zwakke schakels vallen in twee families. Kwetsbare banden kunnen wegvallen: een brug, een diepe band die op één persoon rust, contact dat maar van één kant komt, of twee kanten die de band heel verschillend inschatten. Dunne banden zijn minder diep dan ze zouden moeten zijn: {core} die bij {rung1} of {rung2} blijven steken, banden onder hun streefwaarde, of wegebbend contact. Per reden staan de ergste bovenaan."},
	"fam_fragile":         {"Fragile: the tie may vanish", "Kwetsbaar: de band kan wegvallen"},
	"fam_thin":            {"Thin: shallower than it should be", "Dun: minder diep dan hij zou moeten zijn"},
	"fam_fragile_s":       {"Weak links in this family: %s.", "Zwakke schakels in deze familie: %s."},
	"fam_thin_s":          {"Weak links in this family: %s.", "Zwakke schakels in deze familie: %s."},
	"fam_fragile_none":    {"No tie is fragile.", "Geen enkele band is kwetsbaar."},
	"fam_thin_none":       {"No tie is thinner than it should be.", "Geen enkele band is minder diep dan hij zou moeten zijn."},
	"reason_one_way":      {"one-way: three or more contacts, all started by the same side", "eenrichtingsverkeer: drie of meer contacten, allemaal van dezelfde kant uit"},
	"reason_rating_gap":   {"the two sides rate the tie at least two rungs apart", "beide kanten schatten de band minstens twee treden verschillend in"},
	"rows_all_one":        {"%d shown.", "%d getoond."},
	"rows_all":            {"All %d shown.", "Alle %d getoond."},
	"rows_some":           {"%d of %d shown; the others are under ‘Show all’ below.", "%d van %d getoond; de andere staan hieronder bij ‘Toon alle’."},
	"rows_some_elsewhere": {"%d of %d shown; ask the maker of this report for the whole list (gbo weak).", "%d van %d getoond; vraag de maker van dit rapport om de volledige lijst (gbo weak)."},
	"more_all":            {"Show all %d", "Toon alle %d"},
	"more_capped":         {"Show %d more of %d", "Toon nog %d van de %d"},
	"more_cap_note":       {"This list stops after %s; ask the maker of this report for the whole list (gbo weak, or the Excel export of these data).", "Deze lijst stopt na %s; vraag de maker van dit rapport om de volledige lijst (gbo weak, of de Excel-export van deze gegevens)."},
	"n_row":               {"%d row|%d rows", "%d rij|%d rijen"},
	"survey_differ_more":  {"The other pairs whose ratings differ are in the Excel export of these data (sheet ‘Ties’, with both ratings of every pair).", "De andere paren met verschillende oordelen staan in de Excel-export van deze gegevens (blad ‘Banden’, met beide oordelen van elk paar)."},
	"rows_some_partners":  {"%d of %d shown.", "%d van %d getoond."},
	"rows_some_frag":      {"%d of %d with a cost shown (%d in all).", "%d van %d met gevolgen getoond (%d in totaal)."},
	"rows_frag_all":       {"All %d with a cost shown (%d in all).", "Alle %d met gevolgen getoond (%d in totaal)."},
	"rows_frag_all_one":   {"%d with a cost shown (%d in all).", "%d met gevolgen getoond (%d in totaal)."},
	"missing_title":       {"{Core} without contact", "{Core} zonder contact"},
	"missing_s":           {"These pairs of {core} have no tie at the level of %s or deeper:", "Deze paren {core} hebben geen band op het niveau van %s of dieper:"},
	"missing_none":        {"Every pair of {core} has a tie at the level of %s or deeper.", "Elk paar {core} heeft een band op het niveau van %s of dieper."},
	"missing_last":        {"last contact %s", "laatste contact %s"},
	"missing_never":       {"no contact recorded", "geen contact geregistreerd"},
	"col_partner_of":      {"Works at", "Werkt bij"},
	"col_role":            {"Role", "Rol"},
	"frag_costs":          {"For each partner and each {person1}: how many deep ties ({rung3} or deeper) would be lost, how many ties would become shallower, and how many pairs of partners would lose every path between them. The most costly come first.", "Voor elke partner en elke {person1}: hoeveel diepe banden ({rung3} of dieper) verloren zouden gaan, hoeveel banden ondieper zouden worden, en hoeveel paren partners elke weg naar elkaar zouden verliezen. De zwaarste staan bovenaan."},
	"frag_costs_partners": {"For each partner: how many deep ties ({rung3} or deeper) would be lost, how many ties would become shallower, and how many pairs of partners would lose every path between them. The most costly come first.", "Voor elke partner: hoeveel diepe banden ({rung3} of dieper) verloren zouden gaan, hoeveel banden ondieper zouden worden, en hoeveel paren partners elke weg naar elkaar zouden verliezen. De zwaarste staan bovenaan."},
	"frag_nothing":        {"No departure of a partner or a person would cost a tie.", "Het vertrek van geen enkele partner of persoon zou een band kosten."},
	"isolated_some":       {"These external partners have no tie at {target} level (rung {targetN}) or deeper with any {core1}%s:", "Deze externe partners hebben met geen enkele {core1}%s een band op het niveau van {target} (trede {targetN}) of dieper:"},

	"coord_title": {"The network with and without the coordinator", "Het netwerk met en zonder de regisseur"},
	"coord_s":     {"The evaluation found that the coordinator keeps partners engaged. These figures show what the network would look like if %s were gone.", "De evaluatie stelde vast dat de regisseur de partners betrokken houdt. Deze cijfers tonen hoe het netwerk eruit zou zien zonder %s."},
	"col_with":    {"With", "Met"},
	"col_without": {"Without", "Zonder"},

	"recs_title":    {"What the evaluation suggests", "Wat de evaluatie aanraadt"},
	"recs_intro":    {"The evaluation of GBO ends with nine suggestions; these patterns in this partnership touch on some of them:", "De evaluatie van GBO sluit af met negen aanbevelingen; deze patronen in dit samenwerkingsverband raken aan enkele ervan:"},
	"rec_acq":       {"{Core} stuck at {rung1} or {rung2}: %s; see suggestion 7 (from acquaintance to action).", "{Core} die bij {rung1} of {rung2} blijven steken: %s; zie aanbeveling 7 (van kennismaking naar actie)."},
	"rec_single":    {"Deep ties that rest on one person: %s; see suggestions 3 (time and room for professionals) and 7 (anchor collaboration beyond one {person1}).", "Diepe banden die op één persoon rusten: %s; zie aanbevelingen 3 (tijd en ruimte voor professionals) en 7 (samenwerking verankeren voorbij één {person1})."},
	"rec_candidate": {"Could become a boundary object: %s; see suggestion 6a (put boundary objects at the centre).", "Kan een grensobject worden: %s; zie aanbeveling 6a (grensobjecten centraal zetten)."},
	"rec_boundary":  {"Already works as a boundary object: %s; see suggestion 6a (put boundary objects at the centre).", "Werkt al als grensobject: %s; zie aanbeveling 6a (grensobjecten centraal zetten)."},
	"rec_isolated":  {"External partners without a deep tie to the core: %s; see suggestions 6b (join existing initiatives) and 8 (involve the target group).", "Externe partners zonder diepe band met de kern: %s; zie aanbevelingen 6b (aansluiten bij bestaande initiatieven) en 8 (de doelgroep betrekken)."},
	"rec_coord":     {"The network without its coordinator (%s) is shown under weak links: see suggestion 5 (consolidate coordination).", "Het netwerk zonder zijn regisseur (%s) staat bij de zwakke schakels: zie aanbeveling 5 (de regie verankeren)."},
	"n_deep_single": {"%d deep tie|%d deep ties", "%d diepe band|%d diepe banden"},
	"n_ext":         {"%d external partner|%d external partners", "%d externe partner|%d externe partners"},

	"asof_warning":              {"Check this date: it comes from one event far after the others (%s, %s days after the event before it, on %s; %s, line %d). If the year is a typing error, correct it; otherwise set the as-of date (as_of) in case.toml.", "Controleer deze datum: ze komt van één gebeurtenis ver na de andere (%s, %s dagen na de gebeurtenis ervoor, op %s; %s, regel %d). Is het jaartal een tikfout, verbeter het dan; stel anders de peildatum (as_of) in case.toml in."},
	"kf_people_cut":             {"Yet the departure of %s would cut pairs of partners off from each other (see weak links and fragility).", "Toch zou het vertrek van %s paren partners van elkaar afsnijden (zie zwakke schakels en kwetsbaarheid)."},
	"n_person":                  {"%d person|%d people", "%d persoon|%d personen"},
	"n_core_pairs":              {"%d pair of {core}|%d pairs of {core}", "%d paar {core}|%d paren {core}"},
	"kf_missing_core":           {"%s have no tie at the level of %s or deeper.", "%s hebben geen band op het niveau van %s of dieper."},
	"kf_missing_core_one":       {"%s has no tie at the level of %s or deeper.", "%s heeft geen band op het niveau van %s of dieper."},
	"rec_missing":               {"{Core} without a tie between them: %s; see suggestion 7 (from acquaintance to action).", "{Core} zonder band met elkaar: %s; zie aanbeveling 7 (van kennismaking naar actie)."},
	"depth_one_sided_noev":      {"%s at {rung3} or deeper reach that depth only through a rating by one side: the other side did not rate the tie, and no event between the two was recorded.", "%s op het niveau van {rung3} of dieper halen die diepte alleen door het oordeel van één kant: de andere kant beoordeelde de band niet, en er is geen gebeurtenis tussen beide geregistreerd."},
	"depth_one_sided_noev_one":  {"%s at {rung3} or deeper reaches that depth only through a rating by one side: the other side did not rate the tie, and no event between the two was recorded.", "%s op het niveau van {rung3} of dieper haalt die diepte alleen door het oordeel van één kant: de andere kant beoordeelde de band niet, en er is geen gebeurtenis tussen beide geregistreerd."},
	"depth_one_sided_lower":     {"%s at {rung3} or deeper reach that depth only through a rating by one side: the other side did not rate the tie, and the recorded events reach only a lower rung.", "%s op het niveau van {rung3} of dieper halen die diepte alleen door het oordeel van één kant: de andere kant beoordeelde de band niet, en de geregistreerde gebeurtenissen halen maar een lagere trede."},
	"depth_one_sided_lower_one": {"%s at {rung3} or deeper reaches that depth only through a rating by one side: the other side did not rate the tie, and the recorded events reach only a lower rung.", "%s op het niveau van {rung3} of dieper haalt die diepte alleen door het oordeel van één kant: de andere kant beoordeelde de band niet, en de geregistreerde gebeurtenissen halen maar een lagere trede."},
	"depth_one_sided_mixed":     {"%s at {rung3} or deeper reach that depth only through a rating by one side, which the other side did not give: %d of them with no recorded event, %d with recorded events at a lower rung only.", "%s op het niveau van {rung3} of dieper halen die diepte alleen door het oordeel van één kant, dat de andere kant niet gaf: %d ervan zonder geregistreerde gebeurtenis, %d met geregistreerde gebeurtenissen op alleen een lagere trede."},
	"n_pair_short":              {"%d pair|%d pairs", "%d paar|%d paren"},
	"frag_person_more":          {"A person's departure can cost more than their organisation's: a person who leaves takes along the shared events they took part in, while the shared meetings of a partner that leaves still happened between the others who attended them.", "Het vertrek van een persoon kan meer kosten dan dat van zijn organisatie: wie vertrekt, neemt de gedeelde gebeurtenissen mee waaraan hij deelnam, terwijl de gedeelde overleggen van een partner die vertrekt wel plaatsvonden tussen de anderen die erbij waren."},
	"notes_no_warnings":         {"No file gave a warning.", "Geen enkel bestand gaf een waarschuwing."},
	"footer_no_date":            {"Made with gbo from the data (no as-of date: ratings only). This report holds no client data and loads nothing from the internet.", "Gemaakt met gbo op basis van de gegevens (geen peildatum: alleen beoordelingen). Dit rapport bevat geen cliëntgegevens en laadt niets van het internet."},

	// The survey (issue 12): who answered, and where the two sides of a
	// pair rate their tie differently.
	"survey_answered":              {"%d of the %s answered the survey (%s).", "%d van de %s beantwoordden de bevraging (%s)."},
	"survey_answered_one":          {"%d of the %s answered the survey (%s).", "%d van de %s beantwoordde de bevraging (%s)."},
	"survey_answered_all":          {"All %d partners answered the survey.", "Alle %d partners beantwoordden de bevraging."},
	"survey_answered_all_one":      {"The %d partner answered the survey.", "De %d partner beantwoordde de bevraging."},
	"survey_silent":                {"%s did not answer:", "%s antwoordden niet:"},
	"survey_silent_one":            {"%s did not answer:", "%s antwoordde niet:"},
	"survey_one_side_some":         {"%s were rated by one side only, %d of them because the other partner did not answer.", "%s werden maar door één kant beoordeeld, %d ervan omdat de andere partner niet antwoordde."},
	"survey_one_side_silent":       {"%s were rated by one side only, all because the other partner did not answer.", "%s werden maar door één kant beoordeeld, allemaal omdat de andere partner niet antwoordde."},
	"survey_one_side_silent_one":   {"%s was rated by one side only, because the other partner did not answer.", "%s werd maar door één kant beoordeeld, omdat de andere partner niet antwoordde."},
	"survey_one_side_answered":     {"%s were rated by one side only, though both partners answered the survey.", "%s werden maar door één kant beoordeeld, hoewel beide partners de bevraging beantwoordden."},
	"survey_one_side_answered_one": {"%s was rated by one side only, though both partners answered the survey.", "%s werd maar door één kant beoordeeld, hoewel beide partners de bevraging beantwoordden."},
	"survey_no_one_side":           {"Every pair that was rated was rated by both sides.", "Elk beoordeeld paar werd door beide kanten beoordeeld."},
	"survey_gap":                   {"%s were rated by both sides; on average their two ratings lie %s rungs apart.", "%s werden door beide kanten beoordeeld; gemiddeld liggen beide oordelen %s treden uit elkaar."},
	"survey_gap_one":               {"%s was rated by both sides; its two ratings lie %s rungs apart.", "%s werd door beide kanten beoordeeld; beide oordelen liggen %s treden uit elkaar."},
	"survey_differ":                {"For %s the two ratings differ in depth, trust or value; the largest differences come first.", "Bij %s verschillen beide oordelen in diepte, vertrouwen of waarde; de grootste verschillen staan eerst."},
	"survey_agree":                 {"Where both sides rated a pair, they gave the same depth, and the same trust and value wherever both gave them.", "Waar beide kanten een paar beoordeelden, gaven ze dezelfde diepte, en hetzelfde vertrouwen en dezelfde waarde waar beide die gaven."},
	"survey_differ_title":          {"Where the two sides see their tie differently", "Waar beide kanten hun band anders zien"},
	"survey_scale":                 {"Trust and value run from 1 (low) to 4 (high); a dash means the partner left it blank.", "Vertrouwen en waarde lopen van 1 (laag) tot 4 (hoog); een streepje betekent dat de partner het openliet."},
	"col_view_a":                   {"A's rating of B", "Oordeel van A over B"},
	"col_view_b":                   {"B's rating of A", "Oordeel van B over A"},
	"col_partner_a":                {"Partner A", "Partner A"},
	"col_partner_b":                {"Partner B", "Partner B"},
	"col_trust":                    {"Trust", "Vertrouwen"},
	"col_value":                    {"Value", "Waarde"},
}

// needs names, for each statement about the data, the fact that must hold
// for it to be printed; holds (view.go) decides it from the embedded
// analysis, and the tests decide it again from the page's JSON.
var needs = map[string]string{
	"kf_partners_core": "core_partners", "kf_partners_nocore": "no_core_partners", "kf_partners_one": "one_partner",
	"kf_ties_some": "ties", "kf_ties_some_one": "one_tie", "kf_ties_none": "no_ties",
	"kf_density_pairs": "pairs", "kf_mean_between": "ties", "kf_mean_at": "ties", "kf_deep_s": "ties",
	"kf_parts_one": "connected", "kf_parts_many": "parts",
	"kf_central_high": "central_high", "kf_central_mid": "central_mid", "kf_central_low": "central_low",
	"kf_brokers_cut": "cut_points", "kf_brokers_cut_one": "one_cut_point",
	"kf_brokers_nocut": "brokers_no_cut", "kf_brokers_nocut_one": "one_broker_no_cut", "kf_brokers_none": "no_brokers",
	"kf_objects_some": "boundary_object", "kf_objects_some_one": "boundary_object", "kf_objects_nobo": "objects_no_boundary",
	"kf_weak_some": "weak", "kf_weak_some_one": "one_weak", "kf_weak_zero": "ties_no_weak", "kf_coord_s": "coordinator", "kf_coordinator_s": "coordinator_named",
	"depth_summary": "ties", "depth_empty": "no_ties", "depth_faded": "events_decayed", "depth_faded_one": "events_decayed",
	"depth_rated_zero": "rated_no_contact", "depth_rated_zero_one": "rated_no_contact", "depth_events_rung0": "events_rung_0", "depth_events_rung0_one": "events_rung_0",
	"depth_rung0": "below_rung_1_unsplit", "depth_rung0_one": "below_rung_1_unsplit", "depth_below_min": "below_min_depth", "depth_below_min_one": "below_min_depth",
	"depth_one_sided_noev": "one_sided_deep_no_events", "depth_one_sided_noev_one": "one_sided_deep_no_events",
	"depth_one_sided_lower": "one_sided_deep_lower_events", "depth_one_sided_lower_one": "one_sided_deep_lower_events", "depth_one_sided_mixed": "one_sided_deep_mixed",
	"brokers_intro_cut": "cut_point", "brokers_intro_nocut": "brokers_no_cut", "brokers_none": "no_brokers",
	"objects_unknown": "no_objects", "objects_none": "objects_unused",
	"fam_fragile_s": "fragile", "fam_thin_s": "thin", "fam_fragile_none": "no_fragile", "fam_thin_none": "no_thin",
	"weak_none": "no_weak",
	"missing_s": "missing_core_pairs", "missing_none": "no_missing_core_pairs",
	"isolated_some":  "isolated",
	"people_unknown": "people_unknown", "frag_costs": "frag_costs_people", "frag_costs_partners": "frag_costs_no_people", "frag_nothing": "no_frag_costs",
	"coord_s": "coordinator", "coord_s_own": "coordinator", "method_evidence_own": "events", "depth_target": "core_partners",
	"rec_acq": "stuck_acquaintance", "rec_single": "single_carrier", "rec_candidate": "candidate_object",
	"rec_boundary": "boundary_object", "rec_isolated": "isolated", "rec_coord": "coordinator",
	"notes_none": "no_notes", "notes_no_warnings": "no_warnings",
	"method_survey": "ratings",
	"asof_warning":  "asof_far_beyond", "kf_people_cut": "people_cut", "kf_missing_core": "missing_core_pairs", "kf_missing_core_one": "missing_core_pairs",
	"rec_missing": "missing_core_pairs", "frag_person_more": "frag_costs_people",
	"method_evidence": "events", "method_threshold_1": "events", "method_threshold_n": "events", "method_score": "events",
	"people_pseudonyms": "people", "people_names": "people", "method_as_of": "as_of", "footer": "as_of", "footer_no_date": "no_as_of",
	"survey_answered": "survey_some_silent", "survey_answered_one": "survey_some_silent", "survey_answered_all": "survey_all", "survey_answered_all_one": "survey_all",
	"survey_silent": "survey_some_silent", "survey_silent_one": "survey_some_silent",
	"survey_one_side_some": "survey_one_side_some", "survey_one_side_silent": "survey_one_side_silent", "survey_one_side_silent_one": "survey_one_side_silent",
	"survey_one_side_answered": "survey_one_side_answered", "survey_one_side_answered_one": "survey_one_side_answered",
	"survey_no_one_side": "survey_no_one_side", "survey_gap": "survey_both", "survey_gap_one": "survey_both",
	"survey_differ": "survey_differ", "survey_agree": "survey_agree",
}

func init() {
	for k, m := range statements {
		if _, dup := catalogue[k]; dup {
			panic("report: message " + k + " twice")
		}
		catalogue[k] = m
	}
}

// count writes n with the noun of key ("%d tie|%d ties") in its singular
// or plural form.
func count(lang, key string, n int) string { return countw(nil, lang, key, n) }

// countw is count with the case's own words (nil: GBO's).
func countw(w *Words, lang, key string, n int) string {
	forms := strings.SplitN(trw(w, lang, key, n, n), "|", 2)
	if len(forms) == 2 && n != 1 {
		return forms[1]
	}
	return forms[0]
}

// Needs returns a copy of the conditions of the guarded sentences (key →
// condition), for tests that check a page against its embedded analysis.
func Needs() map[string]string {
	out := make(map[string]string, len(needs))
	for k, v := range needs {
		out[k] = v
	}
	return out
}
