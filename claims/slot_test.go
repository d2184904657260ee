package claims

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// slotOf extracts the article made of text and returns the figure whose
// text is fig.
func slotOf(t *testing.T, text, fig string) Figure {
	t.Helper()
	ex, err := NewExtractor(DefaultExtractOptions())
	require.NoError(t, err)
	a := &Article{ID: "t", Text: text, Line: 1}
	for _, c := range ex.Extract(a) {
		for _, f := range c.Figures {
			if f.Text == fig {
				return f
			}
		}
	}
	t.Fatalf("no figure %q in %q", fig, text)
	return Figure{}
}

func TestSlotMeasure(t *testing.T) {
	tests := []struct {
		name, text, fig, measure string
	}{
		{"toll rose to, long complement", "The death toll from the twin explosions near the shrine in the southern city of Ashkar rose to 91.", "91", MeasureKilled},
		{"number of people killed has reached", "The number of people killed in the landslide has reached 212, officials said.", "212", MeasureKilled},
		{"a correction aside", "Ardern said three people, not four as earlier reported, had been arrested.", "three", MeasureArrested},
		{"the corrected count", "Ardern said three people, not four as earlier reported, had been arrested.", "four", MeasureArrested},
		{"put the number at", "A hospital count puts the number of confirmed deaths so far at 317.", "317", MeasureKilled},
		{"aside between count and passive", "Thirty people, including a district mayor, were killed in the blast.", "Thirty", MeasureKilled},
		{"lost their lives", "Officials said over 1,200 people had lost their lives in the storm.", "over 1,200", MeasureKilled},
		{"quoted martyred", "The minister said 61 people had been \"martyred\" so far.", "61", MeasureKilled},
		{"suffered wounds", "More than 90 people suffered wounds in the explosion.", "More than 90", MeasureInjured},
		{"toll exceeded", "The death toll from the flooding has exceeded 2,000, the ministry said.", "exceeded 2,000", MeasureKilled},
		{"died in hospital", "Rescuers recovered 36 bodies, and six more died in hospital.", "six", MeasureKilled},
		{"a joined clause says its own", "The minister said 14 people had died and that nearly 50 were trapped underground.", "nearly 50", MeasureTrapped},
		{"a joined clause with no predicate shares", "Four people died on Monday and two on Tuesday.", "two", MeasureKilled},
		{"in attendance", "An estimated 50,000 people were in attendance when the crowd surged.", "An estimated 50,000", MeasureAttendance},
		{"working in a place", "Officials said 230 people had been working in the plant when it blew up.", "230", MeasureAttendance},
		{"working underground", "Of the 96 miners working underground, 40 climbed out on their own.", "96", MeasureAttendance},
		{"working there and killed", "Nine men working at the depot were killed.", "Nine", MeasureKilled},
		{"a place held its guests", "The chain said the hotel held 200 guests and 40 employees that morning.", "40", "employee"},
		{"guests being held", "The owner said 200 guests and 40 staff were being held.", "40", "employee"},
		{"people held by police", "Eleven people were held by police overnight.", "Eleven", MeasureArrested},
		{"suspects held", "Police held 30 suspects after the raid.", "30", MeasureArrested},
		{"a reduced relative, then remained in hospital", "Doctors said 64 people injured in the collapse remained in hospital.", "64", MeasureHospitalised},
		{"a reduced relative, then later died", "Three people hurt in the fire later died.", "Three", MeasureKilled},
		{"a reduced relative, then what they were", "Two people killed in the attack were police officers.", "Two", MeasureKilled},
		{"an intransitive verb is no relative", "Twenty people died in the town's hospital.", "Twenty", MeasureKilled},
		{"in the audience", "There were about 1,500 people in the audience.", "about 1,500", MeasureAttendance},
		{"taken hostage", "Some 170 people had been taken hostage inside the hotel.", "Some 170", MeasureHostages},
		{"took people hostage", "Gunmen stormed the hotel and took more than 150 guests hostage.", "more than 150", MeasureHostages},
		{"hostages as the counted noun", "Troops freed 104 hostages from the train.", "104", ""},
		{"the object of a participle", "The driver of a train that derailed, killing at least 80 people, was under guard in hospital.", "at least 80", MeasureKilled},
		{"a magnitude between the toll and its number", "The death toll from the 7.2-magnitude earthquake that struck on Saturday has risen to 1,941.", "1,941", MeasureKilled},
		{"taken into custody", "Police took 16 people into custody after the blast.", "16", MeasureArrested},
		{"the dead comprised", "The dead comprised 19 soldiers and four porters.", "19", MeasureKilled},
		{"a list that including opens", "Twelve people died, including the pilot of the plane and three crew members.", "three", MeasureKilled},
		{"part of the injured died", "Four of the injured later died of their wounds.", "Four", MeasureKilled},
		{"part of the missing found dead", "Twelve of the missing were found dead on Friday.", "Twelve", MeasureKilled},
		{"part of the dead", "Two of the dead were police officers.", "Two", MeasureKilled},
		{"part of the wounded", "Five of the wounded were flown to the capital.", "Five", MeasureInjured},
		{"families received the bodies of", "Families have so far received the bodies of 40 victims.", "40", MeasureHandedOver},
		{"bodies returned to their families", "The bodies of 40 have been returned to their families.", "40", MeasureHandedOver},
		{"bodies recovered are the dead", "Rescuers recovered the bodies of 12 children.", "12", MeasureKilled},
		{"a fronted whole of the dead", "Of the dead, 27 were taken to a hospital in the next district.", "27", MeasureKilled},
		{"the predicate after an aside with no count", "At least 33 people, women and children among them, were pronounced dead.", "At least 33", MeasureKilled},
		{"a new clause after the count", "The toll rose to 260 after the last victim was identified.", "260", MeasureKilled},
		{"a fronted whole told in a clause", "Of those who died, officials said, 20 were men.", "20", MeasureKilled},
		{"a fronted whole of bodies", "Of the bodies found so far, 31 were men, 22 were women and four were children.", "22", MeasureKilled},
		{"a fronted whole's list goes on", "Of the bodies found so far, 31 were men, 22 were women and four were children.", "four", MeasureKilled},
		{"a list item with its own verb", "Nearly 200 passengers are missing and 64 survived.", "64", MeasureRescued},
		{"a count past an aside of ages", "Two girls, aged nine and 11, were among the dead.", "Two", MeasureKilled},
		{"a count past an aside of an age range", "Six men, aged between 20 and 35, were injured.", "Six", MeasureInjured},
		{"the victims included", "The victims included 23 Turks and six Iraqis.", "23", MeasureKilled},
		{"a list of nationalities goes on", "Among the dead were four people from Serbia, three from Chile and two each from Albania and Peru.", "two", MeasureKilled},
		{"among them takes the measure the sentence before names", "Officials have released a list of those who died. Among them were six people from Jamaica.", "six", MeasureKilled},
		{"a toll given as a number", "The toll had first been given as 49.", "49", MeasureKilled},
		{"a count of the wounded given as a number", "The agency later gave the number of wounded as 143.", "143", MeasureInjured},
		{"as a conjunction is no toll", "The wounded said the bomber struck as 100 mourners were gathering.", "100", ""},
		{"a count goes on the toll, not on a crowd", "The blast killed 40. About 500 people were inside. By noon the agency's count had reached 55.", "55", MeasureKilled},
		{"the people who lived there", "Police said 240 people lived in the tower.", "240", MeasureResidents},
		{"a building home to workers", "The block, home to about 150 migrant workers, burned for hours.", "about 150", MeasureResidents},
		{"a block housing workers", "The fire gutted a block housing 150 workers.", "150", MeasureResidents},
		{"residents who died are the dead", "Forty residents died in the fire.", "Forty", MeasureKilled},
		{"a crowd that poured in", "An estimated 80,000 people had poured into the square for the concert.", "An estimated 80,000", MeasureAttendance},
		{"an aside among them takes the measure of the count before", "At least 42 people, six women among them, were shot dead.", "six", MeasureKilled},
		{"survivors are the rescued", "Only 87 survivors were found.", "87", MeasureRescued},
		{"a part aside before the predicate", "Six of the event organisers, two women among them, had been arrested on Thursday.", "Six", MeasureArrested},
		{"the dead or wounded together", "The blast left nearly 100 people dead or wounded.", "nearly 100", MeasureCasualties},
		{"the number of dead and injured together", "Officials put the number of dead and injured together at more than 200.", "more than 200", MeasureCasualties},
		{"the number of injured alone", "Officials put the number of injured at more than 200.", "more than 200", MeasureInjured},
		{"killed or injured together", "More than 40 people were killed or injured.", "More than 40", MeasureCasualties},
		{"two counts of two measures", "The fire left 46 dead and 12 injured.", "46", MeasureKilled},
		{"a part aside that runs on", "As many as 27 people, four of them children under the age of 12, were killed in the fire.", "As many as 27", MeasureKilled},
		{"lives saved are no toll", "The vaccine saved 40 lives.", "40", ""},
		{"lives that could have been saved", "Then an extra five million lives could have been saved by 2015.", "five million", ""},
		{"anaphoric figure", "The toll stood at 40 on Monday. A local official gave a much higher figure, 62.", "62", MeasureKilled},
		{"anaphor takes the count before it in its sentence", "The toll stood at 12. Police first put the crowd on the pier at 900 people, then cut that estimate to 300.", "300", "people"},
		{"that number", "Officials first said 500 people had been evacuated, but that number was later cut to 320.", "320", MeasureEvacuated},
		{"put the number at", "Police said four people had been taken into custody; the minister later put the number at three.", "three", MeasureArrested},
		{"the number of is no anaphor", "Officials said 500 people had been evacuated, and the number of people killed rose to 12.", "12", MeasureKilled},
		{"anaphor of a count of the dead", "Rescuers had found 18 bodies by noon, and officials later raised that figure to 25.", "25", MeasureKilled},
		{"still in hospital", "He said 41 injured people were still in hospital.", "41", MeasureHospitalised},
		{"critical condition is badly injured", "Of the wounded, 9 of them were in critical condition.", "9", MeasureInjured},
		{"intensive care is badly injured", "Twelve of them are in intensive care, doctors said.", "Twelve", MeasureInjured},
		{"a share of a list takes the list's measure", "Officials said nine of the dead were Italian and seven Japanese, and two were Bangladeshi.", "two", MeasureKilled},
		{"ordered to leave", "Officials ordered 24,000 people to leave the valley below the dam.", "24,000", MeasureEvacuated},
		{"ordered to do something else", "Officials ordered 24,000 people to stay indoors.", "24,000", ""},
		{"succumbed", "Doctors said 11 critically injured victims later succumbed to their wounds.", "11", MeasureKilled},
		{"present at the venue", "A witness said there were around 700 people at the venue when the bomb exploded.", "around 700", MeasureAttendance},
		{"gathered", "At least 2,000 people had gathered in the square.", "At least 2,000", MeasureAttendance},
		{"those at a funeral are no attendance of the event", "About 3,000 people attended the service on Saturday.", "About 3,000", ""},
		{"a funeral past a clause mark is not attended", "About 3,000 people attended; funerals for the victims are planned.", "About 3,000", MeasureAttendance},
		{"a vigil after the event", "More than 500 people gathered for a vigil outside the hall.", "More than 500", ""},
		{"those at the event are its attendance", "About 3,000 people attended the concert on Saturday.", "About 3,000", MeasureAttendance},
		{"marched", "About 300 women marched through the city centre.", "About 300", MeasureProtesters},
		{"treated for injuries are injured", "The ministry said 940 people were being treated for injuries.", "940", MeasureInjured},
		{"critically is badly injured", "It listed 800 people injured, 300 of them critically.", "300", MeasureInjured},
		{"counts of hospitals", "The bodies were being kept in six hospitals in the capital.", "six", ""},
		{"discharged", "Of the injured, 793 had been discharged by Sunday and 382 were still being treated.", "793", MeasureDischarged},
		{"still being treated", "Of the injured, 793 had been discharged by Sunday and 382 were still being treated.", "382", MeasureHospitalised},
		{"released is published", "At least 60 Jordanians died, more than the figure of 41 that Amman had released.", "41", MeasureKilled},
		{"rescued", "The company said nearly 450 miners had been rescued.", "nearly 450", MeasureRescued},
		{"on board", "The ferry had 462 people on board when it listed.", "462", MeasureAboard},
		{"aboard", "All 71 people aboard the plane survived the landing.", "71", MeasureAboard},
		{"carrying", "The bus, carrying 38 pilgrims, left the road before dawn.", "38", MeasureAboard},
		{"partitive with a long whole", "Three of the seven crew members on the small survey aircraft were killed.", "Three", MeasureKilled},
		{"aboard yields to a later measure", "Four of the 12 people aboard were killed.", "Four", MeasureKilled},
		{"rescued before the count", "Soldiers had rescued nearly 600 people by nightfall.", "nearly 600", MeasureRescued},
		{"trapped", "Rescuers raced to reach more than 200 miners trapped underground.", "more than 200", MeasureTrapped},
		{"handed over", "Thirteen bodies were handed over to relatives.", "Thirteen", MeasureHandedOver},
		{"things are no victims", "More than 200 ambulances ferried the injured to hospitals.", "More than 200", ""},
		{"partitive whole keeps its noun", "He said 120 of the 5,000 injured were in critical condition.", "5,000", MeasureInjured},
		{"lost their homes", "About 300,000 people had lost their homes, the UN said.", "About 300,000", MeasureDisplaced},
		{"homes destroyed are things", "The quake destroyed 3,000 homes in the valley.", "3,000", ""},
		{"revised from", "The government revised the death toll to 275 from 288.", "288", MeasureKilled},
		{"revised to", "The death toll rose from 95 to 103 overnight.", "103", MeasureKilled},
		{"rose from", "The death toll rose from 95 to 103 overnight.", "95", MeasureKilled},
		{"toll over a count of things", "The death toll from the crash of two passenger trains in the state rose to 288.", "288", MeasureKilled},
		{"underground", "In all, 787 people had been underground when the fire broke out.", "787", MeasureAttendance},
		{"still underground", "More than 200 miners were thought to be still underground.", "More than 200", MeasureTrapped},
		{"lost people", "Spain, which lost 11,324 people to the heat, came second.", "11,324", MeasureKilled},
		{"lost their homes stays displaced", "Some 2,000 people lost their homes.", "Some 2,000", MeasureDisplaced},
		{"affected", "The UN says 11.3 million people have been affected by the storm, and 673,000 have been forced from their homes.", "11.3 million", MeasureAffected},
		{"forced from their homes", "The UN says 11.3 million people have been affected by the storm, and 673,000 have been forced from their homes.", "673,000", MeasureDisplaced},
		{"brought out alive", "The collapse injured about 2,500 people, and 2,437 were brought out alive.", "2,437", MeasureRescued},
		{"collected by families", "By Saturday, families had collected 826 bodies from the school.", "826", MeasureHandedOver},
		{"taken home by families", "Families had identified and taken home nearly 650 of them.", "nearly 650", MeasureHandedOver},
		{"nobody claimed", "The graveyard has received 234 bodies that nobody claimed.", "234", MeasureUnidentified},
		{"could not be rescued", "Two pets in the hold could not be rescued.", "Two", ""},
		{"fled ahead of the storm", "About 800,000 people fled their homes ahead of the storm.", "About 800,000", MeasureEvacuated},
		{"moved to evacuation centres", "Nearly 800,000 people had been moved to evacuation centres before the typhoon hit.", "Nearly 800,000", MeasureEvacuated},
		{"not found", "Another 1,611 people have not been found.", "1,611", MeasureMissing},
		{"found dead", "At least 369 people had been found dead in the rubble.", "At least 369", MeasureKilled},
		{"in serious condition", "The minister said 13 of the patients were in serious condition.", "13", ""},
		{"appeals from hospitals", "Hundreds of residents answered appeals from hospitals to give blood.", "Hundreds", ""},
		{"in hospital", "Officials said 40 people were still in hospital.", "40", MeasureHospitalised},
		{"carried to hospital, no noun", "He said at least 50 people had died and more than 200 had been taken to hospitals.", "more than 200", MeasureInjured},
		{"bodies taken to hospital", "Officials said 40 bodies were taken to the city hospital.", "40", MeasureKilled},
		{"unidentified", "Officials said 187 bodies are yet to be identified.", "187", MeasureUnidentified},
		{"identified", "Only 88 of the dead have been identified so far.", "88", MeasureIdentified},
		{"brought to a named hospital", "More than 200 injured people were brought to the Lady Reading Hospital.", "More than 200", MeasureInjured},
		{"brought to hospital are injured", "More than 150 injured people were brought to the city hospital.", "More than 150", MeasureInjured},
		{"active subject is no victim", "Two blasts have killed 48 people at the market.", "Two", ""},
		{"prayer leader is no presence", "Three officers and the mosque's prayer leader were among those killed.", "Three", MeasureKilled},
		{"under arrest", "Six people are under arrest, among them the owner.", "Six", MeasureArrested},
		{"an arrest warrant is no arrest", "Police issued 12 arrest warrants.", "12", ""},
		{"up from an earlier count takes its measure", "The state said 81 people had died in the crash, up from the 62 that the minister announced.", "62", MeasureKilled},
		{"the first item of a list of counts", "At least 43 men, nine women and 20 children were among the dead.", "At least 43", MeasureKilled},
		{"among the victims", "Nine women and 20 children were among the victims.", "Nine", MeasureKilled},
		{"a fronted whole is no list", "Of the 242 people on board, 241 were killed, and nearly 29 people on the ground also died.", "242", ""},
		{"a figure referring back takes the measure its sentence names", "The clinic treated 112 injured people. Officials had given a higher figure, 93: the minister said the death toll had risen to that number.", "93", MeasureKilled},
		{"a figure referring back takes the last measure", "The clinic treated 112 injured people. Officials had given a higher figure, 130.", "130", MeasureInjured},
		{"a complement before another", "The first reports had put the dead at 54 and the injured at over 100.", "54", MeasureKilled},
		{"the other complement", "The first reports had put the dead at 54 and the injured at over 100.", "over 100", MeasureInjured},
		{"burned to death", "Factory fires have burned at least 314 people to death.", "at least 314", MeasureKilled},
		{"a list of places takes its first count's measure", "The dead were taken to several towns: 21 bodies in Agra, 28 in Etah and 34 in Hathras.", "34", MeasureKilled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := slotOf(t, tt.text, tt.fig)
			if tt.measure == "" {
				assert.False(t, IsSlotMeasure(f.Measure), "measure %q", f.Measure)
				return
			}
			assert.Equal(t, tt.measure, f.Measure)
		})
	}
}

