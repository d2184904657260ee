package english

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/lang"
)

// ByMeasure are word lists by the measure they give (lang.ByMeasure).
type ByMeasure = lang.ByMeasure

// MeasureLexicon is the vocabulary of the measure and slot passes
// (lang.MeasureLexicon).
type MeasureLexicon = lang.MeasureLexicon

// Measures returns the English vocabulary of the measure and slot passes.
func Measures() MeasureLexicon {
	var l MeasureLexicon
	measureWords(&l)
	phraseWords(&l)
	tollWords(&l)
	slotWords(&l)
	countWords(&l)
	return l
}

// measureWords sets the measure words and the words of the verb chain
// after a figure (Participles to NpStop).
func measureWords(l *MeasureLexicon) {
	l.Participles = ByMeasure{
		Killed:    strings.Fields(`killed dead died die dies dying perished slain murdered massacred drowned succumbed`),
		Injured:   strings.Fields(`injured wounded hurt hospitalised hospitalized`),
		Missing:   strings.Fields(`missing unaccounted disappeared`),
		Arrested:  strings.Fields(`arrested detained held custody apprehended jailed`),
		Displaced: strings.Fields(`displaced homeless fled uprooted`),
		Evacuated: strings.Fields(`evacuated airlifted`),
		Executed:  strings.Fields(`executed hanged`),
	}
	l.Transitive = strings.Fields(`killed murdered massacred injured wounded hurt arrested detained held
		apprehended jailed displaced evacuated airlifted executed hanged`)
	l.HeadMeasure = ByMeasure{
		Killed:    strings.Fields(`deaths death fatalities fatality lives bodies dead killings`),
		Injured:   strings.Fields(`injuries injured wounded`),
		Missing:   strings.Fields(`missing`),
		Arrested:  strings.Fields(`arrests detentions detainees`),
		Displaced: strings.Fields(`displaced`),
		Evacuated: strings.Fields(`evacuations evacuees`),
		Executed:  strings.Fields(`executions`),
		Rescued:   strings.Fields(`survivors`),
	}
	l.OfHeads = ByMeasure{
		Killed:     strings.Fields(`bodies deaths death remains`),
		Attendance: strings.Fields(`crowd crowds audience congregation`),
	}
	l.LeftMeasure = ByMeasure{
		Killed: strings.Fields(`killed kill kills killing killings dead died die dies dying death deaths toll
		lives fatalities bodies victims perished slain slaying murdered murdering murder murders
		massacred massacring massacre`),
		Injured: strings.Fields(`injured injure injures injuring injury injuries wounded wound wounds wounding
		hurt hurting`),
		Missing: strings.Fields(`disappearance disappearances`),
		Arrested: strings.Fields(`arrested arrest arrests arresting detained detain detains detaining detention
		held holding custody apprehended captured capturing jailed jailing`),
		Displaced: strings.Fields(`displaced displacing displace displaces displacement uprooted uprooting`),
		Evacuated: strings.Fields(`evacuated evacuate evacuates evacuating evacuation evacuations airlifted airlift
		airlifts airlifting`),
		Executed:  strings.Fields(`executed execute executes executing execution executions hanged hanging`),
		Rescued:   strings.Fields(`rescued rescuing`),
		Aboard:    strings.Fields(`carrying`),
		Residents: strings.Fields(`housing housed`),
	}
	l.Ambiguous = strings.Fields(`held holding captured capturing hanging wound wounds hurt hurting`)
	l.PresentRoles = strings.Fields(`guests guest staff employees employee workers worshippers passengers customers
		diners shoppers tourists visitors patients pupils students`)
	l.ChainParticiples = strings.Fields(`found taken left shot known thought seen given sent brought put held built sold
		won lost`)
	l.BeForms = strings.Fields(`were was are is been being be am`)
	l.ChainPass = strings.Fields(`who that have has had will would may might could should must also now still
		later since reportedly remain remained remains confirmed reported feared
		believed thought presumed said known listed declared pronounced found left to
		taken into in placed under all not yet either eventually subsequently shot been
		got became become among the those as officially recorded registered`)
	l.Determiners = strings.Fields(`a an the this that these those his her its their our my your some all at more
		over about around nearly almost least no dozens hundreds thousands scores`)
	l.Possessives = strings.Fields(`his her its their our my your`)
	l.Demonstratives = strings.Fields(`this that these those`)
	l.Pronouns = strings.Fields(`them him her it us me you those these they we whom each`)
	l.NpStop = strings.Fields(`and or but nor of in on at by for from with without to into onto near during
		after before since until across through against among amid between per than as
		like who whom whose which that where when while were was are is be been being am
		have has had will would may might could should must can did do does said say
		says told according including a an the this these those his her its their our
		remain remained remains also not each apiece ago earlier later old aged each out
		so too if then there here it they we he she you i because although though
		whereas left took got became last next overnight today yesterday tonight tomorrow
		now already still yet`)
}

