// Package english holds the English word lists of crosscheck.
package english

// PersonNoun reports whether a lower-case singular noun names people:
// "civilian", "soldier", "child", "official".
func PersonNoun(w string) bool { return personNouns[w] }

var personNouns = fieldsSet(`civilian activist blogger lawyer monk priest cleric diplomat politician candidate migrant
	detainee convict smuggler trafficker dealer thief robber pupil driver sailor soldier child
	woman man boy girl adult suspect militant fighter protester protestor demonstrator student
	journalist reporter worker migrant refugee resident officer policeman policewoman police
	troop hostage prisoner inmate passenger pilot crew member citizen national tourist pilgrim
	worshipper worshiper teacher doctor nurse patient activist opponent dissident official
	employee gunman attacker bomber insurgent rebel jihadist extremist terrorist serviceman
	servicewoman servicemember marine sailor guard villager farmer miner fisherman victim
	survivor spectator fan concertgoer asylum-seeker leader commander infant baby toddler
	teenager youth minor elder staff personnel agent spy colleague relative family customer
	shopper voter supporter player athlete`)