func TestSlotWhoPartPlace(t *testing.T) {
	tests := []struct {
		name, text, fig string
		who             string
		part            bool
		place           string
	}{
		{"nationality", "At least 70 Nepalis died in the heat.", "At least 70", "nepali", false, ""},
		{"in critical condition", "He said 300 people were hurt, 20 of them in critical condition.", "20", "serious", true, ""},
		{"moved into intensive care", "Three of the wounded had been moved into intensive care.", "Three", "serious", true, ""},
		{"critically injured", "Sixteen more people were critically injured, police said.", "Sixteen", "serious", false, ""},
		{"a serious condition far after the count", "The blasts wounded at least 248 people, and 48 of them were reported to be in serious condition.", "48", "serious", true, ""},
		{"a severity word far after the count is not its", "The blasts wounded at least 248 people, and 48 of them were taken to hospitals across the city with serious burns.", "48", "", true, ""},
		{"a list of shares goes on with its verb left out", "Officials said nine of the dead were Italian and seven Japanese, and two were Bangladeshi.", "seven", "japanese", true, ""},
		{"a list of shares goes on after a gapped share", "Officials said nine of the dead were Italian and seven Japanese, and two were Bangladeshi.", "two", "bangladeshi", true, ""},
		{"a share from a country", "Officials said nine of the dead were Italian, one was from India and two were Bangladeshi.", "one", "indian", true, ""},
		{"a gapped share at the end of its sentence", "Officials said nine of the dead were Italian and seven Japanese.", "seven", "japanese", true, ""},
		{"others of the same whole, the first in critical condition", "Of the 55 injured, 16 were in critical condition, while 30 others were hurt as they fled.", "30", "", true, ""},
		{"a share after the dead were", "The prime minister said the dead were 126 women, 71 men, 17 girls and 10 boys.", "126", "female", true, ""},
		{"a class share of the list after the dead were", "The prime minister said the dead were 126 women, 71 men, 17 girls and 10 boys.", "71", "male", true, ""},
		{"a count after a whole of no event is no share", "The minister said the guests were 40 tourists from abroad.", "40", "foreigners", false, ""},
		{"others of the same whole", "Of the 55 injured, at least 16 suffered burns, while 30 others were hurt as they fled.", "30", "", true, ""},
		{"others of another measure", "The blast killed 40 people, including three children, and over 100 others were injured.", "over 100", "", false, ""},
		{"killed at the site is a part of the toll", "The minister said 62 people were killed at the site and that another 24 died later in hospital.", "62", "", true, ""},
		{"troops", "Nine US soldiers were killed in the attack.", "Nine", "us troops", false, ""},
		{"toll of a nationality", "The death toll of Afghans in the bombing rose to 64.", "64", "afghan", false, ""},
		{"nationality before toll", "The Afghan death toll climbed to 64 on Friday.", "64", "afghan", false, ""},
		{"from a country", "The dead included 44 from Egypt, a diplomat said.", "44", "egyptian", true, ""},
		{"including children", "The blast killed 40 people, including 12 children.", "12", "children", true, ""},
		{"partitive with nationality", "At least 120 of the dead were Egyptians.", "At least 120", "egyptian", true, ""},
		{"whom", "He said 300 people were hurt, 80 of whom were admitted to hospital.", "80", "", true, ""},
		{"responders", "Two of the charity's volunteers died while helping families escape.", "Two", "responders", false, ""},
		{"journalists", "The fire killed 12 people, among them three journalists.", "three", "journalists", true, ""},
		{"source after a comma", "The toll has climbed to 139, Russian officials said.", "139", "", false, ""},
		{"a further", "The clinic took in 40 bodies. A further 16 dead were brought to the clinic.", "16", "", true, PlaceHospital},
		{"another", "The flood killed 80 people. Rescuers recovered another 12 bodies on Friday.", "12", "", true, ""},
		{"more, first count", "Five more bodies were recovered, raising the toll to 64.", "Five", "", true, ""},
		{"more of a counted noun", "Police suspended nine officers, while 18 more are being investigated.", "18", "", false, ""},
		{"another, then its part", "The crush killed 150 people. Another 151 people were injured, 29 of them seriously.", "151", "", false, ""},
		{"more after a clause mark", "They put the injured at 320; more than 100 of them needed care.", "320", "", false, ""},
		{"another measure", "The blast killed 84 people. Another 284 people were wounded.", "284", "", false, ""},
		{"partial figure", "An official gave a partial figure of 577 deaths for the two days.", "577", "", true, ""},
		{"witness", "He said he and his brother carried 15 wounded people out.", "15", "", true, ""},
		{"fronted partitive", "Of the injured, 122 were flown to Turkey for treatment.", "122", "", true, ""},
		{"what someone saw", "A villager reported seeing two dead bodies next to the car.", "two", "", true, ""},
		{"witness reports", "She said 40 people were killed.", "40", "", false, ""},
		{"in a place alone", "The agency said 30,000 people had been displaced in Sarno alone.", "30,000", "", false, "sarno"},
		{"in one province", "The storm may have killed 10,000 in one Philippine province, police say.", "10,000", "", true, "philippine province"},
		{"in one day is no place", "The fighting killed 40 people in one day.", "40", "", false, ""},
		{"seriously injured", "Officials said 25 people were seriously injured.", "25", "serious", false, ""},
		{"city of", "The number of people killed in the coastal city of Sarno has risen to 900.", "900", "", false, "sarno"},
		{"across the country", "At least 2,500 people have died across the country.", "At least 2,500", "", false, PlaceCountry},
		{"elsewhere", "Elsewhere in the country, the storm killed about 80 people.", "about 80", "", false, PlaceElsewhere},
		{"province", "Tazrit province counted 140 dead.", "140", "", false, "tazrit province"},
		{"a determiner opening the sentence is no name", "The province has so far confirmed 90 deaths.", "90", "", false, ""},
		{"hospital", "The city hospital on its own took in 75 bodies on Thursday.", "75", "", false, PlaceHospital},
		{"nearest province", "Tazrit province counted 140 dead, and 18 people were killed in the Kel prefecture.", "18", "", false, "kel prefecture"},
		{"badly is serious", "Eleven people died, and 30 others were badly injured.", "30", "serious", false, ""},
		{"critically is serious", "It listed 800 people injured, 300 of them critically.", "300", "serious", true, ""},
		{"hospital's own counts", "The city hospital took in 75 bodies and was still treating 50 people hurt in the blast.", "50", "", false, PlaceHospital},
		{"hospital after", "The blast killed 40 people, and 60 were taken to the city hospital.", "40", "", false, ""},
		{"reporters at a hospital are no place", "Journalists inside a city hospital reported a death toll exceeding 200.", "exceeding 200", "", false, ""},
		{"an increment adds to its area's toll", "Four more people died in the coastal province of Tazrit on Friday.", "Four", "", true, ""},
		{"an increment in a city keeps its city", "Four more people died in the city of Sarno on Friday.", "Four", "", true, "sarno"},
		{"an agent's own share", "The army said it had recovered around 89 bodies on its own.", "around 89", "", true, ""},
		{"by themselves", "Villagers pulled out 30 bodies by themselves before help came.", "30", "", true, ""},
		{"own after another clause", "Rescuers found 30 bodies, and the army worked on its own.", "30", "", false, ""},
		{"a time adverb is no subject", "The number of dead climbed to 121 overnight, police said.", "121", "", false, ""},
		{"a name of two words", "In Al Haouz alone, 1,293 people died.", "1,293", "", false, "al haouz"},
		{"an area of three words", "Dera Ismail Khan district counted 40 dead.", "40", "", false, "dera ismail khan district"},
		{"a preposition opening the sentence is no name", "In Sindh province alone, 500 people have died.", "500", "", false, "sindh province"},
		{"a possessive ends a name", "Forty people were killed in Kabul's Dasht-e-Barchi area.", "Forty", "", false, "kabul"},
		{"where the event happened", "A stampede at a prayer meeting in Hathras district on Tuesday killed 121 people.", "121", "", false, ""},
		{"where an earlier event happened", "A similar attack in Datia district last year killed 115 pilgrims.", "115", "", false, "datia district"},
		{"an aside's place is not the whole's", "The quake killed 2,012 people, most of them in Al Haouz province.", "2,012", "", false, ""},
		{"the part of an aside keeps its place", "The quake killed 2,012 people, including 1,293 in Al Haouz province.", "1,293", "", true, "al haouz province"},
		{"the whole before a count aside", "Floods killed 300 people, 120 of them in Sindh.", "300", "", false, ""},
		{"a name alone", "Jajarkot alone has recorded 92 deaths.", "92", "", false, "jajarkot"},
		{"a name itself", "Jajarkot itself had at least 105 people confirmed dead.", "at least 105", "", false, "jajarkot"},
		{"the place right after a count", "Of the dead, 92 were killed in Jajarkot and 36 in neighbouring Rukum West.", "36", "", false, "rukum west"},
		{"a point of the compass names the event's place", "Quakes kill hundreds in western Afghanistan.", "hundreds", "", false, ""},
		{"the whole of an aside's part", "It was a crash that killed at least 71 people, young children among them.", "at least 71", "", false, ""},
		{"killed on the spot", "Fifteen people were killed on the spot, and 11 died later in hospital.", "Fifteen", "", true, ""},
		{"died at the scene", "Officials said nine people died at the scene.", "nine", "", true, ""},
		{"a second share of one whole", "At least two of the injured were soldiers, and 10 were civilians.", "10", "civilians", true, ""},
		{"a count after a toll is no share", "The attack killed 25 people and 60 were wounded.", "60", "", false, ""},
		{"a share in a list after a partitive", "Police said 20 of the dead were men, 18 were women and eight were children.", "18", "female", true, ""},
		{"the last share of the list", "Police said 20 of the dead were men, 18 were women and eight were children.", "eight", "children", true, ""},
		{"men alone are people at large", "Police have arrested two men over the fire.", "two", "", false, ""},
		{"what became of a share of the whole", "Tests identified 254 of the dead, while six were recognised by relatives.", "six", "", true, ""},
		{"the agent of a toll's verb is not who died", "Separatist militants killed at least 39 people in the attacks.", "at least 39", "", false, ""},
		{"one place among several in the subject", "Those rescued from a single bogie were 43 men, 26 women and 11 children.", "43", "male", true, ""},
		{"one place among several after the count", "Officials counted 120 dead in one district alone.", "120", "", true, ""},
		{"one of several attacks", "Police posts also came under fire, and one of those raids killed at least 12 people.", "at least 12", "", true, ""},
		{"one of several attacks fronted", "In one of the attacks, gunmen shot 19 travellers dead.", "19", "", true, ""},
		{"the second of several blasts", "The second explosion killed 30 people near the market.", "30", "", true, ""},
		{"an attack of the event is no share", "The attacks killed 40 people across the province.", "40", "", false, ""},
		{"one of the dead is no event", "Police said one of the victims of the attack was a child, and 40 people died.", "40", "", false, ""},
		{"one family's dead", "She waited for the bodies of three young grandchildren.", "three", "", true, ""},
		{"a possessive before the count", "He lost his two sons in the blast, which killed 40 people.", "two", "", true, ""},
		{"members of one family", "Five members of one family were among the dead.", "Five", "", true, ""},
		{"the toll after a family's share", "He lost his two sons in the blast, which killed 40 people.", "40", "", false, ""},
		{"a single event is no place", "The blast killed 40 people in a single attack.", "40", "", false, ""},
		{"two classes joined", "At least 14 soldiers and police officers were killed.", "At least 14", "police troops", false, ""},
		{"a relative clause after be tells of its noun", "Medical staff said nearly 60 of the dead were lawyers who had gathered at the hospital.", "nearly 60", "lawyers", true, ""},
		{"cameramen are journalists", "Two cameramen were also among those killed in the blast.", "Two", "journalists", true, ""},
		{"a class joined to a count of its own", "At least 20 women and nine children were among the dead.", "At least 20", "female", true, ""},
		{"a class joined to other people", "More than 40 civilians and members of the security forces were killed.", "More than 40", "", false, ""},
		{"a class alone", "More than 40 civilians were killed in the attacks.", "More than 40", "civilians", false, ""},
		{"bodies sent on", "An official said 48 bodies had been sent on to the capital for autopsies.", "48", "", true, ""},
		{"bodies held", "The institute is holding 16 bodies in cold storage.", "16", "", true, ""},
		{"bodies recovered are the toll", "Rescuers recovered 40 bodies from the rubble.", "40", "", false, ""},
		{"one site of the event", "The bodies of at least 24 victims were recovered from the meadow itself.", "at least 24", "", true, ""},
		{"others are not the class before", "More than 130 people were killed, including three children, and over 100 others were injured.", "over 100", "", false, ""},
		{"a list that including opens is a part", "Twelve people died, including the pilot of the plane and three crew members.", "three", "aboard", true, ""},
		{"a comma closes the including list", "The blast killed 40 people, including a police officer, and 12 were hurt.", "12", "", false, ""},
		{"people are not the class before", "The dead included three children, and 40 people were injured.", "40", "", false, ""},
		{"a bare count takes the class before", "Eleven Iranians had died and 24 had been taken to hospital.", "24", "iranian", false, ""},
		{"a measure after a partitive is no share", "Police said 20 of the dead were men, 40 were injured.", "40", "", false, ""},
		{"a fronted whole with a report inside", "Of those who died, police said, 20 were men.", "20", "male", true, ""},
		{"a list of nationalities shares its first count's measure", "The dead included five people from Serbia, three from Chile and two from Peru.", "three", "chilean", true, ""},
		{"a list of nationalities after a colon", "Two children were among the dead, as were several foreigners: four from Latvia and one from Peru.", "four", "latvian", true, ""},
		{"among them, after a count", "The blast killed 30 people. Among them were six people from Jamaica.", "six", "jamaican", true, ""},
		{"among them, after a list of the dead", "Officials have released a list of those who died. Among them were six people from Jamaica.", "six", "jamaican", true, ""},
		{"the place a source speaks for is no scope", "At least 100 people were killed or wounded, said the police chief for Kunduz province.", "At least 100", "", false, ""},
		{"the place of a body that speaks is no scope", "The UN mission in Afghanistan said more than 100 people were killed and injured.", "more than 100", "", false, ""},
		{"a nationality is no part of an area's name", "The blast killed 46 people in the northeastern Afghan province of Kunduz.", "46", "", false, "kunduz province"},
		{"the area a source heads is no scope", "The Ukerewe district commissioner told reporters that 42 deaths had been confirmed.", "42", "", false, ""},
		{"an area named after of, a name before", "Rescuers counted 25 dead in the country's Black Sea province of Bartin.", "25", "", false, "bartin province"},
		{"a nationality after be", "Of those aboard, 120 were passengers from the capital; 53 were British.", "53", "british", false, ""},
		{"a nationality after be, past the whole", "The airline said 169 of the passengers were Indian nationals.", "169", "indian", false, ""},
		{"an aside among them is a part of the count before", "At least 42 people, six women among them, were shot dead.", "six", "female", true, ""},
		{"a nationality past a preposition is no class", "The minister had confirmed 22 deaths on Spanish radio by Tuesday night.", "22", "", false, ""},
		{"a day before a comma is no area's name", "Late Monday, state television reported 35 dead in the capital.", "35", "", false, ""},
		{"a fronted whole's list is of shares", "Of the bodies found so far, 31 were men, 22 were women and four were children.", "22", "female", true, ""},
		{"a comparison in the country is no scope", "Officials put the toll at nearly 116, making it one of the worst tragedies of its kind in the country.", "nearly 116", "", false, ""},
		{"the dead on board", "Officials said 241 of the dead had been on board and at least 29 on the ground.", "241", "aboard", true, ""},
		{"the dead on the ground", "Officials said 241 of the dead had been on board and at least 29 on the ground.", "at least 29", "ground", false, ""},
		{"the dead of a fronted whole on a plane", "Of the 242 people on the plane, 241 were killed.", "241", "aboard", false, ""},
		{"people not on the plane", "The crash killed at least eight people who were not on the plane.", "at least eight", "ground", false, ""},
		{"passengers who died", "All 241 passengers and crew members who died on the flight have been identified.", "241", "aboard", false, ""},
		{"a hospital named at length", "The minister said 33 people had been declared dead at Ridgeway Memorial General Hospital.", "33", "", false, PlaceHospital},
		{"a hospital without a name is near", "At least 157 injured people were still receiving treatment from doctors at the hospital.", "At least 157", "", false, ""},
		{"hospital official is no place", "The toll rose to 75, an official at a city hospital said.", "75", "", false, ""},
		{"people from a state", "The state said 81 people from the state had died in the crash.", "81", "", true, ""},
		{"people from a named place", "Officials said 12 pilgrims from Jakarta had died.", "12", "", true, ""},
		{"rescued from a place is no share", "Rescuers pulled 40 people from Kabul's rubble.", "40", "", false, ""},
		{"up from an earlier count of a share is that share", "The state said 81 people from the state had died in the crash, up from the 62 that the minister announced.", "62", "", true, ""},
		{"a share of a class the lexicon does not name", "At least 70 people, including 40 lawyers, were killed.", "40", "lawyers", true, ""},
		{"a partitive that is a class", "Medical staff said nearly 60 of the dead were lawyers.", "nearly 60", "lawyers", true, ""},
		{"a share of people at large has no class", "At least 70 people, including 40 victims of the first blast, were killed.", "40", "", true, ""},
		{"the class of the next count is not this one's", "Local media said 25 lawyers and two journalists were among the dead.", "25", "lawyers", true, ""},
		{"a bare count after a share takes no class", "The blast killed 40 people, 12 of them children, and 50 were hurt.", "50", "", false, ""},
		{"where the source works is no place of the count", "The toll is 68, said Tek Bahadur, a senior officer in Kaski district.", "68", "", false, ""},
		{"the police of a city as source", "Khadim Hussain, the deputy inspector-general of police in Hyderabad, told reporters that at least 75 people had been killed.", "at least 75", "", false, ""},
		{"a place after a person noun in a sentence that reports nothing", "The bus carried 40 pilgrims from Kaski district.", "40", "", false, "kaski district"},
		{"hostages are a class", "The army said 21 innocent hostages were killed by the militants.", "21", "hostages", false, ""},
		{"a list of places, first", "The dead were taken to several towns: 21 bodies in Agra, 28 in Etah and 34 in Hathras.", "21", "", true, "agra"},
		{"a list of places, later", "The dead were taken to several towns: 21 bodies in Agra, 28 in Etah and 34 in Hathras.", "28", "", true, "etah"},
		{"one place is no list", "The blast killed 21 people in Agra.", "21", "", false, "agra"},
		{"two events together", "By noon 260 people had been counted dead in the two fires together.", "260", "", false, PlaceCombined},
		{"an opening together", "Together, Friday's bombings left more than 59 people dead.", "more than 59", "", false, PlaceCombined},
		{"together with another event", "Together with the fire in Lahore, the blazes have taken 310 lives.", "310", "", false, PlaceCombined},
		{"both events", "Officials counted 34 dead in both blazes.", "34", "", false, PlaceCombined},
		{"together past its clause is not read", "The fires together killed 260, and police said rescuers had recovered 240 bodies from the factory.", "240", "", false, ""},
		{"a crowd that came together", "At least 52 people were killed when a bomber struck a crowd that had come together.", "At least 52", "", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := slotOf(t, tt.text, tt.fig)
			assert.Equal(t, tt.who, f.Who, "who")
			assert.Equal(t, tt.part, f.PartOf != 0, "part of %d", f.PartOf)
			assert.Equal(t, tt.place, f.Place, "place")
		})
	}
}