// phraseWords sets the words of noun phrases and of tolls (NpModifiers to
// PassWords).
func phraseWords(l *MeasureLexicon) {
	l.NpModifiers = strings.Fields(`other others more additional further extra fellow new another`)
	l.ThingSynonyms = map[string]string{"house": "home", "dwelling": "home", "residence": "home",
		"staff": "employee"}
	l.GenericPerson = map[string]string{
		"people": "people", "persons": "people", "person": "people", "individuals": "people",
		"individual": "people", "others": "people", "other": "people",
	}
	l.NotAdverb = strings.Fields(`family rally italy ally belly assembly supply anomaly july monopoly butterfly
		bully jelly lily homily emily kelly holly sally molly polly reilly daily weekly
		monthly yearly quarterly elderly`)
	l.IrregularPlurals = map[string]string{
		"people": "people", "children": "child", "women": "woman", "men": "man", "feet": "foot",
		"teeth": "tooth", "mice": "mouse", "lives": "life", "wives": "wife", "knives": "knife",
		"halves": "half", "wolves": "wolf", "leaves": "leaf", "thieves": "thief", "police": "police",
		"staff": "staff", "personnel": "personnel", "crew": "crew", "series": "series",
		"species": "species", "news": "news", "data": "data", "criteria": "criterion",
		"phenomena": "phenomenon", "media": "media", "crises": "crisis", "analyses": "analysis",
		"theses": "thesis", "bases": "base", "cases": "case", "pence": "pence", "dice": "die",
		"geese": "goose", "oxen": "ox", "troops": "troop", "specimens": "specimen",
		"stamen": "stamen", "omen": "omen", "yemen": "yemen", "abdomen": "abdomen",
		"semen": "semen", "lumen": "lumen", "cattle": "cattle", "sheep": "sheep", "deer": "deer",
		"fish": "fish", "aircraft": "aircraft", "means": "means", "headquarters": "headquarters",
		"whereabouts": "whereabouts", "hostages": "hostage", "sales": "sale", "taxes": "tax",
		"horses": "horse", "houses": "house", "nurses": "nurse", "courses": "course",
		"purposes": "purpose", "responses": "response", "clauses": "clause", "causes": "cause",
		"excuses": "excuse", "uses": "use", "rises": "rise", "noses": "nose", "doses": "dose",
		"vases": "vase", "phases": "phase", "purchases": "purchase", "lenses": "lens",
		"buses": "bus", "gases": "gas", "bonuses": "bonus", "viruses": "virus",
		"campuses": "campus", "censuses": "census", "focuses": "focus", "statuses": "status",
		"corpses": "corpse", "license": "license", "pulses": "pulse", "verses": "verse",
		"curses": "curse", "businesses": "business", "witnesses": "witness", "addresses": "address",
		"heroes": "hero", "shoes": "shoe", "toes": "toe", "foes": "foe", "canoes": "canoe",
		"oboes": "oboe", "tiptoes": "tiptoe", "kilos": "kilo", "photos": "photo",
		"euros": "euro", "pesos": "peso", "afghanis": "afghani", "rupees": "rupee",
		"percent": "percent", "km": "km", "mph": "mph", "kg": "kg",
		"sorties": "sortie", "movies": "movie", "calories": "calorie", "cookies": "cookie",
		"zombies": "zombie", "rookies": "rookie", "goalies": "goalie", "prairies": "prairie",
	}
	l.TollVerbs = strings.Fields(`rose risen rise rises rising climbed climbs climb climbing reached reaches reach
		reaching stood stands stand standing hit hits increased increases jumped jumps
		surged soared mounted totalled totaled totals total numbered numbers is was are
		were been now to at put puts bringing brought brings raised raising revised grew
		grown included includes include comprised comprises exceeded exceeds topped tops passed neared nears
		lowered lowers lowering fell fallen falls dropped declined updated corrected`)
	l.WeakToll = strings.Fields(`to at is was are were been now`)
	l.TollNouns = strings.Fields(`toll tolls number numbers total tally count figure`)
	l.SubMarkers = strings.Fields(`including included includes include among`)
	l.RefWords = strings.Fields(`the all both those these his her its their our my your each every`)
	l.Partitive = strings.Fields(`whom them which`)
	l.AsWords = strings.Fields(`many much few little high low long far`)
	l.PassWords = strings.Fields(`including rising climbing reaching increasing standing bringing totalling
		totaling numbering estimated reported confirmed believed feared climbed reached
		increased jumped surged soared mounted raised raising revised updated included
		exceeded topped passed neared totalled totaled numbered officially alleged
		allegedly suspected armed unarmed unidentified injured wounded named unnamed
		hundred reportedly among`)
}

