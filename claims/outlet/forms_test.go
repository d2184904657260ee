package outlet

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// para is running text that follows or precedes a credit line.
const para = "Rescue workers searched the rubble through the night, and officials said the toll was expected to rise further."

// paras is running text long enough that its first and last lines are
// apart.
var paras = strings.Repeat(para+"\n\n", topLines)

// formCases are the forms real pages state their outlet in, with outlets
// the registry does not know, and the negatives around them. The sentences
// are made up; the forms are those of real pages.
var formCases = []struct {
	name, text, want, how string
}{
	// Site-name lines at the top.
	{"site bar updated", "Harbor Herald | Updated: 2024-03-08 10:15\n\n" + para, "Harbor Herald", HowSite},
	{"site host bar published", "Valleypost.com | Published March 9, 2024\n\n" + para, "Valleypost", HowSite},
	{"site registry host", "Dawn.com | Published June 1, 2022\n\n" + para, "Dawn", HowSite},
	{"site name alone", "Coastal Ledger\n\n" + para, "Coastal Ledger", HowSite},
	{"site name alone one word", "Mirador\n\n" + para, "Mirador", HowSite},
	{"site name with of", "Voice of Riverton\n\n" + para, "Voice of Riverton", HowSite},
	{"site name report", "Lakeside Courier report\n\n" + para, "Lakeside Courier", HowSite},
	{"site name in capitals", "THE HIGHLAND TIMES\n\n" + para, "The Highland Times", HowSite},
	{"site source label at top", "Source: Gulf Star\n\nDUBAI -- " + para, "Gulf Star", HowSite},
	{"site host and place lead", "Nusantara.com, Medan - " + para, "Nusantara", HowSite},
	{"site brand lead dash", "NusaToday - " + para, "NusaToday", HowSite},
	{"site name lead dash", "Delta Pulse - " + para, "Delta Pulse", HowSite},
	{"site name then date line", "Coastal Ledger\n\nMarch 3, 2024 10:15 PKT\n\n" + para, "Coastal Ledger", HowSite},
	{"site name then byline", "Coastal Ledger\n\nBy Staff Reporter\n\n" + para, "Coastal Ledger", HowSite},
	{"site name comma date", "Coastal Ledger, March 3, 2024\n\n" + para, "Coastal Ledger", HowSite},
	{"site edition of a registry outlet", "Xinhua English | 2024-03-08\n\n" + para, "Xinhua", HowSite},
	{"site under a date line", "Updated: March 3, 2024\n\nCoastal Ledger\n\n" + para, "Coastal Ledger", HowSite},
	{"site name and place", "Coastal Ledger, Karachi\n\n" + para, "Coastal Ledger", HowSite},
	{"site brand in lower case", "eHarbor\n\n" + para, "eHarbor", HowSite},
	{"site under byline", "By Staff Reporter\n\nGreenfield Daily\n\n" + para, "Greenfield Daily", HowSite},
	{"role, then the outlet", "Harbour Correspondent, Delta Ledger\n\n" + para, "Delta Ledger", HowByline},
	{"role, then a lower-case host", "Valley Correspondent, valley24.com\n\n" + para, "valley24.com", HowByline},
	// Datelines.
	{"dateline caps unknown", "ASMARA (Horn Wire) - " + para, "Horn Wire", HowDateline},
	{"dateline date no dash", "Karachi, Mar 4 (KNS) " + para, "KNS", HowDateline},
	{"dateline date dot dash", "Lima, Feb 11 (EFE).- " + para, "EFE", HowDateline},
	{"dateline colon paren", "MULTAN: (Indus Point / Indus Point News - Mar 5th, 2024) " + para, "Indus Point", HowDateline},
	{"dateline registry acronym", "ANKARA (AA) - " + para, "Anadolu Agency", HowDateline},
	{"dateline no place", "(Brief Wire) - " + para, "Brief Wire", HowDateline},
	{"dateline agency credit", "Lahore, Jan 9 (PTI) " + para, "PTI", HowDateline},
	{"dateline known place no dash", "KABUL (Bakhtar) " + para, "Bakhtar", HowDateline},
	{"caps acronym is no place", "WHO (World Health Organization) officials said the outbreak was spreading across the region on Monday.", "", ""},
	// Bylines.
	{"byline staff unknown", "By Harbor Herald staff\n\n" + para, "Harbor Herald", HowByline},
	{"byline registry staff", "By Reuters Staff\n\n" + para, "Reuters", HowByline},
	{"byline name comma outlet", "By Leila Farouk, Riverside Chronicle\n\n" + para, "Riverside Chronicle", HowByline},
	{"byline name pipe outlet", "By Tom Hale | Island Gazette\n\n" + para, "Island Gazette", HowByline},
	{"byline name slash outlet", "By Tom Hale / Island Gazette\n\n" + para, "Island Gazette", HowByline},
	{"byline next line role", "By Omar Shah\n\nCapital Tribune correspondent\n\n" + para, "Capital Tribune", HowByline},
	{"posted on date by outlet staff", "Posted on March 3, 2024 by Harbor Herald Staff\n\n" + para, "Harbor Herald", HowByline},
	{"posted by person", "Posted on March 3, 2024 by Karen Wolfe\n\n" + para, "", ""},
	{"bare byline outlet", "By Prairie Monitor\n\n" + para, "Prairie Monitor", HowByline},
	// Closing credits.
	{"source label caps", para + "\n\nSOURCE: GULF STAR", "Gulf Star", HowCredit},
	{"source and agencies", para + "\n\nSource: Eastern Wire and agencies", "Eastern Wire", HowCredit},
	{"published in with date", para + "\n\nPublished in Harbor Herald, March 3rd, 2024", "Harbor Herald", HowCredit},
	{"published in alone", para + "\n\nPublished in The Morning Lantern", "The Morning Lantern", HowCredit},
	{"outlet with wire", para + "\n\nBosphorus Daily News with AFP", "Bosphorus Daily News", HowCredit},
	{"outlet and agencies", para + "\n\nCoastal Ledger and agencies", "Coastal Ledger", HowCredit},
	{"paren credit redistributed", paras + "\n\n(EFE/NAN)", "EFE", HowCredit},
	{"paren source label", paras + "\n\n( Source : AFP )\nRead Next", "AFP", HowCredit},
	{"paren credit unknown", paras + "\n\n(Sahel Post/NAN)", "Sahel Post", HowCredit},
	{"copyright unknown", para + "\n\n© 2024 Harbor Herald. All rights reserved.", "Harbor Herald", HowCredit},
	{"name at the end before a date", para + "\n\nSunrise Network\n\nMarch 3, 2024", "Sunrise Network", HowCredit},
	{"syndication credit", para + "\n\nThis article was originally published by Harbor Herald.", "Harbor Herald", HowCredit},
	{"courtesy credit", para + "\n\nCourtesy: Harbor Herald", "Harbor Herald", HowCredit},
	{"dateline bracketed country", "Herat [Afghanistan], Sep 30 (ANI): " + para, "ANI", HowDateline},
	{"publisher over wire dateline", "ANKARA (AFP) - " + paras + "Bosphorus Daily News with AFP", "Bosphorus Daily News", HowCredit},
	{"wire dateline, agencies source", "BEIRUT (Reuters) - " + paras + "Source: Cedar Post and agencies", "Cedar Post", HowCredit},
	{"wire dateline, plain source", "BEIRUT (Reuters) - " + paras + "SOURCE: REUTERS", "Reuters", HowDateline},
	{"name and place at the end", para + "\n\nThe Morning Lantern, Karachi", "The Morning Lantern", HowCredit},
	{"name alone at the end", para + "\n\nSunrise Network", "Sunrise Network", HowCredit},
	// Negatives: cited sources.
	{"cited told agency", "\"It was chaos,\" a witness told Reuters.\n\n" + para, "", ""},
	{"cited according to", "According to the BBC, 40 people died.\n\n" + para, "", ""},
	{"cited reported", "NBC News reported that 30 were hurt.\n\n" + para, "", ""},
	{"cited told unknown", para + "\n\n\"We need help,\" he told Harbor Herald.", "", ""},
	{"cited published by", para + "\n\nThe study, published by The Lancet on Friday, found that most of the deaths could have been avoided.", "", ""},
	{"cited per", "The toll rose to 12, per the Hill.\n\n" + para, "", ""},
	// Negatives: people.
	{"person byline", "By Dawn Mitchell\n\n" + para, "", ""},
	{"person byline caps", "BY KAREN WOLFE\n\n" + para, "", ""},
	{"co-authors", "By Ana Ruiz and Zarlasht Halimi\n\n" + para, "", ""},
	{"person alone at the end", para + "\n\nDavid Okafor", "", ""},
	{"person with initial", para + "\n\nK. Mensah", "", ""},
	{"reporting credit", para + "\n\n(Reporting by Ana Ruiz; Editing by Tom Hale)", "", ""},
	{"person lead appositive", "Actor Jon Reyes - star of a hit film - has signed a new deal with the studio for three more films.", "", ""},
	// Negatives: places and dates.
	{"place dateline dash", "KABUL - " + para, "", ""},
	{"place colon dateline", "ISLAMABAD: " + para, "", ""},
	{"place lead titled", "New Delhi - " + para, "", ""},
	{"place in parentheses", "KARACHI (Pakistan) - " + para, "", ""},
	{"place alone on top", "Kabul\n\n" + para, "", ""},
	{"venue then date", "Riverside Park\n\nWednesday, 9 April\n\n1930 GMT", "", ""},
	{"place dateline and host", "Kabul, Afghanistan - " + para, "", ""},
	{"date line at the end", para + "\n\nPublished September 12, 2023", "", ""},
	// Negatives: agencies in a co-credit, generic credits.
	{"generic dateline credit", "KABUL (Agencies): " + para, "", ""},
	{"wire alone co-credit", para + "\n\nWith AFP", "", ""},
	{"generic source", para + "\n\nSource: agencies", "", ""},
	{"institution source", para + "\n\nSource: Ministry of Health", "", ""},
	{"acronym in prose", "ISLAMABAD: The Tehreek-e-Taliban Pakistan (TTP) claimed the attack, officials said on Monday.", "", ""},
	{"picture credit line", para + "\n\n(Photo: Harbor Herald)", "", ""},
	{"navigation line", "Top\n\n" + para, "", ""},
	{"watch line", "Watch Harbor TV\n\n" + para, "", ""},
	{"kicker", "Pakistan Bombing\n\n" + para, "", ""},
	{"section kicker", "World\n\n" + para, "", ""},
	{"staff reporter", "Staff Reporter\n\n" + para, "", ""},
	{"subheading not first", para + "\n\nSECOND HEADING\n\n" + para, "", ""},
}

func TestDetectForms(t *testing.T) {
	reg := DefaultRegistry()
	for _, tt := range formCases {
		t.Run(tt.name, func(t *testing.T) {
			got, how := reg.Detect(tt.text)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.how, how)
		})
	}
}

func TestName(t *testing.T) {
	reg := DefaultRegistry()
	tests := []struct{ in, want string }{
		{"AL JAZEERA", "Al Jazeera"},
		{"Dawn.com", "Dawn"},
		{"AA", "Anadolu Agency"},
		{"RIVER TV", "River TV"},
		{"TIMES OF RIVERTON", "Times of Riverton"},
		{"TRT World", "TRT World"},
		{"PTI", "PTI"},
		{"KNS", "KNS"},
		{"NusaToday.com", "NusaToday"},
		{"Harbor Herald staff", "Harbor Herald"},
		{"Agencies", ""},
		{"News Desk", ""},
		{"Staff Reporter", ""},
		{"Ministry of Health", ""},
		{"Kabul", ""},
		{"Saudi Arabia", ""},
		{"Jim Heintz", ""},
		{"Dr Ahmed Khan", ""},
		{"January", ""},
		{"the council", ""},
		{"said on Monday", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, reg.name(tt.in))
		})
	}
}