func TestSlotModalityPast(t *testing.T) {
	tests := []struct {
		name, text, fig string
		projected, past bool
	}{
		{"could reach", "The mayor warned that the toll could reach 5,000.", "5,000", true, false},
		{"may have died", "As many as 5,000 people may have died.", "As many as 5,000", true, false},
		{"possible toll", "He put the possible toll at 4,000 to 5,000 deaths.", "4,000 to 5,000", true, false},
		{"reported", "At least 3,100 people died in the floods.", "At least 3,100", false, false},
		{"a modal in the next clause", "The minister said the toll had risen to 120, and that it could go higher still.", "120", false, false},
		{"a modal of another clause", "Rescuers warned the toll could climb steeply as they searched for around 250 people who are missing.", "around 250", false, false},
		{"a modal after and", "The toll rose to 120 and could rise further.", "120", false, false},
		{"what one could see", "A police officer said he could see at least 12 bodies.", "at least 12", false, false},
		{"the month May is no modal", "It was the worst since a similar attack in May that claimed 85 lives.", "85", false, true},
		{"denied", "Aquino says the toll is likely 2,000 to 2,500, not 10,000.", "10,000", false, false},
		{"an earlier report is no denial", "The toll was revised to 275, not 288 as announced on Saturday.", "288", false, false},
		{"a year that names an earlier event", "The fire surpassed the 2018 Camp Fire in California, which killed 85 people.", "85", false, true},
		{"a fronted year", "In 2015, an earthquake of magnitude 7.8 killed some 9,000 people.", "some 9,000", false, true},
		{"a date in an earlier year", "Its toll passed that of Tropical Storm Thelma, which killed more than 5,100 people in 1991.", "more than 5,100", false, true},
		{"a whole date of an earlier year", "A truck bomb at the junction killed 512 people on October 14, 2017.", "512", false, true},
		{"a whole date written day first", "Forty soldiers died on 14 February 2019 when a bomber struck.", "Forty", false, true},
		{"a date with no year is the day's news", "A truck bomb at the junction killed 100 people on October 29.", "100", false, false},
		{"in a month of a year", "At least 52 people died in July 2021 when flames engulfed a factory.", "At least 52", false, true},
		{"last month", "Fifteen people died last month when passenger vehicles were attacked on another road.", "Fifteen", false, true},
		{"earlier this month", "Earlier this month, at least 11 people were injured in a blast in the district.", "at least 11", false, true},
		{"years since an earlier disaster", "It is three years since the Mariana dam disaster, which killed 19 people.", "19", false, true},
		{"an earlier event's noun holds a month and year", "The island is still scarred by the earthquake of January 2010, which left more than 200,000 people dead.", "more than 200,000", false, true},
		{"the news came after an earlier event", "The raid came one week after militants killed 129 people in the capital.", "129", false, true},
		{"a report came after an earlier report", "The new figure came hours after officials put the toll at 65.", "65", false, false},
		{"an anniversary of the news", "Relatives of the 98 people who died gathered to mark two years since the collapse.", "98", false, false},
		{"earlier this month told after the news", "Police detained 25 over the mine blast that killed 41 people earlier this month.", "41", false, false},
		{"a final toll is reported", "The search is over and the final toll stands at 1,100.", "1,100", false, false},
		{"final number expected", "He expects the final number of dead to be between 2,000 and 2,500.", "between 2,000 and 2,500", true, false},
		{"may still be", "Reports said at least 100 workers could still be trapped.", "at least 100", false, false},
		{"a fear in the clause of another count", "Up to 60 miners were feared trapped, against an official count of 45.", "45", false, false},
		{"a fear before a comma of the same count", "Officials feared, after the second blast, that the toll could pass 70.", "pass 70", true, false},
		{"a year that opens a clause of its own", "The last major crash was in 2020, when a flight overshot the runway, killing 21 people.", "21", false, true},
		{"earlier year", "The town was rebuilt in 2024. A quake there in 1998 killed 7,000 people.", "7,000", false, true},
		{"since, before the figure", "The 2023 storm is the deadliest since 1970, when a cyclone killed 300,000 people.", "300,000", false, true},
		{"since, after the figure", "The flood killed 400 people in 2021, the deadliest since 1990.", "400", false, false},
		{"since the year's event", "The bombings killed 95 people in 2024, the deadliest attack since the 1979 revolution.", "95", false, false},
		{"than the early years", "It killed 40 people in 2024, more than in the early 1990s.", "40", false, false},
		{"since an event of a month and year", "The disaster is the worst since the floods of August 2018, in which nearly 500 people died.", "nearly 500", false, true},
		{"since an earlier event, year unknown", "It was the deadliest attack since a 1978 arson attack that killed at least 377 people.", "at least 377", false, true},
		{"a history since a year", "More than 3,000 miners have died in accidents in the country since 1941.", "More than 3,000", false, true},
		{"a year far after the figure", "The town was rebuilt in 2024. Some 75 bodies were laid to rest on Monday in the town, in the same cemetery as the many victims of the epidemic of 2014 and of the mudslide.", "Some 75", false, false},
		{"that attack", "In that attack, at least 57 students were killed.", "at least 57", false, true},
		{"last month name", "Last March, a bomber killed 64 people at a shrine.", "64", false, true},
		{"years later", "Two years later, a bombing killed 15 people.", "15", false, true},
		{"since an event of a year, the figure after", "Gunmen killed 26 tourists, the worst attack since the bombings of 2005, in which more than 60 people died.", "more than 60", false, true},
		{"since an event of a year, the figure before", "Gunmen killed 26 tourists, the worst attack since the bombings of 2005, in which more than 60 people died.", "26", false, false},
		{"since a year's event, after the figure", "Fourteen people were killed, the deadliest since the 2005 bombings.", "Fourteen", false, false},
		{"a previous attack, words between", "The previous major strike in the region, on a bus of pilgrims, killed at least 9 people.", "at least 9", false, true},
		{"there, at an earlier event's place", "The market fire is the worst since the Kalpur blaze of 2009. Kalpur lies a short walk away. There, a faulty heater started a fire and 88 people died.", "88", false, true},
		{"then, after an earlier event's year", "Only the dam collapse of 1979 was deadlier. Then, 2,000 people drowned.", "2,000", false, true},
		{"there, after the day's news", "The fire swept through the market on Monday. There, rescuers found 30 bodies.", "30", false, false},
		{"there, two sentences on", "Only the dam collapse of 1979 was deadlier. The river rose fast on Monday. There, 40 people drowned.", "40", false, false},
		{"a paragraph that opens on an earlier event", "Rescuers found 40 bodies in 2024.\n\nThe Kanto quake, 1923: a fire swept the city. Reports put the dead at more than 100,000.", "more than 100,000", false, true},
		{"the next paragraph is the news again", "Rescuers found 40 bodies in 2024.\n\nThe Kanto quake, 1923: a fire swept the city.\n\nReports put the dead at more than 90.", "more than 90", false, false},
		{"a paragraph that compares the news with an earlier event", "Rescuers found 40 bodies in 2024.\n\nIt is the worst quake since 1923. Reports put the dead at more than 90.", "more than 90", false, false},
		{"a paragraph on an earlier event that turns to the day", "Rescuers found 40 bodies in 2024.\n\nThe Kanto quake, 1923: a fire swept the city. On Monday, officials put the dead at more than 90.", "more than 90", false, false},
		{"a lead on an earlier event in a text of one paragraph", "In 2013, at least 36 pilgrims died in a crush. A fire in the market killed 40 people in 2024. Rescuers said 12 more were hurt.", "12", false, false},
		{"a paragraph that opens on an earlier event with no heading", "Rescuers found 40 bodies in 2024.\n\nIn 2010, a fire in Nimtoli killed 124 people. The latest blaze has killed at least 78, officials said.", "at least 78", false, false},
		{"an earlier year goes on the past paragraph", "Rescuers found 40 bodies in 2024.\n\nThe Kanto quake, 1923: a fire swept the city. A flood in 1910 had hurt 12. Another 30 died then.", "30", false, true},
		{"then, on a day of the news", "Only the dam collapse of 1979 was deadlier. Then, on Monday, 2,000 people drowned.", "2,000", false, false},
		{"last week's attack is the news", "The toll from last week's assault on the hall has climbed to 139.", "139", false, false},
		{"a span before, alone", "Two years before, a car bomb killed 30 people in the same square.", "30", false, true},
		{"a span before an earlier event", "The group killed 30 people three years before the market bombing.", "30", false, true},
		{"a span before an occasion dates the news", "The bombing killed at least 40 people two weeks before an election.", "at least 40", false, false},
		{"a span after a noun phrase tells the news's later days", "Two days after the blast, the toll rose to 61.", "61", false, false},
		{"a where clause after a year and its place", "A blast killed 40 miners on Friday. The deadliest mine accident happened in 2014 in the town of Soma, in the western province of Manisa, where a fire in a coal mine killed as many as 301 people.", "as many as 301", false, true},
		{"a where clause after an event of a year", "A blast killed 40 miners on Friday. Its worst was the 2014 disaster at Soma, in the west of the country, where 301 people were killed.", "301", false, true},
		{"an event in a month", "Two bombs killed 95 people on Saturday. It resembles an attack in July, when a suicide bomber killed 33 activists.", "33", false, true},
		{"the event in a month may be the news", "The attack in July killed 33 activists, officials said.", "33", false, false},
		{"a year set apart by commas", "A crush killed 30 pilgrims on Wednesday. On the same day of the last festival, in 2013, at least 36 pilgrims died in a crush at the station.", "at least 36", false, true},
		{"before a weekday's occasion dates the news", "A bomb killed 30 people on Monday, two days before Monday's vote.", "30", false, false},
		{"before a weekday's event", "It was the deadliest bombing in the country before Monday's, an attack on a park that killed 75.", "75", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := slotOf(t, tt.text, tt.fig)
			assert.Equal(t, tt.projected, f.Modality == ModalityProjected, "modality %q", f.Modality)
			assert.Equal(t, tt.past, f.Past, "past")
		})
	}
}