// tollWords sets the words that end the left scan and those of the slot
// pass's rules of parts, hospitals and places (IrregularVerbs to
// PredicateWords).
func tollWords(l *MeasureLexicon) {
	l.IrregularVerbs = strings.Fields(`said says say told tells tell sent sends took takes gave gives made makes found
		finds met meets saw sees got gets paid pays won wins left leaves went goes came
		comes built builds bought buys sold sells wrote writes spent spends lost loses
		cut cuts ran runs kept keeps fought fights led leads owns saved save saves
		destroyed damaged deployed deploys deploy hosts host employs employ houses
		produced produces seized seizes flew fly flies`)
	l.LeftStop = strings.Fields(`but which while whereas although though because when where whom whose if unless
		as that according than so yet then meanwhile however who aged age ages`)
	l.Prepositions = strings.Fields(`in on for from by with within without during near into onto across through
		against about under over inside outside throughout toward towards behind beyond
		via per amid around between after before since until`)
	l.Superlatives = strings.Fields(`worst most biggest largest highest first greatest heaviest`)
	l.ComparisonWords = strings.Fields(`since than`)
	l.EventNouns = strings.Fields(`attack attacks bombing blast explosion assault incident disaster strike raid ambush siege tragedy accident`)
	l.HandlingVerbs = strings.Fields(`carried counted buried pulled dragged saw helped lifted took`)
	l.SeeingVerbs = strings.Fields(`saw seeing seen witnessed`)
	l.WitnessSubjects = strings.Fields(`i we he she`)
	l.ReportingWords = strings.Fields(reportingWords)
	l.ShareVerbs = strings.Fields(`accounted account made make were are comprised numbered included`)
	l.PlaceNouns = strings.Fields(`province district city town village region state area hospital camp
		neighbourhood neighborhood county island bogie coach carriage compartment bus vehicle boat ward
		building`)
	l.FamilyVerbs = strings.Fields(`collected claimed received taken took identified buried home`)
	l.HospitalWords = strings.Fields(`hospital clinic morgue mortuary`)
	l.HospitalSources = strings.Fields(hospitalSources)
	l.AdmittedBefore = strings.Fields(`to in from at`)
	l.AdminAreas = strings.Fields(`province prefecture district region governorate county state municipality
		department`)
	l.PlacePreps = strings.Fields(`in across throughout for`)
	l.PlaceAdjectives = strings.Fields(`neighbouring neighboring nearby adjoining adjacent`)
	l.AloneWords = strings.Fields(`alone itself`)
	l.BodyNouns = strings.Fields(`bodies remains coffins`)
	l.KinNouns = strings.Fields(`sons daughters grandchildren grandsons granddaughters brothers sisters
		siblings cousins nephews nieces relatives relations grandparents parents uncles aunts in-laws`)
	l.FamilyNouns = strings.Fields(`family household clan`)
	l.BodyMoveVerbs = strings.Fields(`sent flown flew travelled traveled transported shifted moved
		repatriated dispatched holding held keeping kept stored`)
	l.EventVerbs = strings.Fields(`killed kills kill killing left leaves leaving claimed claims claiming`)
	l.AboardNouns = strings.Fields(`passenger passengers crew crewmen crewmembers`)
	l.OwnShare = []string{"on its own", "on their own", "by itself", "by themselves"}
	l.OnTheSpot = []string{"on the spot", "at the scene", "at the site"}
	l.ToFamilies = []string{"to families", "to relatives", "to their families", "to their relatives"}
	l.OnGround = []string{"on the ground", "not on"}
	l.OnBoard = []string{"aboard", "on board"}
	l.PredicateWords = ByMeasure{
		Killed:       strings.Fields(`killed dead died perished martyred slain lives drowned succumbed`),
		Injured:      strings.Fields(`injured wounded hurt wounds injuries`),
		Missing:      strings.Fields(`missing unaccounted found`),
		Arrested:     strings.Fields(`arrested detained custody`),
		Displaced:    strings.Fields(`displaced homeless homes`),
		Evacuated:    strings.Fields(`evacuated evacuation`),
		Hospitalised: strings.Fields(`hospital hospitals hospitalised hospitalized admitted treatment`),
		Critical:     strings.Fields(`critical critically intensive`),
		Discharged:   strings.Fields(`discharged`),
		HandedOver:   strings.Fields(`handed`),
		Rescued:      strings.Fields(`rescued saved alive survived`),
		Trapped:      strings.Fields(`trapped`),
		Hostages:     strings.Fields(`hostage captive`),
		Attendance: strings.Fields(`underground gathered assembled present attending attended praying prayer prayers
		inside poured flocked thronged thronging converged crammed attendance audience`),
		Affected:     strings.Fields(`affected`),
		Aboard:       strings.Fields(`aboard onboard`),
		Residents:    strings.Fields(`lived living resided residing`),
		Identified:   strings.Fields(`identified recognised recognized claimed`),
		Unidentified: strings.Fields(`unidentified unclaimed`),
		Protesters:   strings.Fields(`marched protested rallied demonstrated marching protesting`),
	}
}