func TestSlotEarlier(t *testing.T) {
	tests := []struct {
		name, text, fig string
		earlier         bool
	}{
		{"earlier on a day", "Earlier on Sunday, the Red Crescent said 500 people had been killed.", "500", true},
		{"initially", "The bomber set off his explosives in the hall, initially killing 75.", "75", true},
		{"the first reports", "The first reports spoke of 30 dead.", "30", true},
		{"at first", "At first, officials said 12 people had died.", "12", true},
		{"late on a day", "Late on Tuesday night, channels were still reporting fewer than 30 deaths.", "fewer than 30", true},
		{"early on a weekday", "At a briefing early Monday, the sheriff said 50 people had died.", "50", true},
		{"the day's toll", "The toll rose to 88 on Friday.", "88", false},
		{"revised from", "Officials revised the toll to 275 from 288.", "288", true},
		{"revised to", "Officials revised the toll to 275 from 288.", "275", false},
		{"up from", "The toll reached 81, up from the 62 given on Sunday.", "62", true},
		{"from one count to another", "The toll rose from 95 to 103 overnight.", "95", true},
		{"earlier this month is past, not earlier", "Earlier this month, at least 11 people were injured in a blast.", "at least 11", false},
		{"years earlier", "Two years earlier, a bombing killed 15 people.", "15", false},
		{"the first after the figure", "At least 40 people died, the first such attack this year.", "At least 40", false},
		{"a count an aside corrects", "Ardern said three people, not four as earlier reported, had been arrested.", "four", true},
		{"a denied count is no earlier report", "Aquino says the toll is likely 2,000 to 2,500, not 10,000.", "10,000", false},
		{"since a day, when", "The toll has climbed since Sunday, when an official said at least 24 people had died.", "at least 24", true},
		{"since a day, with no when", "The toll has climbed to 63 since Sunday.", "63", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.earlier, slotOf(t, tt.text, tt.fig).Earlier)
		})
	}
}

func TestSlotInterval(t *testing.T) {
	tests := []struct {
		name, text, fig string
		interval        bool
	}{
		{"apart", "The blasts went off about 20 minutes apart near the cemetery.", "about 20", true},
		{"after the first", "The second blast came 15 minutes after the first one.", "15", true},
		{"after something else", "Police arrived 15 minutes after the call.", "15", false},
		{"a span", "The siege lasted 12 hours.", "12", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := slotOf(t, tt.text, tt.fig)
			assert.Equal(t, Duration, f.Kind)
			assert.Equal(t, tt.interval, f.Measure == MeasureInterval, "measure %q", f.Measure)
		})
	}
}

func TestExtractTitle(t *testing.T) {
	ex, err := NewExtractor(DefaultExtractOptions())
	require.NoError(t, err)
	a := &Article{ID: "t", Title: "Over 40 dead as bomber strikes rally", Text: "Body.", Line: 5, TitleLine: 1}
	c, ok := ex.ExtractTitle(a)
	require.True(t, ok)
	require.Len(t, c.Figures, 1)
	f := c.Figures[0]
	assert.Equal(t, "Over 40", f.Text)
	assert.Equal(t, MeasureKilled, f.Measure)
	assert.Equal(t, 1, f.Line)
	assert.Equal(t, -1, c.Sentence.Index)
	assert.Equal(t, a.Title[f.Start:f.End], f.Text, "spans point into the title")

	_, ok = ex.ExtractTitle(&Article{Title: "Storm hits the coast"})
	assert.False(t, ok)
}