// slotWords sets the words of the slot pass's predicates, tolls, who and
// past (BeWords to ClauseConjunctions).
func slotWords(l *MeasureLexicon) {
	l.BeWords = strings.Fields(`were was are is been still`)
	l.LinkWords = strings.Fields(`were was are is had have has been being be still reportedly also all later so
		far confirmed officially now already suffered lost their in at a an the among
		those who receiving treated taken to under seriously said either or left`)
	l.PresenceBefore = strings.Fields(`at in inside`)
	l.PresenceVerbs = strings.Fields(`working sleeping staying stationed`)
	l.RemainVerbs = strings.Fields(`remain remained remains stayed`)
	l.OrderVerbs = strings.Fields(`ordered forced told urged instructed`)
	l.LeaveVerbs = strings.Fields(`leave flee evacuate quit abandon`)
	l.AftermathNouns = strings.Fields(`funeral funerals service services vigil vigils memorial memorials
		burial burials ceremony ceremonies commemoration`)
	l.ClauseStops = strings.Fields(`when while after as because but although though whereas before since until if
		which where and according`)
	l.TollHeads = ByMeasure{
		Killed:   strings.Fields(`toll deaths dead fatalities killed died death lives`),
		Injured:  strings.Fields(`injured wounded injuries`),
		Missing:  strings.Fields(`missing`),
		Arrested: strings.Fields(`arrests arrested`),
	}
	l.TollValueVerbs = strings.Fields(`rose risen rises rise climbed climbs reached reaches stood stands lowered raised
		revised increased jumped exceeded exceeds topped tops surpassed passed hit hits
		crossed put puts steady soared mounted grew reach climb stand is was at to`)
	l.FigureNouns = strings.Fields(`figure figures tally count estimate number total`)
	l.SubCountBefore = strings.Fields(`including includes included among`)
	l.ShareOpeners = strings.Fields(`most mostly many majority`)
	l.ModalWords = strings.Fields(`could may might would feared fears fear expected projected expects expect
		likely possibly possible potential`)
	l.PastWords = strings.Fields(`previous earlier last ago similar past`)
	l.GenericWho = strings.Fields(`people person persons individuals individual victims victim others pilgrims
		pilgrim worshippers worshipers residents students student bodies body injured
		wounded dead casualties participants attendees supporters mourners those them
		whom more other lives members`)
	l.WhoClasses = whoClasses()
	l.ShareClasses = []string{"male"}
	l.LossVerbs = strings.Fields(`lost claimed claiming losing`)
	l.ThingNouns = strings.Fields(`ambulance vehicle car bus truck lorry train coach carriage boat ship plane
		aircraft helicopter house home building hospital school shop tent bed dam bridge
		road village district province team unit factory company firm store floor storey
		story pet animal dog cat horse cow sheep goat`)
	l.Nationalities = nationalities()
	l.CountryNames = strings.Fields(`america afghanistan egypt jordan india indonesia pakistan iran iraq syria turkey
		türkiye tunisia malaysia senegal algeria morocco libya uk britain france germany
		israel palestine russia ukraine china japan nigeria bangladesh philippines yemen
		sudan somalia kenya greece italy spain mexico canada australia lebanon ethiopia
		nepal thailand vietnam korea haiti brazil colombia cuba qatar kuwait oman ghana
		cameroon congo uganda tanzania mozambique mali niger chad poland netherlands
		belgium switzerland austria sweden norway denmark ireland portugal romania
		armenia kazakhstan uzbekistan tajikistan kyrgyzstan azerbaijan myanmar cambodia
		singapore peru chile argentina venezuela
		albania jamaica eritrea serbia croatia bosnia macedonia bulgaria hungary slovakia finland
		estonia latvia lithuania belarus moldova ecuador bolivia paraguay uruguay guatemala
		honduras nicaragua panama zambia zimbabwe malawi rwanda burundi namibia angola liberia
		togo gambia mauritania bahrain mongolia laos fiji turkmenistan iceland`)
	l.FlyVerbs = strings.Fields(`flew flown fly flies flying`)
	l.AgeAtDeathVerbs = strings.Fields(`died dies die dying killed retired retires`)
	l.SaveVerbs = strings.Fields(`saved save saves saving`)
	l.PluralNouns = strings.Fields(`people children men women feet teeth mice troops`)
	l.SeriousWords = strings.Fields(`seriously severely gravely badly serious severe grave critically`)
	l.MinorWords = strings.Fields(`minor lightly slightly light mild mildly`)
	l.CarryVerbs = strings.Fields(`brought rushed taken transported shifted carried moved evacuated`)
	l.ConditionNouns = strings.Fields(`condition state shock pain danger`)
	l.ClauseConjunctions = strings.Fields(`and but while whereas as`)
}