// FuzzSlots runs the whole extraction, slot pass included, on any text:
// it must not panic, and every slot must point inside its sentence.
func FuzzSlots(f *testing.F) {
	for _, s := range []string{
		"At least 55 people, including 51 female students, were killed and 125 others were wounded.",
		"The death toll of Afghans in the bombing rose to 64, an official at a city hospital said.",
		"Last March, a bomber killed 64 people. In that attack, 20 of them were children.",
		"He said 284 people had been injured, 220 of whom were admitted to hospital.",
		"U.S. U.S. , , 5 of of the 6 the",
		"Three children, aged eight, 12 and 13, were named among the dead, as were several foreigners: four from France, two from Peru.",
		"The Kanto quake, 1923: a fire swept the city.\n\nThere, 40 died. Among them were six people from Jamaica.",
		"The toll had first been given as 49; 53 were British, home to about 195 workers.",
		"He faces 50 counts of murder and 39 of attempted murder, two years before Monday's, an attack in July.",
		"Nine of the dead were Italian and seven Japanese, one was from India, while 30 others were in intensive care.",
		"It happened in 2014 in Soma, where, in 2013, 301 died; 3,000 attended the funeral.",
	} {
		f.Add(s)
	}
	ex, err := NewExtractor(DefaultExtractOptions())
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, text string) {
		a := &Article{ID: "f", Title: text, Text: text, Line: 1}
		cs := ex.Extract(a)
		if c, ok := ex.ExtractTitle(a); ok {
			cs = append(cs, c)
		}
		for _, c := range cs {
			for _, fig := range c.Figures {
				if fig.PartOf < -1 || fig.PartOf > len(c.Figures) {
					t.Fatalf("part of %d among %d figures", fig.PartOf, len(c.Figures))
				}
				if fig.Modality != "" && fig.Modality != ModalityProjected {
					t.Fatalf("modality %q", fig.Modality)
				}
			}
		}
	})
}

func TestSlotPastMonthOfPublication(t *testing.T) {
	tests := []struct {
		name, published, text, fig string
		past                       bool
	}{
		{"a month before the publication", "2024-11-09", "Attacks in August killed at least 73 people. The blast on Saturday killed 26.", "at least 73", true},
		{"the month of publication", "2024-11-09", "The blast in November killed 26 people.", "26", false},
		{"the year of publication names the event", "2024-11-09", "The 2024 blast killed 26 people.", "26", false},
		{"an earlier year names an earlier event", "2024-11-09", "The 2018 blast killed 26 people.", "26", true},
		{"the month before, early in a month", "2024-11-03", "The quake in October killed 150 people.", "150", false},
		{"the month before, late in a month", "2024-11-20", "The quake in October killed 150 people.", "150", true},
		{"a month names an earlier event", "2024-11-09", "The blast on Saturday killed 26. It came after their August assault on a hotel, which killed at least 21.", "at least 21", true},
		{"the month of publication names the event", "2024-11-09", "Their November assault on a hotel killed at least 21.", "at least 21", false},
		{"no date: the month the text names most", "", "Attacks in August killed at least 73 people. In August the toll was high.", "at least 73", false},
		{"no date: a month dated by a day outweighs one named more", "", "The blast on October 29 killed 100. It came after their August assault on a hotel, which killed at least 21. August was bloody. So was August.", "at least 21", true},
		{"no date: a month naming an event is not the article's", "", "The gunmen may have been avenging their August assault, which killed at least 21.", "at least 21", true},
		{"no date: mid-month before an event's noun", "", "They may have been avenging a mid-October attack that left 15 people dead.", "15", true},
		{"no date: a month set apart at the opening is another time", "", "Gunmen killed 19 on Friday. In August, 13 people died in a siege in another town.", "13", true},
		{"no date: a month set apart, and the news dated by a day", "", "PARIS, Nov 20 (AFP) - Gunmen killed 19 on Friday. In November, 13 people died.", "13", false},
		{"no date: an abbreviated month dated by a day is the article's", "", "PARIS, Nov 20 (AFP) - Gunmen killed 19. A siege in August killed 13 people.", "13", true},
		{"no date: a month in the sentence is no opening", "", "Gunmen killed 19 on Friday. The siege in August killed 13 people.", "13", false},
		{"no date: a month without a determiner is not read", "", "October attacks killed 15 people.", "15", false},
	}
	ex, err := NewExtractor(DefaultExtractOptions())
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &Article{ID: "t", Text: tt.text, Line: 1, Published: tt.published}
			var got *Figure
			for _, c := range ex.Extract(a) {
				for i := range c.Figures {
					if c.Figures[i].Text == tt.fig {
						got = &c.Figures[i]
					}
				}
			}
			require.NotNil(t, got, "no figure %q", tt.fig)
			assert.Equal(t, tt.past, got.Past)
		})
	}
}
