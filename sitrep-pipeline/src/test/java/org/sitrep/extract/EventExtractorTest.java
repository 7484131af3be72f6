package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Document;
import org.sitrep.model.Claim;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventMention.Status;
import org.sitrep.model.Layers;
import org.sitrep.model.PlaceMention;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StandardPipeline;

/** Events found in short texts of our own. */
class EventExtractorTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void build() {
        pipeline = StandardPipeline.build(List.of(), LocalDate.of(2026, 11, 22));
    }

    private static EventMention first(String text, String type) {
        Document d = pipeline.apply(Document.builder("t", text, text).build());
        return d.layer(Layers.EVENTS).stream().filter(e -> e.type().equals(type)).findFirst().orElse(null);
    }

    /** The canonical names of the actors on one side. */
    private static List<String> names(List<ActorMention> side) {
        return side.stream().map(a -> a.actor().name()).toList();
    }

    /** The actors on one side as the text writes them. */
    private static List<String> texts(List<ActorMention> side) {
        return side.stream().map(ActorMention::text).toList();
    }

    /** The first event of the type, which must be found. */
    private static EventMention found(String text, String type) {
        EventMention event = first(text, type);
        assertNotNull(event, "no " + type + " in: " + text);
        return event;
    }

    @Test
    void verbsThatNameAnAttackOnlyWithTheirObject() {
        assertEquals("Balochistan", found("Gunmen opened fire on a bus carrying pilgrims in Balochistan.", "ASSAULT").place().text());
        EventMention missile = found("Houthi rebels launched a missile at the Saudi city of Jazan.", "ASSAULT");
        assertEquals("launched", missile.trigger());
        assertNull(first("The company launched a new phone in Paris on Monday.", "ASSAULT"), "a launch of no weapon");
        EventMention hit = found("A U.S. strike hit two al-Qaida vehicles near Idlib on Monday.", "ASSAULT");
        assertEquals("USA", hit.actors().get(0).actor().code(), hit.actors().toString());
        assertNull(first("The storm hit the coast of Oman on Tuesday.", "ASSAULT"), "a storm hits no target");
        EventMention refinery = found("Separately, Ukrainian forces hit an oil refinery in Russia's Samara region, the governor said.", "ASSAULT");
        assertEquals("UKR", refinery.actors().get(0).actor().code(), "a refinery is a target: " + refinery);
        assertEquals("aerial", found("Russian warplanes pounded villages in Idlib province.", "ASSAULT").mode());
    }

    @Test
    void aStrikeIsAnAttackByItsWeaponOrSideAndAProtestByWhoStagesIt() {
        EventMention raid = found("Israel carried out a strike on a building in Beirut on Monday.", "ASSAULT");
        assertEquals("ISR", raid.actors().get(0).actor().code(), raid.actors().toString());
        assertEquals("strike", found("A drone strike on a car near Idlib wounded two men.", "ASSAULT").trigger());
        assertNull(first("Workers went on strike in Paris on Monday.", "ASSAULT"));
        assertEquals("Paris", found("Workers went on strike in Paris on Monday.", "PROTEST").place().text());
        assertNull(first("Dockers staged a general strike in Marseille.", "ASSAULT"), "a general strike hits nothing");
    }

    @Test
    void blowingUpPropertyIsCoercionAndBlowingOneselfUpAnAttack() {
        EventMention bridge = found("Kurdish militants blew up a bridge outside Mosul on Sunday.", "COERCE");
        assertEquals("destroy", bridge.mode());
        assertNull(first("Kurdish militants blew up a bridge outside Mosul on Sunday.", "ASSAULT"));
        EventMention bombing = found("A suicide bomber blew himself up at a checkpoint in Mogadishu.", "ASSAULT");
        assertEquals("explosives", bombing.mode(), "a suicide bombing is no air raid");
    }

    @Test
    void whoCarriedOutTheStrikeActsInTheStrikeReportedBefore() {
        List<EventMention> strikes = all("Drones struck a fuel depot in Kassala on Monday, officials said. "
                + "The governor said the Rapid Support Forces carried out the strike.", "ASSAULT");
        assertEquals(1, strikes.size(), strikes.toString());
        assertEquals("SDN", strikes.get(0).actors().get(0).actor().code(), strikes.get(0).actors().toString());
        assertEquals("Kassala", strikes.get(0).place().text());
    }

    @Test
    void aClauseOpenedByWhenTellsWhenItHappenedAndOneOpenedByThatDoesNot() {
        EventMention killing = found("Nine people were killed when drones struck a market in Kassala on Monday, officials said.", "ASSAULT");
        assertEquals("Monday", killing.time() == null ? null : killing.time().text());
        EventMention denied = found("The governor of Kassala denied on Tuesday that troops had killed civilians in the town.", "ASSAULT");
        assertNull(denied.time(), "Tuesday is the day of the denial");
    }

    @Test
    void whatASideHasBeenDoingSinceADateOrWhatActsOfAKindAreIsNoEvent() {
        assertNull(first("The militia, which has been fighting the army since April 2023, said it would join the talks.", "ASSAULT"));
        assertNull(first("\"Attacks on hospitals are unacceptable,\" the envoy said in Geneva.", "ASSAULT"));
        assertNotNull(first("Air strikes are continuing in the north of Idlib, residents said.", "ASSAULT"), "ongoing strikes are reported");
    }

    @Test
    void aDatelinesMonthIsNoModalNorTheEventsDayAndAVerbAfterSaidHasItsOwnSubject() {
        EventMention strike = found("14 May 2025 — Sudanese warplanes struck positions outside Nyala on Tuesday, residents said.", "ASSAULT");
        assertEquals(Status.ASSERTED, strike.status());
        assertEquals("Tuesday", strike.time().text(), "the dateline is the day of publication, not of the strike");
        EventMention raid = found("The army said its aircraft bombed rebel positions near Nyala on Tuesday.", "ASSAULT");
        assertEquals("bombed", raid.trigger());
    }

    @Test
    void oneSidesTargetActingIsAnotherEvent() {
        List<EventMention> acts = all("Sudanese warplanes struck Rapid Support Forces positions outside Nyala on Tuesday. "
                + "Rapid Support Forces fighters stormed a village near Nyala.", "ASSAULT");
        assertEquals(2, acts.size(), acts.toString());
    }

    @Test
    void aCondemnedAttackWithItsOwnDayOrPlaceHappenedAndItsRelativeClauseNamesNoRecipient() {
        String text = "The envoy on Wednesday condemned Monday's drone attack on a market in Kassala, which killed 12 civilians.";
        EventMention attack = found(text, "ASSAULT");
        assertEquals("Kassala", attack.place().text());
        assertEquals("Monday", attack.time().text());
        assertTrue(found(text, "ACCUSE").recipients().isEmpty(), "the civilians are the attack's, not the accused");
        assertNull(first("The envoy condemned the attack.", "ASSAULT"), "an attack named only to be condemned is not told");
    }

    @Test
    void aDenialOfInvolvementGoesToTheActNotToTheAccusationsAroundIt() {
        String text = "Drones struck a market in Kassala on Monday, killing 12 people, officials said. "
                + "The governor blamed the Rapid Support Forces for the attack. "
                + "The RSF denied any involvement and accused the army of staging the incident.";
        EventMention strike = found(text, "ASSAULT");
        assertTrue(strike.claims().stream().anyMatch(c -> c.kind().equals("denial") && c.source() != null
                && c.source().actor().code().equals("SDN")), strike.claims().toString());
        assertTrue(all(text, "ACCUSE").stream().flatMap(e -> e.claims().stream()).noneMatch(c -> c.kind().equals("denial")));
        String other = "Pakistani security forces killed 30 militants in North Waziristan on Sunday, the military said. "
                + "The militants were intercepted near the border. "
                + "Pakistan has long accused the Taliban government in Kabul of sheltering fighters, a charge Kabul denies.";
        assertTrue(found(other, "ASSAULT").claims().stream().noneMatch(c -> c.kind().equals("denial")),
                "a denial by no side of an act told sentences before is not its denial");
    }

    @Test
    void theAccusedDenyingAnswersTheAccusationWhenItNamesAnotherAct() {
        String text = "Shells hit a camp outside Sake on Wednesday, killing 17 people, officials said. "
                + "The Congolese government accused Rwanda of backing the rebels. Kigali denied any involvement.";
        EventMention accusation = found(text, "ACCUSE");
        assertTrue(accusation.claims().stream().anyMatch(c -> c.kind().equals("denial")), accusation.claims().toString());
        assertTrue(found(text, "ASSAULT").claims().stream().noneMatch(c -> c.kind().equals("denial")));
    }

    @Test
    void anActNamedAgainAsWhatAVerbSpeaksOfIsNoNewAct() {
        assertNull(first("Ukraine's president called the attack \"pure terror\" and urged allies to send air defences.", "ASSAULT"));
        assertNull(first("Kenyan police are investigating the deadly raid in Mombasa, the ministry said.", "ASSAULT"));
        assertNull(first("Somali security forces ended the siege of the hotel in Mogadishu after 20 hours, police said.", "COERCE"),
                "the siege was told before; its end is no siege");
    }

    @Test
    void aCountryThatAVerbFollowsActsAndIsNotWhere() {
        EventMention downing = found("Ukraine's air force said it shot down 40 of the 55 drones Russia launched overnight.", "ASSAULT");
        assertNull(downing.place(), "Russia launched them; it is not where they were shot down");
        assertEquals("Syria", found("Five years of fighting in Syria have left thousands dead.", "ASSAULT").place().text());
    }

    @Test
    void aResponseWithFireInAClauseOfItsOwnIsASecondAttack() {
        List<EventMention> attacks = all("Hezbollah fired rockets at an army post near the border, "
                + "and Israel responded with artillery fire on two villages.", "ASSAULT");
        assertEquals(2, attacks.size(), attacks.toString());
        assertEquals("ISR", attacks.get(1).actors().get(0).actor().code(), attacks.get(1).actors().toString());
    }

    @Test
    void aPartOfAPlaceNamedByItsPossessiveIsStillThatPlace() {
        assertEquals("Nyala", found("Militants stormed the town of Nyala's outskirts and looted shops, witnesses said.", "ASSAULT").place().text());
        assertNull(found("Militants attacked Nyala's governor on Monday, witnesses said.", "ASSAULT").place(), "a governor is no part of a town");
    }

    @Test
    void theSubjectOfAWhenClauseAfterAViolentPassiveDidIt() {
        EventMention raid = found("At least 20 people were killed when military jets bombed a village in Myanmar's Sagaing region on Sunday.",
                "ASSAULT");
        assertEquals("MMR", raid.actors().get(0).actor().code(), raid.actors().toString());
        assertEquals("Sagaing region", raid.place().text(), "the region, not the country that owns it");
        List<EventMention> ambush = all("Seven Colombian soldiers were killed and another was wounded when FARC dissidents attacked "
                + "their patrol in the department of Guaviare on Sunday, the army said.", "ASSAULT");
        assertEquals(1, ambush.size(), "the passive and its 'when' clause tell one act: " + ambush);
        assertEquals(List.of("Revolutionary Armed Forces of Colombia"), names(ambush.get(0).actors()), "past a second passive");
    }

    @Test
    void whoClaimsAnAttackIsItsActorNotASource() {
        EventMention attack = found("Al-Shabaab claimed responsibility for the attack on a hotel in Mogadishu on Monday.", "ASSAULT");
        assertEquals("Al-Shabaab", attack.actors().get(0).text(), attack.actors().toString());
    }

    @Test
    void aPlaceInASidesNameIsNotWhereItHappens() {
        EventMention strike = found("The coalition bombed the Islamic State of Iraq and the Levant on Monday.", "ASSAULT");
        assertNull(strike.place(), String.valueOf(strike.place()));
        assertEquals("Mosul", found("The coalition bombed the Islamic State of Iraq and the Levant in Mosul.", "ASSAULT").place().text());
    }

    @Test
    void theActorsCountryIsNotTheEventsPlace() {
        EventMention strike = found("U.S. forces struck a militia convoy on Monday, officials said.", "ASSAULT");
        assertNull(strike.place(), "who acted, not where");
        EventMention located = found("U.S. forces struck a militia convoy near Albu Kamal on Monday, officials said.", "ASSAULT");
        assertNotNull(located.place());
        assertEquals("SY", located.place().place().countryCode());
        EventMention talks = found("Iraq's foreign minister held talks with Turkey on Sunday.", "CONSULT");
        assertNull(talks.place(), "a partner in the talks, not their place");
        EventMention killing = found("Two fighters were killed in the air strike, which was carried out by Israel near Damascus.", "ASSAULT");
        assertEquals("Damascus", killing.place().text(), "the agent, not the place");
        EventMention raid = found("Rebels attacked army posts as the Gaza conflict raged, the monitor in Hama said.", "ASSAULT");
        assertEquals("Hama", raid.place().text(), "the Gaza conflict names an affair, not where the raid was");
    }

    @Test
    void civiliansNamedByABareNounAreRecipientsNotActors() {
        EventMention strike = found("Syrian government jets struck a market in Idlib on Monday, killing nine civilians.", "ASSAULT");
        assertEquals("SYR", strike.actors().get(0).actor().code());
        assertEquals("CVL", strike.recipients().stream().filter(r -> r.text().equals("civilians")).findFirst().orElseThrow().actor().sector());
        EventMention shelling = found("Hundreds of refugees fled as Iraqi forces shelled the village on Monday.", "ASSAULT");
        assertEquals("IRQ", shelling.actors().get(0).actor().code(), "the refugees before the trigger do not act");
    }

    @Test
    void aCountryWhereSomethingHappenedOrWhereOneWentDoesNotActButACountryOfAGroupDoes() {
        EventMention aid = found("Two Iranian generals were killed in Syria on Monday while aiding government forces.", "AID");
        assertTrue(aid.actors().stream().noneMatch(a -> a.text().equals("Syria")), "killed in Syria: a place, " + aid.actors());
        EventMention talks = found("After a week-long trip to Syria, the envoy met Turkish officials in Ankara on Monday.", "CONSULT");
        assertTrue(talks.actors().stream().noneMatch(a -> a.text().equals("Syria")), "where one went does not act: " + talks.actors());
        EventMention demand = found("Opposition groups in Zimbabwe are demanding that the president resign.", "REQUEST");
        assertTrue(demand.actors().stream().anyMatch(a -> "ZWE".equals(a.actor().code())), "groups in Zimbabwe: " + demand.actors());
    }

    @Test
    void clausesSayWhoActsAndWhatIsOnlyAPurposeOrAnIdiom() {
        EventMention capture = found("Afghan fighters entered Syria to help the army against rebels who seized Hama on Friday, "
                + "according to Syrian and Lebanese sources.", "COERCE");
        assertEquals("REB", capture.actors().get(0).actor().sector(), "the rebels captured the city: " + capture.actors());
        assertTrue(capture.recipients().stream().noneMatch(r -> r.text().endsWith("sources")), "sources tell, they take no part: "
                + capture.recipients());
        assertNull(first("Dozens of Afghan fighters crossed into Syria on Sunday to support the army and defend a shrine.", "SUPPORT"),
                "supporting and defending are the purpose of the crossing, not events of their own");
        assertNull(first("In Syria, each advance by the army is met with fierce resistance.", "CONSULT"), "met with resistance is no meeting");
        assertNotNull(first("Turkish officials met with Russian envoys in Ankara on Monday.", "CONSULT"));
    }

    @Test
    void aRunningTotalIsATollNotAnAttackByTheCountryItHappenedIn() {
        EventMention years = found("Four years of fighting in Syria have left more than 250,000 people dead, the United Nations said.", "ASSAULT");
        assertTrue(years.toll());
        assertTrue(years.actors().stream().noneMatch(a -> "SYR".equals(a.actor().code())), "where the war is fought is not a side: " + years.actors());
        assertTrue(years.recipients().stream().noneMatch(a -> a.text().equals("Syria")), years.recipients().toString());
        assertEquals("SY", years.place().place().countryCode(), "it is still where");
        assertTrue(first("The war in Yemen has killed more than 150,000 people, according to monitors.", "ASSAULT").toll());
        assertTrue(found("Myanmar's civil war between the junta and armed resistance groups erupted in 2021 and has killed thousands of people.",
                "ASSAULT").toll(), "a country's war, past a clause");
        assertTrue(first("More than 3,000 civilians have been killed in Yemen since the coalition intervened.", "ASSAULT").toll());
        assertTrue(first("Gang violence killed more than 1,600 people in Haiti in the first three months of the year, the UN said.", "ASSAULT").toll());
        EventMention attack = found("Fighting in Aleppo on Tuesday killed 20 people, a monitor said.", "ASSAULT");
        assertFalse(attack.toll(), "one day's fighting is an event");
        assertFalse(first("Syrian government jets struck a market in Idlib on Monday, killing nine civilians.", "ASSAULT").toll());
        List<EventMention> feud = all("Gunmen opened fire on a party outside Culiacan on Saturday, killing 12 people, prosecutors said. "
                + "Officials said the attack bore the hallmarks of the feud between two factions of the Sinaloa Cartel that has killed "
                + "more than 1,200 people in the state since September.", "ASSAULT");
        assertTrue(feud.stream().filter(e -> !e.toll()).flatMap(e -> e.claims().stream()).noneMatch(c -> Long.valueOf(1200).equals(c.low())),
                "a running total beside the attack named again counts no attack: " + feud);
    }

    @Test
    void aYearThatQualifiesAnotherNounDatesThatNoun() {
        EventMention arrests = found("The party said the arrests of two ministers in Juba violated the 2018 peace deal.", "COERCE");
        assertNull(arrests.time(), "the deal's year");
        assertNotNull(found("In 2014 Islamic State fighters seized Mosul.", "COERCE").time(), "a year opening the sentence dates its act");
        assertNotNull(found("The 2014 offensive by Islamic State fighters seized Mosul.", "ASSAULT").time());
    }

    @Test
    void whoAnnouncesACeasefireIsItsActor() {
        assertNull(first("A South Sudanese general who was being evacuated was killed near Nasir.", "RETREAT"), "evacuated by others");
        assertNotNull(first("Russian troops were withdrawn from Kherson in November.", "RETREAT"));
        EventMention ceasefire = found("Russia announced a ceasefire in Syria on Tuesday.", "RETREAT");
        assertEquals("RUS", ceasefire.actors().get(0).actor().code());
    }

    @Test
    void aCountryAfterAPrepositionOpeningTheSentenceIsTheSceneNoSide() {
        EventMention strike = found("In Ukraine, Russian missiles and drones struck the city of Kharkiv overnight, killing three people.", "ASSAULT");
        assertEquals(List.of("RUS"), strike.actors().stream().map(a -> a.actor().code()).toList());
    }

    @Test
    void onesOwnStateAsTheSubjectOfAVowIsNoTarget() {
        EventMention vow = found("Prime Minister Benjamin Netanyahu vowed that Israel would strike back at a time of its choosing.", "THREATEN");
        assertTrue(vow.recipients().stream().noneMatch(r -> "ISR".equals(r.actor().code())), vow.recipients().toString());
    }

    @Test
    void anActToldAsWhatCameBeforeIsAnActOfItsOwnLedByWhoLeadsItsFighters() {
        List<EventMention> acts = all("Israel launched its offensive after Hamas-led fighters attacked southern Israel on October 7, 2023, "
                + "killing about 1,200 people and taking 251 hostages.", "ASSAULT");
        assertEquals(2, acts.size(), acts.toString());
        EventMention offensive = acts.stream().filter(e -> e.trigger().equals("launched")).findFirst().orElseThrow();
        assertEquals(List.of(), offensive.recipients(), "who the earlier act names is not this one's target");
        EventMention attack = acts.stream().filter(e -> e.trigger().equals("attacked")).findFirst().orElseThrow();
        assertEquals(List.of("Hamas"), names(attack.actors()), "who leads the fighters acts");
        assertTrue(attack.claims().stream().anyMatch(c -> c.kind().equals("abducted")), attack.claims().toString());
    }

    @Test
    void anAidSiteAThreatSomeonePosesAndAnActSetInTimeAreNoNewActs() {
        assertNull(first("Israeli strikes killed 40 Palestinians, including 12 people who were waiting near an aid distribution site in Rafah.",
                "AID"), "a site, no aid given");
        assertNull(first("The army said the suspects posed a threat to troops in Rafah.", "THREATEN"), "a danger, no threat made");
        assertNull(first("Sanctions by the regional bloc ECOWAS on Mali were lifted last year.", "SANCTION"), "sanctions lifted are none imposed");
        EventMention convoy = found("A World Food Programme convoy came under fire in northern Gaza on Sunday.", "ASSAULT");
        assertEquals(List.of("World Food Programme"), names(convoy.recipients()), "fire one comes under is an attack on one");
        List<EventMention> seized = all("M23 rebels seized the town of Walikale on Wednesday. The capture came a day after the presidents of "
                + "Congo and Rwanda met in Qatar.", "COERCE");
        assertEquals(1, seized.size(), "the capture told again: " + seized);
    }

    @Test
    void actsSaidToGrowAreATrendNoAct() {
        assertNull(first("Analysts say the trend holds: attacks by groups linked to al Qaeda and Islamic State have grown more deadly.", "ASSAULT"));
        assertNull(first("No group has claimed responsibility, but such kidnappings are usually carried out by criminal gangs in Kaduna.", "ASSAULT"),
                "'such' acts are a kind");
        assertNotNull(first("Attacks by Islamic State fighters killed 12 soldiers near Menaka on Sunday.", "ASSAULT"));
    }

    @Test
    void dailyStrikesATruceEndedAndATruceSinceAreNoNewActs() {
        assertNull(first("Israeli jets carry out near-daily strikes on villages in southern Lebanon.", "ASSAULT"), "a pattern");
        assertNull(first("The TTP has intensified its attacks since it ended a ceasefire with the government in November 2022.", "RETREAT"),
                "a truce ended is no truce");
        assertNull(first("Israel has struck Lebanon since the ceasefire took effect in November.", "RETREAT"), "a truce told as a time");
        assertNotNull(first("The war between Israel and Hezbollah ended in a ceasefire last week.", "RETREAT"), "ended in a truce makes one");
        List<EventMention> strike = all("A drone strike hit a market in Finote Selam on Saturday, killing 30 civilians. The strike came amid "
                + "intensifying fighting between federal forces and Fano militiamen in the Amhara region.", "ASSAULT");
        assertEquals(1, strike.size(), "the fighting is the strike's background: " + strike);
        String text = "An Israeli drone strike killed a Hezbollah commander in Kfar Kila on Thursday, sources said.\n\n"
                + "More than 200 people have been killed in such strikes since November, according to the health ministry.";
        assertEquals(List.of("dead:1"), found(text, "ASSAULT").claims().stream().map(c -> c.kind() + ":" + c.value()).toList(),
                "a running total written with its figure first counts no one strike");
    }

    @Test
    void whoPutsTheDeathTollAtAFigureIsItsSourceAndTensionsEasingConcedeNothing() {
        String text = "ADF fighters killed at least 43 people at a church in Komanda on Sunday, a civil society leader said. "
                + "The army's spokesman in Ituri, Lieutenant Jules Ngongo, put the death toll at 21.";
        Claim lower = found(text, "ASSAULT").claims().stream().filter(c -> Long.valueOf(21).equals(c.value())).findFirst().orElseThrow();
        assertNotNull(lower.source(), "the spokesman tells the lower toll");
        assertNull(first("Tensions along the border have eased since Azerbaijan retook Karabakh in 2023.", "CONCEDE"), "no one's act");
        assertNotNull(first("Israel eased restrictions on aid deliveries to Gaza on Sunday.", "CONCEDE"));
        assertNull(first("A drone attack on the Sarsang oil field in Iraq's Kurdistan region caused a fire and forced the operator to halt production.",
                "COERCE"), "what an attack forces is its consequence");
        assertNotNull(first("Thailand closed its border crossings and recalled its ambassador from Phnom Penh on Thursday.", "SANCTION"));
    }

    @Test
    void twoCoercionsOfDifferentKindsAreTwoEvents() {
        List<EventMention> coercions = all("Russia's defence ministry said it had destroyed 112 Ukrainian drones over nine regions overnight. "
                + "In the east, Russian forces captured the village of Novoukrainka in the Donetsk region, the ministry said.", "COERCE");
        assertEquals(2, coercions.size(), coercions.toString());
    }

    @Test
    void whoAsksWhichSideFiredDidNotFire() {
        EventMention shelling = first("MSF does not know which party fired the shells at the hospital in El Fasher.", "ASSAULT");
        assertTrue(shelling == null || shelling.actors().isEmpty(), "who does not know is not who fired: " + shelling);
        assertNull(first("Since April 2023, MSF has recorded more than 80 attacks on health facilities in Sudan.", "ASSAULT"),
                "acts counted by who keeps the tally");
    }

    @Test
    void whomTheSubjectIsAlliedWithDoesNotActAndACutRouteIsNoSanction() {
        String text = "Ethnic armed groups allied with Myanmar's shadow government captured the town of Kyaukme in Shan state on Sunday, "
                + "cutting a key trade route to China.";
        assertTrue(found(text, "COERCE").actors().stream().noneMatch(a -> "MMR".equals(a.actor().code())), "the ally does not capture");
        assertNull(first(text, "SANCTION"), "a route cut by force is no sanction");
        assertNull(first("China, which has brokered previous truces between the military and ethnic armed groups, urged both sides to talk.",
                "RETREAT"), "earlier truces named in passing");
    }

    @Test
    void whoAnnouncesACeasefireNamedByANounMakesIt() {
        EventMention truce = found("A ceasefire announced by Hezbollah on Tuesday held for two days.", "RETREAT");
        assertEquals(List.of("Hezbollah"), names(truce.actors()));
        assertEquals(List.of(), truce.recipients());
    }

    @Test
    void whereASpeakerNamedAfterTheSayingWorksIsNotWhere() {
        String text = "KADUNA, Nigeria (Sitrep) - Gunmen stormed a church in Kaduna state during a Sunday service and abducted at least "
                + "40 worshippers, officials said on Monday.\n\nThe attackers, who arrived on motorcycles, fired into the air before forcing "
                + "the congregation into the bush, said Reverend John Hayab, the state chairman of the Christian Association of Nigeria.";
        assertTrue(all(text, "ASSAULT").stream().noneMatch(e -> e.place() != null && e.place().text().equals("Nigeria")),
                "the speaker's association names the country, not where: " + all(text, "ASSAULT"));
    }

    @Test
    void fightingBetweenTwoSidesHasBothAsActors() {
        EventMention fighting = found("Fighting between National Liberation Army (ELN) guerrillas and former members of the FARC in northern Colombia "
                + "has killed at least 80 people since Thursday, the governor said.", "ASSAULT");
        assertEquals(List.of("COL", "COL"), fighting.actors().stream().map(a -> a.actor().code()).toList(), fighting.actors().toString());
        assertEquals(List.of(), fighting.recipients());
        assertTrue(fighting.claims().stream().anyMatch(c -> c.kind().equals("dead")), "the fighting counts its dead: " + fighting.claims());
    }

    @Test
    void heavilyArmedGangsAct() {
        String text = "Heavily armed gangs attacked the central Haitian town of Mirebalais on Monday, overrunning the police station.";
        assertEquals(List.of("gangs"), names(found(text, "ASSAULT").actors()));
        assertEquals(List.of("gangs"), names(found(text, "COERCE").actors()), "the sentence's subject, not the town's country");
        String freed = "Heavily armed gangs attacked the central Haitian town of Mirebalais, overrunning the police station and freeing 500 inmates.";
        assertEquals(List.of("gangs"), names(found(freed, "CONCEDE").actors()), "a second participle joined by 'and' has the subject too");
        PlaceMention downed = found("Russia's defence ministry said its air defences had destroyed 40 Ukrainian drones over the Saratov region.",
                "COERCE").place();
        assertEquals("RU", downed.place().countryCode(), "whose drones is not where: " + downed);
    }

    @Test
    void aGroupNamedByABareNounActsWhenItOpensTheClause() {
        EventMention attack = found("Militants on Monday attacked a police checkpoint near Mosul.", "ASSAULT");
        assertEquals("militants", attack.actors().get(0).actor().name());
        EventMention armed = found("Nine armed militants stormed the village of Bashiqa, police said.", "ASSAULT");
        assertEquals("militants", armed.actors().get(0).actor().name());
    }

    @Test
    void whatASideHasLivedThroughIsNoEvent() {
        assertNull(first("Border towns have long faced attacks by smugglers and armed gangs.", "ASSAULT"));
        assertNotNull(first("Smugglers attacked a border post near Sinjar on Sunday, officials said.", "ASSAULT"),
                "one attack is still an event");
    }

    @Test
    void aPassiveSaysWhoUnderwentItAndItsByPhraseWhoDidIt() {
        EventMention killing = found("A Lebanese commander was killed by Islamic State fighters near Homs while advising the Syrian army.", "ASSAULT");
        assertEquals("IMG", killing.actors().get(0).actor().code(), "the first actor after by, not the army: " + killing.actors());
        assertEquals("LBN", killing.recipients().get(0).actor().code(), killing.recipients().toString());
        EventMention agentless = found("Two Iranian officers were killed near Homs on Monday.", "ASSAULT");
        assertTrue(agentless.actors().isEmpty(), "who was killed did not kill: " + agentless.actors());
        assertEquals("IRN", agentless.recipients().get(0).actor().code());
        EventMention faraway = first("Tehran backs militias in Iraq and Yemen, and sent advisers, several of whom were killed last year.", "ASSAULT");
        assertTrue(faraway == null || faraway.recipients().isEmpty(), "a name in an earlier clause is not who was killed: "
                + (faraway == null ? null : faraway.recipients()));
    }

    @Test
    void aCountryWhereAnUndertakingGoesOnIsItsPlace() {
        EventMention strikes = found("Turkey said its air campaign in Iraq was targeting PKK militants in the mountains.", "ASSAULT");
        assertEquals("TUR", strikes.actors().get(0).actor().code(), "the campaign in Iraq is Turkey's: " + strikes.actors());
    }

    @Test
    void recipientsAreTheFirstNamesAfterTheTriggerNotEveryNameInTheSentence() {
        EventMention aid = found("Jordan delivered food to Syrian refugees, while Egypt urged Israel to open the crossings.", "AID");
        assertTrue(aid.recipients().stream().noneMatch(r -> "EGY".equals(r.actor().code()) || "ISR".equals(r.actor().code())),
                aid.recipients().toString());
    }

    @Test
    void aPlanToTakePartIsNotYetAnEvent() {
        EventMention offensive = first("Officials said hundreds of Afghan volunteers were planning to join in the assault.", "ASSAULT");
        assertTrue(offensive == null || offensive.status() == EventMention.Status.FUTURE, String.valueOf(offensive));
    }

    @Test
    void whoSpeaksActsOnlyWhenTheReportIsOfItsOwnAct() {
        EventMention strike = first("Farhad Shami, a spokesman for the Kurdish administration, noted that the talks had stalled, "
                + "offering an opening for militants to regroup and strike.", "ASSAULT");
        assertTrue(strike == null || strike.actors().stream().noneMatch(a -> a.text().equals("Farhad Shami")),
                "the speaker does not strike: " + (strike == null ? null : strike.actors()));
        EventMention deployment = found("A commander of Hezbollah said his group deployed 500 fighters to Homs in May.", "MOBILIZE");
        assertTrue(deployment.actors().stream().anyMatch(a -> a.text().contains("Hezbollah")), "his group: " + deployment.actors());
    }

    @Test
    void aParticipleAfterACommaGoesOnAboutTheSubject() {
        EventMention strikes = found("Russian jets kept up their support for the army, targeting rebel positions near Idlib.", "ASSAULT");
        assertEquals("RUS", strikes.actors().get(0).actor().code(), strikes.actors().toString());
        assertEquals("REB", strikes.recipients().get(0).actor().sector(), "rebel positions: " + strikes.recipients());
    }

    @Test
    void aGroupQualifyingTheTriggerNounIsItsActor() {
        EventMention offensive = found("Jordanian officials deny any role in the rebel offensive near Daraa.", "ASSAULT");
        assertEquals("REB", offensive.actors().get(0).actor().sector(), offensive.actors().toString());
        EventMention ban = first("The cabinet decided to bar candidates from the militant group Hamas from the ballot.", "SANCTION");
        assertTrue(ban == null || ban.recipients().stream().noneMatch(r -> r.text().equals("militant")),
                "a descriptor of a name is no group of its own");
    }

    @Test
    void aCountryAfterANounThatIsNoGroupIsAPlace() {
        EventMention counterattacks = first("The fighting shows the balance of power in Syria, where advances meet fierce counteroffensives.",
                "ASSAULT");
        assertTrue(counterattacks == null || counterattacks.actors().stream().noneMatch(a -> a.text().equals("Syria")),
                String.valueOf(counterattacks));
    }

    @Test
    void whereFightersComeFromIsNotWhereTheyFight() {
        EventMention attack = found("Shiite fighters from Iraq and Lebanon attacked army posts on Monday, officials said.", "ASSAULT");
        assertNull(attack.place(), "origin, not place: " + attack.place());
    }

    @Test
    void aSecondClauseNamesNoRecipientOfTheFirst() {
        EventMention bombing = found("The Yemeni army, along with its ally Saudi Arabia, has been shelling the port for weeks, "
                + "and wrecked joint U.S.-Omani efforts to forge a truce.", "ASSAULT");
        assertTrue(bombing.actors().stream().anyMatch(a -> "YEM".equals(a.actor().code()))
                && bombing.actors().stream().anyMatch(a -> "SAU".equals(a.actor().code())), "along with Saudi Arabia: " + bombing.actors());
        assertTrue(bombing.recipients().stream().noneMatch(r -> "USA".equals(r.actor().code())), bombing.recipients().toString());
    }

    private static List<EventMention> all(String text, String type) {
        Document d = pipeline.apply(Document.builder("t", text, text).build());
        return d.layer(Layers.EVENTS).stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void anAsideTellsAnEventOfItsOwnWithItsOwnDateAndPlace() {
        List<EventMention> killings = all("Among those killed in the raid on Monday was Ali Haidar, the brother of Hassan Haidar "
                + "- a commander killed by Israel in Beirut in 2006 - and two guards.", "ASSAULT");
        EventMention raid = killings.stream().filter(e -> e.trigger().equals("raid") || e.triggerStart() < 30).findFirst().orElse(null);
        EventMention aside = killings.stream().filter(e -> e.time() != null && e.time().text().contains("2006")).findFirst().orElse(null);
        assertNotNull(aside, "the aside's killing: " + killings);
        assertEquals("ISR", aside.actors().get(0).actor().code(), "killed by Israel: " + aside.actors());
        assertEquals("Beirut", aside.place().text());
        assertNotNull(raid);
        assertTrue(raid.time() == null || !raid.time().text().contains("2006"), "the raid is not dated by the aside: " + raid.time());
        assertTrue(raid.place() == null || !raid.place().text().equals("Beirut"), String.valueOf(raid.place()));
    }

    @Test
    void aDateAfterSinceIsAPointOfReferenceNotTheEventsDate() {
        EventMention offensive = found("The army launched an offensive on districts held by the rebels since 2012.", "ASSAULT");
        assertNull(offensive.time(), String.valueOf(offensive.time()));
    }

    @Test
    void mentionsWhoseDatesRuleEachOtherOutAreTwoEvents() {
        List<EventMention> strikes = all("Israeli jets struck a convoy near Homs in March 2019. "
                + "Israeli jets struck a depot near Homs in January 2024.", "ASSAULT");
        assertEquals(2, strikes.size(), strikes.toString());
        assertEquals(1, all("Israeli jets struck a convoy near Homs on Monday. The Israeli strike killed four guards, monitors said.",
                "ASSAULT").size(), "without dates apart, one event");
    }


    @Test
    void oneSideActingInTownsFarApartActsTwice() {
        List<EventMention> detentions = all("Turkish police detained ten journalists in Ankara on Monday. "
                + "Turkish police also detained six students in Izmir.", "COERCE");
        assertEquals(2, detentions.size(), detentions.toString());
        assertEquals(1, all("Turkish police detained ten journalists in Ankara on Monday. "
                + "Turkish police detained six more in Keçiören, a suburb.", "COERCE").size(), "a city and its suburb: one event");
    }
    @Test
    void whoIsNamedInAnAppositionDoesNotAct() {
        EventMention deployment = found("Kataib Hezbollah, a key partner of Prime Minister Mohammed Shia al-Sudani, deployed fighters to Tikrit on Monday.", "MOBILIZE");
        assertEquals("Kataib Hezbollah", deployment.actors().get(0).actor().name(), deployment.actors().toString());
    }

    @Test
    void whereForcesComeFromIsNoRecipientOfTheirMove() {
        EventMention crossing = found("Reinforcements from Lebanon poured into Syria on Monday, officials said.", "MOBILIZE");
        assertTrue(crossing.recipients().stream().noneMatch(r -> "LBN".equals(r.actor().code())), crossing.recipients().toString());
    }

    @Test
    void aTriggerNounTakesItsActorFromItsOwnPhraseNotALaterClause() {
        EventMention influx = found("The influx of Iraqi fighters is a sign that the army is relying on allies as it seeks to defeat the rebels.",
                "MOBILIZE");
        assertEquals("IRQ", influx.actors().get(0).actor().code(), influx.actors().toString());
        EventMention arrivals = first("The arrival is a sign that the army is relying on allies as it seeks to defeat the rebels.", "MOBILIZE");
        assertTrue(arrivals == null || arrivals.actors().stream().noneMatch(a -> "REB".equals(a.actor().sector())),
                "the rebels of a later clause do not arrive: " + (arrivals == null ? null : arrivals.actors()));
    }

    @Test
    void whoTrainedOrArmedAGroupIsNoSideOfWhatHappensToIt() {
        EventMention strike = found("Syrian jets struck US-trained rebels of the Southern Front near Daraa on Sunday.", "ASSAULT");
        assertTrue(strike.recipients().stream().noneMatch(r -> "USA".equals(r.actor().code())), strike.recipients().toString());
    }

    @Test
    void whatOnlyLetsAnActHappenIsNoConcessionTheActIs() {
        String text = "Government troops fled the area, but the collapse of their defences allowed Hamas to capture three villages near Gaza City.";
        assertNull(first(text, "CONCEDE"), "no one concedes anything");
        EventMention capture = first(text, "COERCE");
        assertNotNull(capture, "the capture is the event");
        assertEquals("Hamas", capture.actors().get(0).actor().name(), capture.actors().toString());
        assertNotNull(first("Israel allowed the Red Crescent to bring fuel into Gaza.", "CONCEDE"), "one who permits still concedes");
    }

    @Test
    void whomAnActFavoursIsNotWhomItIsDoneTo() {
        EventMention siege = found("The Wagner group's siege of the town has tilted the war in favour of President Faustin-Archange Touadera.", "COERCE");
        assertTrue(siege.recipients().isEmpty(), siege.recipients().toString());
    }

    @Test
    void aRelativeClauseDoesNotTakeThePlaceOfTheClauseBeforeIt() {
        EventMention killing = first("Moscow, which also backs armed groups in Libya, Mali and Sudan, has sent advisers to the junta for years, "
                + "including two Russian officers who were killed in the fighting.", "ASSAULT");
        assertTrue(killing == null || killing.place() == null, "placed in " + (killing == null ? null : killing.place()));
    }

    @Test
    void whoIsNamedInAClauseOpenedByThatIsNoRecipientOfTheActBeforeIt() {
        EventMention arrival = found("The arrival of Wagner fighters is a sign that Russia has little trust in the junta.", "MOBILIZE");
        assertTrue(arrival.recipients().stream().noneMatch(r -> "RUS".equals(r.actor().code())), arrival.recipients().toString());
        EventMention demand = found("Moscow demanded that Kyiv withdraw its troops from the border.", "REQUEST");
        assertEquals("UKR", demand.recipients().get(0).actor().code(), "what one demands is said in such a clause: " + demand.recipients());
    }

    @Test
    void aDeploymentNamedByANounGoesWhereItsOwnPhraseSays() {
        EventMention influx = found("The influx of Iraqi fighters underlines the army's dependence on Russia.", "MOBILIZE");
        assertTrue(influx.recipients().stream().noneMatch(r -> "RUS".equals(r.actor().code())), influx.recipients().toString());
    }

    @Test
    void theDeadOfASentenceAreNoCountOfItsSupport() {
        EventMention backing = found("Moscow, which also backs militias in Libya, has been sending advisers to the junta for years, "
                + "including several officers who were killed in the fighting.", "SUPPORT");
        assertTrue(backing.claims().stream().noneMatch(c -> c.kind().equals("dead")), backing.claims().toString());
    }

    @Test
    void whoOwnsWhatAnActIsDoneToUndergoesItUnlessItIsTheirOwnStateOrAPlace() {
        EventMention rejection = found("South Korea rejected North Korea's latest proposal for talks.", "REJECT");
        assertEquals("PRK", rejection.recipients().get(0).actor().code(), rejection.recipients().toString());
        EventMention backing = found("Iran's foreign minister reaffirmed Iran's backing for the government in Baghdad.", "SUPPORT");
        assertTrue(backing.recipients().stream().noneMatch(r -> "IRN".equals(r.actor().code())), backing.recipients().toString());
        EventMention strike = found("Turkish jets struck Iraq's northern region on Monday.", "ASSAULT");
        assertTrue(strike.recipients().stream().noneMatch(r -> "IRQ".equals(r.actor().code())), strike.recipients().toString());
    }

    @Test
    void whoIsNamedAsOwningAnActNamedByANounActs() {
        EventMention offensive = found("Turkey's renewed offensive against Kurdish fighters began on Monday.", "ASSAULT");
        assertEquals("TUR", offensive.actors().get(0).actor().code(), offensive.actors().toString());
    }

    @Test
    void whatASpeakerSaysAnotherMustDoIsADemandWhateverTheVerb() {
        EventMention demand = found("The United Nations said on Monday that Ethiopia must open more roads into Tigray.", "REQUEST");
        assertEquals("IGO", demand.actors().get(0).actor().code(), demand.actors().toString());
        assertEquals("ETH", demand.recipients().get(0).actor().code(), demand.recipients().toString());
        assertNull(demand.mode(), "no trigger verb, so no mode");
        assertNull(first("Analysts think the two sides must open more roads into Tigray.", "REQUEST"), "no speaker named, no demand");
    }

    @Test
    void whereASpeakerWorksIsNotWhoSpeaks() {
        EventMention demand = found("The Red Cross operating in Syria said Turkey must reopen the border crossing.", "REQUEST");
        assertTrue(demand.actors().stream().noneMatch(a -> "SYR".equals(a.actor().code())), demand.actors().toString());
    }

    @Test
    void aSpeakerSetOffAfterTheReportIsThatPhraseNotASideOfIt() {
        EventMention strike = found("Turkish strikes killed four people near Duhok on Monday, the region's health directorate said.", "ASSAULT");
        assertEquals("TUR", strike.actors().get(0).actor().code(), strike.actors().toString());
        EventMention named = found("Turkish strikes killed four people near Duhok on Monday, a Kurdish official, Karwan Amedi, said.", "ASSAULT");
        assertEquals("TUR", named.actors().get(0).actor().code(), named.actors().toString());
    }

    @Test
    void anActNamedAsWhatAnInfinitiveAimsAtIsNotReportedAsDone() {
        EventMention talks = found("Turkey and Russia stepped up efforts to secure a truce and restart talks on Idlib.", "CONSULT");
        assertEquals(Status.FUTURE, talks.status());
    }

    /** The place of the first event of the type, which must be found. */
    private static PlaceMention placeOf(String text, String type) {
        return found(text, type).place();
    }

    @Test
    void whomOneAccusesOrSupportsIsNotWhereOneDoesIt() {
        PlaceMention criticised = placeOf("Venezuela's foreign minister criticized the United States for its new sanctions.", "ACCUSE");
        assertNull(criticised, "placed in " + criticised);
        PlaceMention backed = placeOf("Iran backs several militias in Iraq.", "SUPPORT");
        assertEquals("IQ", backed.place().countryCode(), "after 'in' a country is still where");
        PlaceMention fled = found("Government forces shelled villages on Sunday, and thousands of people fled across the border into Ethiopia.",
                "ASSAULT").place();
        assertNull(fled, "where people fled to: " + fled);
    }

    @Test
    void aSentenceOpeningWithABareVerbTellsTheReaderWhatToDoAndReportsNothing() {
        assertNull(first("Visit Amman and Petra with our guided tours this spring.", "CONSULT"));
        assertNotNull(first("King Abdullah of Jordan visited Turkey on Monday.", "CONSULT"), "a visit someone makes is still one");
    }

    @Test
    void aSecondActOfAKindInAClauseOfItsOwnIsAnEventOfItsOwn() {
        List<EventMention> attacks = all("Rebels shelled the town of Tal Afar on Monday, and Turkish jets struck militant positions near Sinjar.",
                "ASSAULT");
        assertEquals(2, attacks.size(), attacks.toString());
        assertTrue(attacks.get(0).recipients().stream().noneMatch(r -> "TUR".equals(r.actor().code())),
                "who acts in the next clause is not the shelling's target: " + attacks.get(0).recipients());
        assertEquals("heavy-weapons", attacks.get(0).mode(), "the jets of the next clause do not make the shelling aerial");
        assertEquals("aerial", attacks.get(1).mode());
        assertEquals(1, all("Militants killed three soldiers and wounded five others near Mosul.", "ASSAULT").size(),
                "one act told twice over in one clause");
    }

    @Test
    void aPossessivePlaceAfterALocativePrepositionIsWhereItHappens() {
        EventMention strike = found("Russian jets struck rebel positions in Idlib's southern countryside on Monday.", "ASSAULT");
        assertNotNull(strike.place(), "in Idlib's countryside is in Idlib");
        assertEquals("SY", strike.place().place().countryCode());
    }

    @Test
    void aSidesPastActDatedMonthsBeforeIsNotTheUndatedActItReportsNow() {
        String text = "Published November 20, 2026.\n\nIraq's prime minister Mohammed Shia al-Sudani pledged to rebuild the old city of Mosul. "
                + "It was his second trip there this year; during his visit in March, he had pledged to return.";
        List<EventMention> pledges = all(text, "AGREE");
        assertEquals(2, pledges.size(), pledges.toString());
        assertEquals(1, all("Published November 20, 2026.\n\nIraq's prime minister Mohammed Shia al-Sudani pledged to rebuild Mosul "
                + "on Thursday. The prime minister also pledged to rebuild its bridges.", "AGREE").size(),
                "a pledge of the week and an undated one of the same side stay one event");
    }

    @Test
    void anActToldOfSeveralCountriesAtOnceHasNoOnePlace() {
        PlaceMention backed = placeOf("Iran backs armed groups in Lebanon, Iraq and Yemen.", "SUPPORT");
        assertNull(backed, "placed in " + backed);
        assertNotNull(placeOf("Rebels attacked army posts in Homs and Hama on Monday.", "ASSAULT"), "towns of one country still place it");
    }

    @Test
    void protestersDoingSomethingAreAProtest() {
        assertNotNull(placeOf("Protesters blocked the main road into Beirut on Sunday.", "PROTEST"), "a protest where they are");
        EventMention blocked = found("Relatives of the victims blocked a highway near Culiacan for several hours on Monday, demanding more security.",
                "PROTEST");
        assertEquals("Culiacán", blocked.place().place().name(), "people blocking a road protest");
        assertNull(first("Soldiers blocked the road to Culiacan on Monday.", "PROTEST"), "a force blocking a road does not protest");
        assertNull(first("Hundreds of supporters of the former mayor blocked roads in Culiacan demanding that he be reinstated.", "REQUEST"),
                "the protest's demand, with no comma before it");
    }

    @Test
    void whoFendsOffAnAttackIsAttackedAndWhoseAttackItIsActs() {
        EventMention repelled = found("The army repelled an attack by M23 rebels near Sake on Thursday.", "ASSAULT");
        assertEquals(List.of("M23 rebels"), texts(repelled.actors()));
        assertEquals(List.of("The army"), texts(repelled.recipients()));
        EventMention base = found("UN peacekeepers said they had repelled an attack on their base near Sake.", "ASSAULT");
        assertEquals(List.of(), base.actors(), "the speaker fended it off, so did not make it");
        assertEquals("IGO", base.recipients().get(0).actor().code());
        assertEquals(List.of("Kenyan troops"), texts(found("Kenyan troops came under heavy attack near Garissa on Friday.",
                "ASSAULT").recipients()));
        assertEquals(List.of("Kenyan troops"), texts(found("Kenyan troops launched an attack near Garissa on Friday.",
                "ASSAULT").actors()), "who launches one still makes it");
    }

    @Test
    void aNounThatSaysWhatPeopleDoIsNoAct() {
        assertNull(first("Aid groups said shelling of a camp near Sake had killed 14 people.", "AID"));
        assertNull(first("Protest leaders met the governor in Kisumu on Monday.", "PROTEST"));
        assertNotNull(first("The UN sent aid to Sake on Wednesday.", "AID"));
    }

    @Test
    void aDatelineWithoutItsYearOrTheDayOfAnotherClauseIsNoEventsDay() {
        assertEquals("Friday", found("KYIV, Oct. 4 (Wire) - Drones hit a depot in Kyiv on Friday.", "ASSAULT").time().text());
        assertNull(found("The army said on Friday it had pushed the fighters back, a day after the rebels overran the town of Sake.", "COERCE")
                .time(), "the overrunning was the day before");
    }

    @Test
    void aCountryThatQualifiesABodysNameIsNotWhere() {
        EventMention struck = found("The UK Maritime Trade Operations agency said Houthi rebels struck a ship on Sunday.", "ASSAULT");
        assertNull(struck.place(), "placed in " + struck.place());
        assertEquals("Yemen", found("Houthi rebels struck a ship off Yemen on Sunday.", "ASSAULT").place().text());
    }

    @Test
    void whatAnAttackForcesIsNoSecondAct() {
        assertNull(first("Houthi rebels fired missiles at a cargo ship off Yemen, forcing the crew to abandon the vessel.", "COERCE"));
        assertNotNull(first("Soldiers forced residents of Kismayo to leave their homes on Monday.", "COERCE"), "forcing people is an act of its own");
    }

    @Test
    void whereAWireReportWasFiledFromIsNoSide() {
        assertEquals(List.of("Gunmen"), texts(found("PORT-AU-PRINCE, Haiti — Gunmen attacked the town of Saint-Marc on Thursday.",
                "ASSAULT").actors()));
        assertEquals(List.of("armed men", "Haiti"), texts(found("Haiti — armed men from Haiti attacked the town of Saint-Marc on Thursday.",
                "ASSAULT").actors()), "no dateline: a title-case word before a dash is prose, and its Haiti stays a side");
    }

    @Test
    void aTollToldOfTheAttackInALaterParagraphCountsTheAttack() {
        String text = "Bandits killed at least 40 villagers in Zamfara state on Tuesday, residents said.\n\n"
                + "Police confirmed the attack but put the death toll at 22.";
        List<Long> dead = found(text, "ASSAULT").claims().stream().filter(c -> c.kind().equals("dead")).map(c -> c.value()).toList();
        assertEquals(List.of(40L, 22L), dead);
        String strike = "An Israeli air strike on a suburb of Beirut on Sunday killed a commander, the army said.\n\n"
                + "The health ministry said the strike on a building killed five people and wounded 28.";
        List<String> counted = found(strike, "ASSAULT").claims().stream().map(c -> c.kind() + ":" + c.value()).toList();
        assertEquals(List.of("dead:1", "dead:5", "injured:28"), counted, "a bare 'the strike' after an air strike is that strike");
        String later = "Two Russian missiles struck the centre of Sumy on Sunday, killing 34 people, officials said.\n\n"
                + "The regional governor said 117 people had been wounded, among them 15 children.\n\n"
                + "Some 12,000 civilians have been killed in the conflict, the United Nations says.";
        List<String> figures = found(later, "ASSAULT").claims().stream().map(c -> c.kind() + ":" + c.value()).toList();
        assertEquals(List.of("dead:34", "injured:117", "injured-among:15"), figures, "a later paragraph's wounded, not the war's toll");
        String fled = "Government aircraft bombed villages near Malakal on Sunday, killing 20 people, officials said.\n\n"
                + "Aid agencies said thousands of people had fled across the border since the fighting began.";
        assertEquals(List.of("dead:20"), found(fled, "ASSAULT").claims().stream().map(c -> c.kind() + ":" + c.value()).toList(),
                "those who fled since the fighting began did not flee the one raid");
    }

    @Test
    void aReportOpeningAfterItsDatelineOpensWithItsSubject() {
        EventMention killed = found("GUSAU, Nigeria — Armed bandits killed 12 villagers in Zamfara state on Tuesday.", "ASSAULT");
        assertEquals("CRM", killed.actors().get(0).actor().sector(), "bandits are a criminal group: " + killed.actors());
    }

    @Test
    void aParticipleRightAfterItsNounIsPassive() {
        EventMention raid = found("Nigerian soldiers killed in the raid near Gusau were buried on Friday.", "ASSAULT");
        assertEquals(List.of(), raid.actors(), "the dead did not kill");
        assertEquals(List.of("Nigerian soldiers"), texts(raid.recipients()));
        EventMention stormed = found("The number of people killed when gunmen stormed a village in Zamfara rose to 46.", "ASSAULT");
        assertEquals(List.of("gunmen"), texts(stormed.actors()), "who stormed it killed them");
    }

    @Test
    void aSideBlamedAfterTheSayingDidTheActToldWithoutItsActor() {
        EventMention strike = found("A drone strike on a mosque in El Fasher killed at least 75 worshippers on Friday, a local medical group "
                + "said, blaming the paramilitary Rapid Support Forces.", "ASSAULT");
        assertEquals(List.of("Rapid Support Forces"), names(strike.actors()), strike.toString());
        assertEquals(List.of(), strike.recipients(), "the accused is no target");
        Claim blame = strike.claims().stream().filter(c -> c.kind().equals("blame")).findFirst().orElseThrow();
        assertEquals("a local medical group", blame.source().text());
        String later = "Attack on hospital in El Fasher kills 70 - WHO\n\nAn attack on a hospital in El Fasher killed 70 people on Friday, "
                + "WHO Director-General Tedros Ghebreyesus said. He did not say who carried out the attack. A local official blamed the RSF.";
        List<EventMention> attacks = all(later, "ASSAULT");
        assertTrue(attacks.stream().allMatch(e -> e.recipients().isEmpty()), "no source a headline ends on, nor a titled speaker, is a target");
        EventMention attack = attacks.stream().filter(e -> !e.actors().isEmpty()).findFirst().orElseThrow();
        assertEquals(List.of("Rapid Support Forces"), names(attack.actors()), "blamed in a later sentence; the one who asked is no actor");
        assertEquals("A local official", attack.claims().stream().filter(c -> c.kind().equals("blame")).findFirst().orElseThrow().source().text());
        EventMention named = found("Gunmen attacked a convoy near El Fasher on Friday, the group said, blaming the Rapid Support Forces.", "ASSAULT");
        assertEquals(List.of("Gunmen"), texts(named.actors()), "an act with its actor keeps it");
    }

    @Test
    void whatThePeopleASpeakerNamesDoIsNotTheSpeakers() {
        EventMention crossing = first("Pakistan says it killed 30 militants crossing from Afghanistan", "MOBILIZE");
        assertTrue(crossing == null || crossing.actors().isEmpty(), "the militants cross: " + crossing);
    }

    @Test
    void aGroupClaimingAnUnnamedActIsTheActorOfTheActJustTold() {
        String text = "Gunmen opened fire on tourists near Pahalgam in Kashmir on Tuesday, killing 26 men, police said. "
                + "The Resistance Front, a little-known militant group, claimed responsibility in a social media post.";
        EventMention attack = found(text, "ASSAULT");
        assertEquals(List.of("Resistance Front"), names(attack.actors()), attack.toString());
        assertTrue(attack.claims().stream().anyMatch(c -> c.kind().equals("responsibility") && c.source().text().equals("Resistance Front")));
    }

    @Test
    void whatAnAttackHaltsIsNoSanction() {
        String text = "A drone attack hit an oil field operated by a U.S. company in Iraq's Kurdistan region on Tuesday, halting production.";
        assertNull(first(text, "SANCTION"));
        assertEquals("Kurdistan region", found(text, "ASSAULT").place().text(), "'U.S.' before a noun is no place");
        assertNotNull(first("The European Union suspended aid to Niger on Friday.", "SANCTION"));
    }

    @Test
    void aSpeakerAfterTheSayingAndAPlaceInsideACountryAreReadAsSuch() {
        String text = "Militants killed 12 farmers near Dumba in Borno state on Sunday. "
                + "\"They rounded up the farmers and shot them,\" said Babakura Kolo, a militia leader.";
        assertTrue(all(text, "ASSAULT").stream().allMatch(e -> e.recipients().stream().noneMatch(r -> r.text().equals("Babakura Kolo"))),
                "who speaks after 'said' is no target");
        assertEquals("Mopti region", found("At least 17 people were killed in clashes in Mali's central Mopti region over the weekend.",
                "ASSAULT").place().text());
        assertNull(found("Yemen's Houthis said they had shot down a U.S. MQ-9 Reaper drone on Monday.", "ASSAULT").place());
    }

    @Test
    void peopleMovingAnAnswerAndACompassBeforeAPossessiveAreReadAsSuch() {
        String dagestan = "Russian police detained 60 people after a crowd stormed an airport in the Dagestan region "
                + "in search of passengers arriving from Israel.";
        assertNull(first(dagestan, "MOBILIZE"), "the passengers arrive, not the police");
        EventMention arrests = found(dagestan, "COERCE");
        assertEquals(List.of(), arrests.recipients(), "the country they came from is no target");
        assertEquals("Republic of Dagestan", arrests.place().place().name(), "a republic by its bare name");
        assertNull(first("Police in Maputo did not respond to the accusations.", "ACCUSE"), "an answer to a charge is no charge");
        assertEquals("Iraq", found("Turkish drones killed 11 PKK militants in northern Iraq's Gara and Hakurk regions, the ministry said.", "ASSAULT")
                .place().text(), "'in northern Iraq's': where, though the region is unknown");
    }

    @Test
    void aNounInARelativeClauseAboutAnotherIsNoActOfTheSubject() {
        assertNull(first("A Kenyan court ordered the release of five activists who were arrested last week on charges linked to "
                + "anti-government protests.", "PROTEST"));
        EventMention strike = found("Ukraine's military intelligence agency said its drones had struck a Russian airfield at Saky "
                + "in occupied Crimea overnight.", "ASSAULT");
        assertEquals("UA", strike.place().place().countryCode(), "Crimea, the bare name of its autonomous republic");
        assertEquals("MMR", found("The Karen National Liberation Army said its fighters had seized the town of Kawkareik.", "COERCE")
                .actors().get(0).actor().code());
    }

    @Test
    void aSideNamedInAProOrAntiWordIsNoSideAndAMinistryIsItsGovernment() {
        EventMention blast = found("A suicide bomber blew himself up inside a mosque in Pakistan's Khyber Pakhtunkhwa province, killing "
                + "at least 15 people including a cleric who headed a pro-Taliban seminary, police said.", "ASSAULT");
        assertTrue(blast.recipients().stream().noneMatch(r -> r.actor().name().equals("Taliban")), blast.recipients().toString());
        EventMention ambush = found("Militants killed 34 soldiers in an ambush near Banibangou in western Niger, the defence ministry said.", "ASSAULT");
        assertEquals("NER", ambush.claims().stream().filter(c -> c.kind().equals("dead")).findFirst().orElseThrow().source().actor().code());
    }

    @Test
    void aPledgeOfForceIsAThreatAndArmedMenAreGunmen() {
        EventMention vow = found("Houthi leader Abdul Malik al-Houthi vowed to continue attacks on Israel until the war in Gaza ends.", "THREATEN");
        assertEquals("assault", vow.mode());
        assertNull(first("Houthi leader Abdul Malik al-Houthi vowed to continue attacks on Israel until the war in Gaza ends.", "AGREE"));
        assertNotNull(first("The rebels vowed to respect the ceasefire in Goma.", "AGREE"), "a pledge of peace stays an agreement");
        assertEquals(List.of("gunmen"), names(found("Armed men attacked a passenger bus on a highway in Guerrero on Saturday.", "ASSAULT").actors()));
    }

    @Test
    void aSpeakerNamedAfterTheSayingSpeaksFromWhereHeIs() {
        EventMention quoted = found("\u201cThe rebels shelled our neighbourhood all night and killed four children,\u201d said a teacher in Idlib.", "ASSAULT");
        Claim dead = quoted.claims().stream().filter(c -> c.kind().equals("dead")).findFirst().orElseThrow();
        assertEquals("a teacher in Idlib", dead.source().text(), "not the rebels the quote names");
        assertEquals(List.of("rebels"), names(quoted.actors()), "a quote opens its clause");
        assertNull(quoted.place(), "where the teacher speaks is not where the shelling is");
        EventMention named = found("Militants attacked a school near Maiduguri, said Babagana Umar, a local councillor.", "ASSAULT");
        assertEquals("Maiduguri", named.place().text());
        assertNull(first("\u201cWe are fighting to defend our homes,\u201d said a cleric in Beirut.", "ASSAULT"), "no side, and no place of its own");
    }

    @Test
    void whatNamesTheSpeakerIsNeitherWhereNorWho() {
        String text = "Gunmen killed five villagers in a night raid, Kaduna radio reported.";
        EventMention raid = found(text, "ASSAULT");
        assertNull(raid.place(), "the radio's city is not where the raid was");
        Claim dead = raid.claims().stream().filter(c -> c.kind().equals("dead")).findFirst().orElseThrow();
        assertEquals(text.indexOf("Kaduna radio"), dead.source().start(), "the source points at where the text names it");
        EventMention ambush = found("Hamas said Hamas fighters ambushed an Israeli patrol near Rafah on Monday.", "ASSAULT");
        assertEquals(List.of("Hamas"), names(ambush.actors()), "the speaker named again in the report acts in it");
    }

    @Test
    void whoCarriesAnActOutActsAndWhatIsSaidOfASideIsNotWhere() {
        EventMention attacks = found("The attacks were carried out by members of the Viv Ansanm gang coalition, which controls most of "
                + "Port-au-Prince, the mayor said.", "ASSAULT");
        assertEquals(List.of("Viv Ansanm"), names(attacks.actors()));
        assertNull(attacks.place(), "what the coalition controls is not where the attacks were");
        EventMention truce = found("Myanmar's military has ruled since 2021. Residents said the air strike violated a ceasefire the junta declared "
                + "after the earthquake.", "RETREAT");
        assertEquals(List.of("MMR"), truce.actors().stream().map(x -> x.actor().code()).toList(), "who the clause after the noun says declared it");
        EventMention claimed = found("The Viv Ansanm gang coalition, which controls most of the capital, claimed the assault.", "ASSAULT");
        assertEquals(List.of("Viv Ansanm"), names(claimed.actors()), "a relative clause about the side's own name is the side's");
        EventMention killed = found("JNIM, al Qaeda's affiliate in the Sahel, said its fighters had killed dozens of soldiers.", "ASSAULT");
        assertNull(killed.place(), "where the speaker's appositive says it operates is not where: " + killed.place());
        assertNull(found("The Jaffar Express was travelling from Quetta to Peshawar when gunmen attacked it.", "ASSAULT").place(),
                "where a train was bound is not where it was attacked");
        assertNull(found("Gunmen attacked a train near a tunnel about 160 km from Quetta.", "ASSAULT").place(), "a place far off");
        assertEquals("Aleppo", found("Gunmen attacked a village 20 km north of Aleppo.", "ASSAULT").place().text(), "a place near by");
        EventMention accused = found("Russian mercenaries have been accused by rights groups of killing civilians.", "ACCUSE");
        assertTrue(accused.actors().stream().noneMatch(x -> x.text().equals("civilians")), "the agent's phrase ends at 'of': " + accused.actors());
        assertEquals(List.of("Islamic State"), names(found("Two soldiers were killed by a roadside bomb planted by members of the Islamic State "
                + "near Kirkuk.", "ASSAULT").actors()), "members of a group are the group's");
    }

    @Test
    void whoIsCountedOrToldIsNoSide() {
        EventMention executions = found("The Syrian Observatory for Human Rights said 1,068 civilians, most of them Alawites, had been killed "
                + "by security forces in Latakia province.", "ASSAULT");
        assertTrue(executions.recipients().stream().noneMatch(r -> r.actor().name().startsWith("Syrian Observatory")),
                "'them' are the civilians counted, not the monitor: " + executions.recipients());
        String told = "Militants attacked a police school in Bamako on Tuesday. Security sources told Sitrep that more than 70 people were killed.";
        assertTrue(all(told, "ASSAULT").stream().allMatch(e -> e.recipients().stream().noneMatch(r -> r.text().equals("Sitrep"))),
                "whom a source tells is no target: " + all(told, "ASSAULT"));
    }

    @Test
    void aVerbJoinedByAndGoesOnWithItsClausesSubject() {
        EventMention destroyed = found("Rebels said their fighters had killed dozens of soldiers, including members of the Wagner Group, "
                + "and destroyed several aircraft.", "COERCE");
        assertEquals(List.of("rebels"), names(destroyed.actors()), "not the group named last");
        EventMention accused = found("Congo's government said the move was illegal and accused Rwanda of sending troops.", "ACCUSE");
        assertEquals(List.of("Rwanda"), names(accused.recipients()), "'was … and accused' is no passive");
        EventMention seized = found("Rwandan-backed M23 rebels entered Bukavu on Sunday, residents said, two days after seizing the city's airport.",
                "COERCE");
        assertEquals(List.of("March 23 Movement"), names(seized.actors()), "a speaker set off after the report does not take its subject");
    }

    @Test
    void anActInARelativeClauseEndsWithTheClause() {
        EventMention coup = found("Militants attacked a school in Bamako, Mali. The military junta, which seized power in 2020, "
                + "has turned to Russian mercenaries.", "COERCE");
        assertEquals(List.of("MLI"), coup.actors().stream().map(a -> a.actor().code()).toList());
        assertEquals(List.of(), coup.recipients(), "the mercenaries are named after the clause closes");
        EventMention backs = found("Ankara, which also backs armed factions in Libya, Azerbaijan and Somalia, has been sending drones to Ukraine.",
                "SUPPORT");
        assertTrue(backs.recipients().size() > 1, "a list's commas close no clause: " + backs.recipients());
    }

    @Test
    void whatASinceClauseTellsIsAFromWhenNotNews() {
        assertNull(first("Sumy has come under fire since Ukrainian forces withdrew from most of Russia's Kursk region.", "RETREAT"));
        List<EventMention> day = all("Israeli air strikes killed more than 400 Palestinians in Gaza on Tuesday, in the deadliest day since a "
                + "ceasefire with Hamas took effect in January.", "RETREAT");
        assertEquals(List.of(), day, "the truce that took effect in January is no news of Tuesday");
        assertNotNull(first("Rebels attacked the base on Monday, the first such assault since the truce.", "ASSAULT"),
                "an act told before 'since' stays");
        assertNull(first("Russian mercenaries, deployed in Mali since 2021, have been accused by rights groups of abuses.", "MOBILIZE"),
                "a force set off as deployed since a year is background");
        assertNotNull(first("Turkish troops, deployed in Syria on Monday, shelled Kurdish positions.", "MOBILIZE"));
    }

    @Test
    void whoSaysAfterAndIsTheClausesSubjectAndWhoIsPressedIsNotWhere() {
        EventMention accused = found("Hamas accused Israel of overturning the ceasefire agreement and said the hostages now faced an unknown fate.",
                "ACCUSE");
        assertEquals(List.of("Israel"), names(accused.recipients()), "the accused is not who 'said'");
        assertNull(found("President Volodymyr Zelenskiy urged Western allies to put more pressure on Moscow.", "REQUEST").place());
        EventMention fighters = found("Al Shabaab said it had seized the town. The Islamist group's fighters attacked the town before dawn.", "ASSAULT");
        assertEquals(List.of("al-Shabaab"), names(fighters.actors()), "the group's fighters are the group's");
    }

    @Test
    void aRelativeClauseFramesAndDatesNothingPastItsEnd() {
        String text = "The ADF, which originated in Uganda and pledged allegiance to Islamic State in 2019, has killed thousands of civilians "
                + "in North Kivu.";
        EventMention killed = found(text, "ASSAULT");
        assertEquals(List.of("civilians"), names(killed.recipients()), "no pledge to attack: " + all(text, "THREATEN"));
        assertNull(killed.time(), "the year the group pledged allegiance is not when it killed");
        assertNull(found(text, "AGREE").place(), "where a group originated is not where it pledged allegiance");
    }

    @Test
    void speakersCountedActsAndShippingAreReadAsTheyAre() {
        assertNull(first("Yemen's Houthis said they had attacked the carrier, the group's first attack on shipping this year.", "AID"));
        assertNotNull(first("The United States shipped more weapons to Ukraine on Monday.", "AID"));
        assertNull(first("Rights groups have documented dozens of drone strikes in the region that killed civilians.", "ASSAULT"),
                "acts a tally counts, and what they did");
        Claim dead = found("A drone struck a school in Amhara on Wednesday, killing 12 people, three residents and a health worker said.", "ASSAULT")
                .claims().stream().filter(c -> c.kind().equals("dead")).findFirst().orElseThrow();
        assertEquals("three residents and a health worker", dead.source().text());
        assertNull(found("The vessel was fired upon by Houthi boats about 51 nautical miles southwest of the port of Hodeidah.", "ASSAULT").place());
    }

    @Test
    void aStrikeToldAgainGoesWithTheNearestOneBefore() {
        String text = "* Israeli strikes hit Beirut's southern suburbs overnight, residents said.\n\n* Hezbollah said its fighters clashed "
                + "with Israeli troops near the border.\n\n* The Israeli military said a soldier was killed in southern Lebanon on Friday.\n\n"
                + "* In Gaza, an Israeli air strike on a mosque in Deir al-Balah killed 21 people, the civil defence agency said. "
                + "The military said it had targeted a Hamas command centre inside the building.";
        EventMention beirut = all(text, "ASSAULT").stream().filter(e -> e.place() != null && e.place().text().equals("Beirut")).findFirst().orElseThrow();
        assertTrue(beirut.recipients().stream().noneMatch(r -> r.actor().name().equals("Hamas")), "the command centre was in the mosque: " + beirut);
    }

    @Test
    void whatAnotherClauseSaysIsNotTheActsAndWhereTalksAreHeldIsNoSide() {
        EventMention sent = found("Mexico's government said on Monday it had sent 600 additional soldiers to Sinaloa, where rival factions have been "
                + "fighting since July.", "MOBILIZE");
        assertEquals("Sinaloa", sent.place().text(), "the where-clause's 'since' is not the deployment's");
        assertNull(first("The Estado Mayor Central has been fighting government forces for control of coca-growing areas in Cauca since peace "
                + "talks with the group broke down in 2024.", "ASSAULT"), "what a group has been doing since something happened is background");
        EventMention talks = found("Ukrainian and U.S. officials met in Jeddah, Saudi Arabia, for talks on ending the war.", "CONSULT");
        assertEquals(List.of(), talks.recipients(), "the country after the city says where it is");
        assertEquals(List.of(), found("Tens of thousands of people marched through Belgrade on Saturday in one of the largest protests in Serbia's "
                + "recent history.", "PROTEST").recipients(), "a country's history is no target");
        assertNull(found("Ismael Zambada denies the charges. He says he was kidnapped and flown to the United States by a son of Joaquin Guzman.",
                "ASSAULT").place(), "where he was flown is not where he was kidnapped");
    }

    @Test
    void fireSetIsDestructionAPleaIsNoRequestAndWhoIsFreedIsNoActor() {
        assertEquals("destroy", found("Gunmen set fire to several vehicles on the main highway on Sunday.", "COERCE").mode());
        assertNull(first("Zambada has pleaded not guilty to drug trafficking charges in a New York court.", "REQUEST"));
        assertNotNull(first("President Volodymyr Zelensky pleaded with NATO for more air defences.", "REQUEST"));
        EventMention released = found("Fifty-seven Colombian soldiers were released on Sunday after talks in Cauca.", "CONCEDE");
        assertTrue(released.actors().isEmpty(), "the freed do not free: " + released.actors());
        assertEquals(List.of("ECOWAS"), texts(found("Sanctions by the regional bloc ECOWAS were lifted last year.", "CONCEDE").actors()));
    }

    @Test
    void aCapitalStandsForItsGovernmentAndAPledgeOfForceAfterTheSayingIsAThreat() {
        EventMention cut = found("Congo's government said Rwanda had deployed troops to support the rebels, calling it a declaration of war, and "
                + "cut diplomatic ties with Kigali on Saturday.", "SANCTION");
        assertEquals(List.of("DR Congo (government)"), names(cut.actors()), "past the participle the verb is the speaker's");
        assertNull(cut.place(), "ties cut with a capital are with its government");
        PlaceMention terminal = found("U.S. air strikes on a fuel terminal killed 80 people, in the deadliest attack since Washington began a new "
                + "campaign.", "ASSAULT").place();
        assertTrue(terminal == null || !terminal.text().equals("Washington"), "a capital that acts is no place: " + terminal);
        assertNull(found("The U.N. Security Council met on Sunday and called on Rwanda to withdraw its forces.", "CONSULT").place());
        EventMention vow = found("Pakistani air strikes on Paktika killed 46 people, Afghanistan's Taliban government said on Wednesday, vowing to "
                + "retaliate.", "THREATEN");
        assertEquals("AFG", vow.actors().get(0).actor().code(), "the speaker vows, past the saying's day");
        assertNull(first("The Houthis have fired missiles at Israel since the war in Gaza began.", "ASSAULT"), "what they have done since is background");
    }

    @Test
    void aScoreAKindOfActAFeelingAboutOneAndACrowdShotAtAreNoActsOrDead() {
        assertNull(first("Nigeria beat Ghana 2-1 in an international friendly in Lagos on Tuesday.", "ASSAULT"), "a match won");
        assertNotNull(first("Police beat protesters with batons in Lagos on Tuesday.", "ASSAULT"));
        assertNull(first("\"Every massacre drives more young men to the jihadists,\" said an expert.", "ASSAULT"));
        assertNull(first("The U.N. mission in Libya said it was alarmed by the fighting in densely populated areas.", "ASSAULT"));
        EventMention fired = found("Mozambican police fired tear gas and live rounds at thousands of protesters in Maputo on Thursday, killing "
                + "at least three people, a rights group said.", "ASSAULT");
        assertEquals(List.of(3L), fired.claims().stream().filter(c -> c.kind().equals("dead")).map(Claim::value).toList(),
                "the crowd shot at is not the dead");
    }

    @Test
    void anActNamedAgainJudgedOrTalliedIsNoNewAct() {
        assertNull(first("The Lebanese army said it had found the launchers used in the attack and arrested several people.", "ASSAULT"));
        assertNull(first("Congo's government said the capture was a violation of its sovereignty.", "COERCE"));
        assertNull(first("Hezbollah said it remained committed to the ceasefire.", "RETREAT"));
        assertTrue(found("The United Nations says more than 5,600 people were killed in gang violence in Haiti last year.", "ASSAULT").toll(),
                "a year's toll is a running total, kept apart from the acts it sums");
        List<EventMention> ambush = all("The fighting began on Thursday when gunmen ambushed a patrol near Jableh.", "ASSAULT");
        assertEquals(1, ambush.size(), "how the fighting began is its one act: " + ambush);
        assertEquals(List.of("gunmen"), names(ambush.get(0).actors()));
        assertEquals(List.of("loyalists"), names(found("Loyalist fighters attacked checkpoints in Latakia province.", "ASSAULT").actors()));
    }

    @Test
    void sanctionsEasedAreNoneImposedAndAnOffensivePreparedIsToCome() {
        assertNull(first("Talks are under way in Geneva about relaxing sanctions on Venezuela.", "SANCTION"));
        EventMention imposed = found("The European Union imposed new sanctions on Belarus on Monday.", "SANCTION");
        assertEquals(List.of("European Union"), names(imposed.actors()));
        assertNull(first("The European Union imposed new sanctions on Belarus on Monday.", "COERCE"), "sanctions, not a restriction by force");
        EventMention planned = found("Preparations for the insurgent offensive were delayed by the rains, giving the insurgents time to regroup.", "ASSAULT");
        assertEquals(Status.FUTURE, planned.status(), "an offensive prepared is still to come");
        assertTrue(planned.recipients().isEmpty(), "no side is its own target: " + planned.recipients());
    }

    @Test
    void aNounsPhraseEndsAtTheVerbItIsTheSubjectOfAndAGroupsOriginIsNoSide() {
        EventMention withdrawal = found("Diplomats said the brigade's withdrawal could give Kenya and Ethiopia room to mediate in Somalia.", "RETREAT");
        assertTrue(withdrawal.recipients().isEmpty(), withdrawal.recipients().toString());
        assertNull(withdrawal.place(), "the mediation's place, not the withdrawal's");
        EventMention attack = found("Hezbollah fighters from Lebanon attacked an army post near Qusayr.", "ASSAULT");
        assertEquals(List.of("Hezbollah"), texts(attack.actors()), "not Lebanon, where its fighters come from");
    }

    @Test
    void aMinisterWhoArrivesVisitsAndRallyingSupportIsNoProtest() {
        EventMention arrival = found("Turkey's foreign minister, Hakan Fidan, arrived in Baghdad on Monday for talks on water and security.", "CONSULT");
        assertEquals("visit", arrival.mode());
        assertNull(first("Turkey's foreign minister, Hakan Fidan, arrived in Baghdad on Monday for talks on water and security.", "MOBILIZE"),
                "a minister is no force");
        String rallying = "The Taliban described the fighting as a holy war to rally support among villagers in Kandahar.";
        assertNull(first(rallying, "PROTEST"), "rallying support is no protest");
        assertNull(first(rallying.replace("described", "cast"), "ASSAULT"), "fighting cast as a holy war is named again, not told");
        EventMention visit = found("Russia's defence minister visited Minsk in May, during which Belarus agreed to host nuclear weapons.", "CONSULT");
        assertTrue(visit.recipients().isEmpty(), "who acts in a relative clause is not visited: " + visit.recipients());
    }

    @Test
    void aDenialNamesWhatItDeniesAndWhoInItsOwnClause() {
        String text = "Mali's junta accused Algeria of arming separatist rebels in the north. Algeria denies backing the rebels.";
        EventMention backing = found(text, "SUPPORT");
        assertTrue(backing.claims().stream().anyMatch(c -> c.kind().equals("denial") && c.source().text().equals("Algeria")), backing.claims().toString());
        String relative = "Kenyan police arrested 40 protesters in Nairobi on Tuesday. The government says opposition leaders paid the protesters, "
                + "which the opposition denies.";
        assertTrue(found(relative, "COERCE").claims().stream().noneMatch(c -> c.kind().equals("denial")),
                "what a relative clause denies is told in its own sentence");
        assertNull(first("Israel says Hamas steals aid, which the group denies.", "AID"), "aid stolen is none given");
    }

    @Test
    void anActAnsweredIsAnotherActAndAnOfficeDealsWithACountryWithoutBeingIt() {
        String text = "Hezbollah said it had fired rockets at an army base in northern Israel in response to Israeli strikes that killed "
                + "12 people in southern Lebanon.";
        List<EventMention> acts = all(text, "ASSAULT");
        assertEquals(2, acts.size(), acts.toString());
        EventMention strikes = acts.stream().filter(e -> e.trigger().equals("strikes")).findFirst().orElseThrow();
        assertEquals(List.of("ISR"), strikes.actors().stream().map(a -> a.actor().code()).toList());
        assertTrue(strikes.claims().stream().anyMatch(c -> c.kind().equals("dead") && c.value() == 12), "the dead of the strikes answered");
        EventMention call = found("The UN special envoy for Libya, Hanna Tetteh, called for an end to the clashes in Tripoli.", "REQUEST");
        assertEquals(List.of("IGO"), call.actors().stream().map(a -> a.actor().code()).toList(), "the envoy's body, not Libya");
        EventMention raid = found("Gunmen stormed Mahanga village on Sunday and abducted 20 people, a source in Nigeria's DSS said.", "ASSAULT");
        assertTrue(raid.recipients().isEmpty(), "a village the recogniser took for a person is no target: " + raid.recipients());
        assertNull(raid.place(), "the country of the source's agency is not where");
    }

    @Test
    void aCrowdIsNoTollAndAGroupDescribedByItsTiesIsTheGroup() {
        EventMention march = found("Tens of thousands of people marched through central Tbilisi on Sunday, demanding justice for a bus crash "
                + "that killed 12 people in May.", "PROTEST");
        assertTrue(march.claims().stream().noneMatch(c -> c.kind().equals("dead") && c.low() != null && c.low() == 20000), march.claims().toString());
        assertTrue(march.claims().stream().anyMatch(c -> c.kind().equals("size")), "the crowd's size: " + march.claims());
        assertNull(first("Tens of thousands of people marched through central Tbilisi on Sunday, demanding new elections.", "REQUEST"),
                "the marchers' demand is their protest's");
        String text = "ISWAP fighters overran a Nigerian army base near Malam Fatori on Thursday, killing at least nine soldiers, "
                + "a military source said.\n\nThe Islamic State-affiliated group said in a statement that it had killed 31 soldiers.";
        EventMention overrun = found(text, "ASSAULT");
        assertTrue(overrun.claims().stream().anyMatch(c -> c.kind().equals("dead") && c.value() == 31 && c.source() != null
                && c.source().actor().code() != null && !c.source().actor().name().equals("Islamic State")), overrun.claims().toString());
        assertEquals("Jama'at Nusrat al-Islam wal-Muslimin", names(found("The Group for the Support of Islam and Muslims claimed the attack on "
                + "a convoy near Gao.", "ASSAULT").actors()).get(0));
    }

    @Test
    void whoBacksTheSubjectDoesNotActAndASecondVerbIsASecondAct() {
        EventMention retaken = found("Somali troops backed by Turkish drone strikes retook the town of Adan Yabaal on Friday.", "COERCE");
        assertEquals(List.of("SOM"), retaken.actors().stream().map(a -> a.actor().code()).toList());
        EventMention retook = found("African Union troops backed by U.S. air strikes retook the base on Friday.", "COERCE");
        assertEquals(List.of("African Union"), names(retook.actors()), "the African Union is a body, not Africa");
        EventMention call = found("The UN rights chief condemned the shelling and called on both sides to protect civilians.", "REQUEST");
        assertEquals(Status.ASSERTED, call.status());
        assertEquals(Status.ASSERTED, found("The opposition council, a body set up by exiled lawmakers, called on the world to stop "
                + "selling fuel to the junta in Naypyitaw.", "REQUEST").status(), "'set up' is no 'set to'");
        assertTrue(found("More than 1,500 people were killed in gang violence in Haiti in the first three months of the year, the UN said.",
                "ASSAULT").toll());
    }

    @Test
    void aGroupAndItsParentAreOneSideAndANegationEndsAtAVerbOfItsOwn() {
        String text = "Jihadist fighters linked to al Qaeda killed at least 20 soldiers at an army post near Diapaga on Sunday, "
                + "security sources said. JNIM claimed responsibility for the attack in a statement.";
        List<EventMention> attacks = all(text, "ASSAULT");
        assertEquals(1, attacks.size(), "the claim names the attack told: " + attacks);
        assertTrue(attacks.get(0).claims().stream().anyMatch(c -> c.kind().equals("responsibility")), attacks.get(0).claims().toString());
        EventMention accusation = found("President Kais Saied said he would not resign and accused the opposition of plotting a coup.", "ACCUSE");
        assertEquals(Status.ASSERTED, accusation.status(), "'would not' is the resignation's");
    }

    @Test
    void aClauseKeepsItsSubjectPastARelativeClauseAndAcrossAnd() {
        EventMention pledge = found("Sudan's military government, which ousted Omar al-Bashir in April, has pledged to hold elections.", "AGREE");
        assertEquals(List.of("SDN"), pledge.actors().stream().map(a -> a.actor().code()).toList());
        assertTrue(pledge.actors().stream().noneMatch(a -> a.actor().name().equals("Omar al-Bashir")), pledge.actors().toString());
        EventMention arrests = found("Iraqi security forces foiled an Islamic State plot to bomb a shrine in Samarra and arrested six members of the cell.",
                "COERCE");
        assertEquals(List.of("IRQ"), arrests.actors().stream().map(a -> a.actor().code()).toList(), "the sentence's subject, not the plotters");
        EventMention accused = found("Amnesty International said at least 200 people had been arrested since the protests began, "
                + "and accused police of using excessive force.", "ACCUSE");
        assertEquals(List.of("Amnesty International"), names(accused.actors()), "a verb joined to the report is the speaker's");
        EventMention inquiry = found("India blamed militants for the attack; Pakistan denied any involvement and called for a neutral investigation.",
                "REQUEST");
        assertEquals(List.of("Pakistan"), names(inquiry.actors()), "after a semicolon, the clause's subject");
        EventMention plot = found("The cell, led by a man identified as Abu Omar al-Iraqi, had planned to detonate explosives in a market in Homs.", "THREATEN");
        assertTrue(plot.actors().stream().noneMatch(a -> "IRQ".equals(a.actor().code())), "a name's 'al-Iraqi' is no Iraq: " + plot.actors());
    }

    @Test
    void sendingTroopsDeploysThemAndPrisonersExchangedAreReleased() {
        EventMention sent = found("Kenya sent 400 police officers to Haiti in June.", "MOBILIZE");
        assertEquals(List.of("Kenya"), names(sent.actors()), "a country's name, then a verb, is no group of it");
        assertEquals(Status.FUTURE, found("The defence minister said the army would send 1,500 additional troops to Arauca.", "MOBILIZE").status());
        assertNull(first("A UN helicopter sent to evacuate soldiers came under fire near Nasir.", "MOBILIZE"), "sent to do something, not a force sent");
        assertNull(first("Soldiers killed at least 130 civilians in March, Human Rights Watch said in a report released on Monday.", "CONCEDE"),
                "a report released is published, no one freed");
        assertNull(first("The rebels released a video showing the captured soldiers.", "CONCEDE"));
        assertNotNull(first("The rebels released 40 soldiers they had captured.", "CONCEDE"));
        EventMention swap = found("Russia and Ukraine exchanged 390 prisoners each on Friday.", "CONCEDE");
        assertEquals(List.of("Russia", "Ukraine"), names(swap.actors()));
        EventMention killed = found("Pakistani troops killed 30 militants who were trying to cross into the country from Afghanistan, the army said.",
                "ASSAULT");
        assertNull(killed.place(), "where the militants came from is not where they were killed");
        EventMention toll = found("Police fired on protesters in Nakuru on Tuesday. At least eight people were killed, Amnesty International Kenya said.",
                "ASSAULT");
        assertEquals("Amnesty International", toll.claims().stream().filter(c -> c.kind().equals("dead")).findFirst().orElseThrow().source().text(),
                "a body's branch in a country speaks as the body");
    }

    @Test
    void anActJustBeforeIsAnotherActAndRebelsAreNotTheirStatesSide() {
        String text = "Pakistan's air force struck militant hideouts in Afghanistan's Paktika province overnight, the army said on Tuesday, "
                + "hours after a suicide attack on a police station in Bannu killed 12 officers.\n\n"
                + "The interior minister blamed the Pakistani Taliban (TTP) for the attack on the police station.";
        List<EventMention> acts = all(text, "ASSAULT");
        EventMention strikes = acts.stream().filter(e -> e.trigger().equals("struck")).findFirst().orElseThrow();
        assertTrue(strikes.claims().stream().noneMatch(c -> c.kind().equals("dead")), "the dead are the attack's: " + strikes.claims());
        assertTrue(strikes.place() == null || !strikes.place().text().equals("Bannu"), "where the attack was is not where the strikes were");
        assertTrue(strikes.actors().stream().noneMatch(a -> a.actor().name().contains("Taliban")), "a state and its rebels are two sides: " + strikes.actors());
        EventMention attack = acts.stream().filter(e -> e.claims().stream().anyMatch(c -> c.kind().equals("dead") && c.value() == 12)).findFirst()
                .orElseThrow();
        assertTrue(attack.actors().stream().anyMatch(a -> a.actor().name().contains("Taliban")), attack.actors().toString());
    }

    @Test
    void whoTellsACountIsNotCountedAndAReportersCallIsNoRequest() {
        EventMention strike = found("A drone strike killed at least 20 people at a wedding in Amhara on Saturday, three residents and a nurse said.",
                "ASSAULT");
        assertEquals(List.of(20L), strike.claims().stream().filter(c -> c.kind().equals("dead")).map(Claim::value).toList());
        assertNull(first("Government spokesman Legesse Tulu did not answer calls.", "REQUEST"));
        EventMention seizure = found("Houthi rebels seized a cargo ship in the Red Sea on Sunday and took its 25 crew members hostage.", "COERCE");
        assertTrue(seizure.claims().stream().anyMatch(c -> c.kind().equals("abducted") && c.value() == 25), seizure.claims().toString());
        String fled = "Insurgents beheaded 11 people in two villages on Tuesday. The attacks in Macomia district forced about 3,000 people to flee to Pemba.";
        assertNull(first(fled, "COERCE"), "fleeing the attacks is no coercion of its own");
        assertTrue(found(fled, "ASSAULT").claims().stream().anyMatch(c -> c.kind().equals("displaced")));
    }

    @Test
    void aCallReachesItsVerbAndAnAgreementsTermsAreNoSecondAgreement() {
        EventMention call = found("Hamas called on Palestinians in the occupied West Bank to confront the Israeli forces.", "REQUEST");
        assertEquals(List.of("Hamas"), names(call.actors()));
        String deal = "Armenia and Azerbaijan signed a peace agreement in Washington on Friday. Under the agreement, Azerbaijan agreed to "
                + "reopen transit routes.";
        assertTrue(all(deal, "AGREE").stream().allMatch(e -> e.recipients().isEmpty()),
                "the terms of the agreement named again have no target: " + all(deal, "AGREE"));
        assertTrue(found("Fighting in eastern Congo has killed thousands of people this year, the United Nations said.", "ASSAULT").toll());
        assertNull(first("Poland scrambled fighter jets as a precaution during the attack, its armed forces command said.", "ASSAULT"),
                "the attack during which it happened is told elsewhere");
    }

    @Test
    void anEstimatedFigureIsNoSpeakersWord() {
        String text = "On 1 October, an estimated 4,500 people were displaced from villages west of El Obeid in North Kordofan "
                + "following attacks by armed men, the International Organization for Migration reported.";
        Claim displaced = found(text, "ASSAULT").claims().stream().filter(c -> c.kind().equals("displaced")).findFirst().orElseThrow();
        assertEquals("International Organization for Migration", displaced.source().text(), "'an estimated' says no one");
    }

    @Test
    void takingControlIsASeizureAndCallingForIsARequest() {
        assertEquals("seize", found("In Libya, government forces said they had taken control of the Abu Salim district of Tripoli.", "COERCE").mode());
        EventMention call = found("The United Nations mission in Libya called for an immediate ceasefire.", "REQUEST");
        assertEquals(List.of("United Nations"), names(call.actors()));
        assertNull(first("The United Nations mission in Libya called for an immediate ceasefire.", "RETREAT"), "asked for, not agreed");
    }

    @Test
    void whatASideHasDoneForYearsIsNoEventAndItsTollCountsNoPledge() {
        assertNull(first("Al-Shabaab has fought for years to topple Somalia's central government.", "ASSAULT"));
        String text = "The ADF, which has pledged allegiance to the Islamic State group, has killed thousands of civilians "
                + "in eastern Congo over the past decade.";
        assertTrue(all(text, "AGREE").stream().allMatch(e -> e.claims().isEmpty()), all(text, "AGREE").toString());
    }

    @Test
    void resistanceMetIsNoMeeting() {
        assertNull(first("Soldiers entered Wad Madani from the east and south, meeting little resistance.", "CONSULT"));
        assertNull(first("The offensive near Bakhmut met with fierce resistance on Monday.", "CONSULT"));
        assertNotNull(first("Sudan's army chief met the Egyptian president in Cairo on Monday.", "CONSULT"));
    }

    @Test
    void theEndOfATruceIsNoTruce() {
        assertNull(first("Israel resumed its offensive in Gaza in March after a two-month ceasefire collapsed.", "RETREAT"));
        assertNull(first("Fighting resumed in Khartoum after the truce broke down on Sunday.", "RETREAT"));
        assertNotNull(first("The army and the RSF declared a ceasefire in Khartoum on Saturday.", "RETREAT"));
    }

    @Test
    void anAgreementNamedAgainIsNoNewAgreement() {
        String text = "The Democratic Republic of Congo and the M23 rebel group signed a declaration of principles in Doha on Saturday, "
                + "committing to a permanent ceasefire. The agreement follows months of fighting in which M23 seized the cities of Goma and Bukavu.";
        assertEquals(1, all(text, "AGREE").size(), all(text, "AGREE").toString());
    }

    @Test
    void onlyAForceOrAStateMovingIsADeployment() {
        assertNull(first("The vessel belonged to a company whose ships had entered Israeli ports.", "MOBILIZE"));
        assertNull(first("Thousands of refugees crossed into Chad from Sudan on Monday.", "MOBILIZE"));
        assertNotNull(first("Hundreds of foreign fighters arrived in Aleppo on Tuesday.", "MOBILIZE"), "fighters the table need not name");
        assertNotNull(first("Turkish troops entered the Syrian town of Afrin on Sunday.", "MOBILIZE"));
    }

    @Test
    void aReportersQuestionUnansweredIsNoEvent() {
        assertNull(first("The army in Sudan declined to comment on the report.", "REJECT"));
        assertNull(first("The RSF in Sudan did not respond to requests for comment.", "REQUEST"));
        assertNull(first("The Sudanese army did not immediately respond to a request for comment.", "REQUEST"));
        assertNull(first("Government spokesman Legesse Tulu did not respond to calls seeking comment.", "REQUEST"));
        assertNotNull(first("The army in Sudan declined the offer of talks.", "REJECT"));
        assertNotNull(first("The RSF in Sudan made a request for a ceasefire.", "REQUEST"));
    }

    @Test
    void whoActsOnProtestersIsNotTheirProtest() {
        List<EventMention> protests = all("Riot police used tear gas to disperse demonstrators outside parliament in Nairobi on Tuesday.", "PROTEST");
        assertTrue(protests.stream().allMatch(e -> e.actors().isEmpty()), protests.toString());
        List<EventMention> demands = all("Egyptian demonstrators marched in a rally calling for the removal of the president.", "REQUEST");
        assertEquals(List.of(), demands, "what a protest demands is part of the protest");
    }

    @Test
    void whatHappensOftenIsAPatternNotAnAct() {
        assertNull(first("No group has claimed responsibility, but the area is frequently targeted by JNIM fighters.", "ASSAULT"));
        assertNull(first("Al-Shabaab militants regularly attack convoys on the road to Baidoa.", "ASSAULT"));
        assertNull(first("The group has repeatedly shelled the town of Kadugli.", "ASSAULT"));
        assertNotNull(first("Troops repeatedly fired on protesters in Kadugli on Friday.", "ASSAULT"), "a day's repeated fire is one act");
    }

    @Test
    void aSpeakerDidNotDoWhatItSaysWasDoneToSomeone() {
        List<EventMention> killed = all("Hezbollah confirmed the death of its commander but did not say how he was killed.", "ASSAULT");
        assertTrue(killed.stream().allMatch(e -> e.actors().isEmpty()), killed.toString());
    }

    @Test
    void aParticipleBeforeAQualifiedCountIsTheMainVerb() {
        EventMention killed = found("Suspected jihadists killed at least 14 civilians in an attack on a village on Saturday.", "ASSAULT");
        assertEquals(List.of("jihadists"), texts(killed.actors()), "the tagger's participle has an object: " + killed);
        assertEquals(List.of("civilians"), texts(killed.recipients()));
        EventMention beheaded = found("Islamic State-linked insurgents beheaded about 20 villagers in Cabo Delgado last week.", "ASSAULT");
        assertEquals(List.of("insurgents"), texts(beheaded.actors()), beheaded.toString());
    }

    @Test
    void aReasonGivenForAnActIsNotWhomOrWhereItIsDoneTo() {
        EventMention targeted = found("The Houthis said they had targeted the vessel because it was linked to Israel.", "ASSAULT");
        assertEquals(List.of(), targeted.recipients());
        assertNull(targeted.place());
        assertEquals("Israel", found("The Houthis said they had targeted a ship bound for Israel.", "ASSAULT").place().text());
    }

    @Test
    void aDenialDoesNotReachPastTheAccusationItAnswers() {
        String text = "Ukraine's air force said it had shot down 41 drones overnight. "
                + "The Sudanese army accused the Rapid Support Forces of shelling a camp near El Fasher. The RSF denied the accusation.";
        List<EventMention> acts = all(text, "ASSAULT");
        assertEquals(List.of(), acts.get(0).claims().stream().filter(c -> c.kind().equals("denial")).toList(),
                "the RSF did not deny Ukraine's act");
        assertEquals(1, acts.get(1).claims().stream().filter(c -> c.kind().equals("denial")).count(), "it denied the shelling");
    }

    @Test
    void whatASideIsAccusedOfIsAnActOfItsAsTheAccuserTellsIt() {
        String text = "The Sudanese army accused the Rapid Support Forces on Monday of shelling a displacement camp near El Fasher, "
                + "killing 20 people. The RSF denied the accusation.";
        EventMention shelling = found(text, "ASSAULT");
        assertEquals(List.of("Rapid Support Forces"), names(shelling.actors()));
        assertEquals("El Fasher", shelling.place().text());
        Claim blame = shelling.claims().stream().filter(c -> c.kind().equals("blame")).findFirst().orElseThrow();
        assertEquals("accused the Rapid Support Forces on Monday of shelling", blame.words());
        assertEquals("Sudanese army", blame.source().text());
        assertTrue(shelling.claims().stream().anyMatch(c -> c.kind().equals("dead") && c.value() == 20), shelling.claims().toString());
        assertTrue(shelling.claims().stream().anyMatch(c -> c.kind().equals("denial") && c.source().text().equals("RSF")));
        assertEquals(1, all(text, "ACCUSE").size(), "denying the accusation is no second accusation");
        EventMention blamed = found("A car bomb killed ten people at a market in Mogadishu on Tuesday. "
                + "The government blamed al-Shabaab for the attack.", "ASSAULT");
        assertEquals(List.of("al-Shabaab"), names(blamed.actors()),
                "the attack blamed on a group is the one told before");
        assertNull(first("Kyiv accused Moscow of planning to attack the plant.", "ASSAULT"), "a plan is no act");
    }

    @Test
    void aBareStrikeBlamedOnASideAfterAnAttackIsThatAttack() {
        String text = "A drone struck a market in El Obeid on Monday, killing 23 people. The group blamed the RSF for the strike.";
        EventMention strike = found(text, "ASSAULT");
        assertEquals(List.of("Rapid Support Forces"), names(strike.actors()));
        assertTrue(strike.claims().stream().anyMatch(c -> c.kind().equals("blame")), strike.claims().toString());
        assertNull(first("The minister blamed the union for the strike.", "ASSAULT"), "a strike workers stage");
    }

    @Test
    void whoIsAccusedInThePassiveIsTheAccusedAndTheActTheirs() {
        String text = "The RSF was accused by the army of shelling the camp near El Fasher.";
        EventMention accusation = found(text, "ACCUSE");
        assertEquals(List.of("Sudanese Armed Forces"), names(accusation.actors()));
        assertEquals(List.of("Rapid Support Forces"), names(accusation.recipients()));
        assertEquals(List.of("Rapid Support Forces"), names(found(text, "ASSAULT").actors()));
        assertEquals(List.of("Israel (military)"), names(found("The UN blamed Israeli forces for the killing of 12 aid workers in Rafah.",
                "ASSAULT").actors()));
    }

    @Test
    void aDatelineAfterTheHeadlineIsNoSide() {
        EventMention strike = found("Sudan's war reaches El Obeid\nJune 10, 2025\n\n"
                + "EL OBEID, Sudan (Wire) — A drone strike hit a livestock market in El Obeid on Monday, killing 15 people.", "ASSAULT");
        assertEquals("strike", strike.trigger());
        assertEquals(List.of(), strike.actors(), "the town and country it was filed from did not strike");
        assertEquals(List.of("Rapid Support Forces"), names(found("The army accused the Rapid Support Forces of carrying out the attack.",
                "ASSAULT").actors()), "carrying out says only that it was done");
    }

    @Test
    void whoSpeaksAfterTheReportIsNotItsTarget() {
        EventMention withdrew = found("Congolese troops and allied militias withdrew from Kavumu on Friday, residents and a UN source said.", "RETREAT");
        assertEquals(List.of(), withdrew.recipients(), withdrew.toString());
    }

    @Test
    void whoStandsBehindAGroupNamedInPassingIsNoEvent() {
        String text = "Somali troops backed by local militias retook the base near Galkayo on Wednesday.";
        assertNull(first(text, "SUPPORT"), "the backing describes the troops");
        assertNotNull(first(text, "COERCE"));
    }

    @Test
    void theTownADatelineNamesIsNotWhereTheEventHappened() {
        EventMention attack = found("MOGADISHU (Wire) — Al-Shabaab fighters attacked an army base on Tuesday, killing eight soldiers.", "ASSAULT");
        assertNull(attack.place(), "the report was filed from Mogadishu");
    }

    @Test
    void aSpeakerDescribedAsTheGroupIsTheGroupNamedBefore() {
        String text = "Al-Shabaab fighters attacked an army base in Galkayo on Tuesday, killing eight soldiers, a military officer said. "
                + "The group said it had killed 35 soldiers and that the army had fled.";
        Claim claimed = found(text, "ASSAULT").claims().stream().filter(c -> c.value() != null && c.value() == 35).findFirst().orElseThrow();
        assertEquals("al-Shabaab", claimed.source().actor().name(), "not the officer who spoke before");
    }

    @Test
    void whoSaysItFendedAnAttackOffWasAttacked() {
        for (String text : List.of("Ukraine's 47th Mechanized Brigade repelled several assaults in the area.",
                "Ukraine's 47th Mechanized Brigade said it had repelled several assaults in the area.")) {
            EventMention assaults = found(text, "ASSAULT");
            assertEquals(List.of(), assaults.actors(), text);
            assertEquals(List.of("47th Mechanized Brigade"), texts(assaults.recipients()), text);
        }
    }

    @Test
    void theGroupThatQualifiesAFendedOffAttackMadeIt() {
        EventMention attack = found("Sudanese troops repelled an RSF attack on El Fasher on Friday.", "ASSAULT");
        assertEquals(List.of("Rapid Support Forces"), names(attack.actors()));
        assertEquals(List.of("Sudanese Armed Forces"), names(attack.recipients()));
    }

    @Test
    void aCapitalisedArmyIsTheSettingsArmyNotANameOfItsOwn() {
        EventMention shelled = found("The Army shelled militant hideouts in Kandahar on Monday.", "ASSAULT");
        assertEquals(List.of("Afghanistan (military)"), names(shelled.actors()));
    }

    @Test
    void aParticipleBetweenACommonNounAndItsObjectIsTheMainVerb() {
        EventMention bombed = found("Separately, army warplanes bombed RSF positions near Bara on Tuesday.", "ASSAULT");
        assertEquals(List.of("Rapid Support Forces"), names(bombed.recipients()));
    }

    @Test
    void aParticipleAfterACommaSharesTheActorOfTheVerbBeforeIt() {
        String text = "Fighters from the group JNIM overran a military base in Djibo on Sunday, killing dozens of soldiers. "
                + "JNIM claimed responsibility for the attack on Monday.";
        List<EventMention> killings = all(text, "ASSAULT");
        assertEquals(1, killings.size(), "the attack claimed on Monday is the one told before: " + killings);
        assertEquals(List.of("JNIM"), texts(killings.get(0).actors()), "not the military its base names");
    }

    @Test
    void aClauseToldAsTheTimeOfAnotherHasItsOwnSubject() {
        List<EventMention> acts = all("The Israeli military said it struck Hezbollah weapons depots near Nabatieh on Sunday, "
                + "a day after the group fired rockets at northern Israel.", "ASSAULT");
        assertEquals(List.of("Israel (military)", "Hezbollah"), acts.stream().map(e -> e.actors().get(0).actor().name()).toList(), acts.toString());
        EventMention captured = found("The ruler's position weakened sharply in 2015 when rebels captured the province of Idlib.", "COERCE");
        assertEquals(List.of("rebels"), texts(captured.actors()));
    }

    @Test
    void aFigureGoesToTheActItsOwnVerbNamesAndNeverToWhatIsYetToHappen() {
        String text = "Fighters from the group JNIM overran a military base in Djibo on Sunday, killing 40 soldiers.";
        assertTrue(found(text, "ASSAULT").claims().stream().anyMatch(c -> c.kind().equals("dead")), all(text, "ASSAULT").toString());
        assertTrue(found(text, "COERCE").claims().isEmpty());
        EventMention reinforcements = found("Gunmen stormed Pont-Sonde in Haiti on Thursday.\n\n"
                + "Thousands of residents fled the town, and the government said it would send police reinforcements to Haiti.", "MOBILIZE");
        assertEquals(EventMention.Status.FUTURE, reinforcements.status());
        assertTrue(reinforcements.claims().isEmpty(), reinforcements.claims().toString());
        EventMention stormed = found("Gunmen stormed Pont-Sonde in Haiti on Thursday.\n\n"
                + "Thousands of residents fled the town, and the government said it would send police reinforcements to Haiti.", "ASSAULT");
        assertTrue(stormed.claims().stream().anyMatch(c -> c.kind().equals("displaced")), "they fled the attack: " + stormed.claims());
    }

    @Test
    void aGroupToldByItsNounAndNamedLaterIsOneActor() {
        String text = "Militants armed with rifles and grenades attacked a police station in Bannu on Tuesday, killing four officers. "
                + "Two attackers were also killed in the gunfight. "
                + "The Pakistani Taliban, known as the TTP, claimed responsibility for the assault.";
        List<EventMention> attacks = all(text, "ASSAULT");
        assertEquals(1, attacks.size(), attacks.toString());
        assertEquals(List.of("TTP"), texts(attacks.get(0).actors()), "the TTP stands for the militants");
        assertEquals(List.of("Militants"), texts(found("Militants armed with rifles attacked a police station in Bannu.",
                "ASSAULT").actors()), "a participle's phrase describes the group before the verb");
    }

    @Test
    void whatASideHasBeenDoingMoreOfIsNoEvent() {
        assertNull(first("The military has stepped up air strikes in Sagaing since losing ground to ethnic armed groups.", "ASSAULT"));
    }

    @Test
    void anActClaimedByItsActorSaysSo() {
        EventMention attack = found("A suicide bomber killed 30 people at a mosque in Peshawar on Friday. "
                + "The Islamic State claimed responsibility for the attack.", "ASSAULT");
        Claim claimed = attack.claims().stream().filter(c -> c.kind().equals("responsibility")).findFirst().orElseThrow();
        assertEquals("claimed responsibility for the attack", claimed.words());
        assertEquals("Islamic State", claimed.source().actor().name());
        assertTrue(found("Militants attacked a checkpoint in Kunar on Monday.", "ASSAULT").claims().isEmpty());
    }

    @Test
    void deathsBlamedOnASideAreTheActThatCausedThem() {
        for (String text : List.of("At least two protesters were shot dead in Kisumu on Tuesday, the commission said, blaming police for the deaths.",
                "Two protesters were shot dead in Kisumu on Tuesday. The commission blamed police for the deaths.")) {
            EventMention shot = found(text, "ASSAULT");
            assertEquals("shot", shot.trigger(), text);
            assertEquals(List.of("Kenya (police)"), names(shot.actors()), text);
            assertTrue(shot.claims().stream().anyMatch(c -> c.kind().equals("blame")), shot.claims().toString());
        }
        assertNull(first("The deaths of two protesters in Kisumu shocked the country.", "ASSAULT"), "a death alone is no act of anyone");
    }

    @Test
    void lootingAndBurningPropertyAndCurfewsAreCoercion() {
        assertEquals("seize", found("Gunmen looted three health facilities in Bahir Dar on Monday.", "COERCE").mode());
        assertEquals("destroy", found("Militiamen torched dozens of homes in Kumbo on Sunday.", "COERCE").mode());
        assertEquals("restrict", found("The government imposed a curfew in Gondar on Tuesday.", "COERCE").mode());
    }

    @Test
    void aParticipleRightAfterTheSayingIsTheSpeakersAct() {
        EventMention blamed = found("Two protesters were shot dead in Kisumu, the UN said, blaming police for the deaths.", "ACCUSE");
        assertEquals(List.of("UN"), texts(blamed.actors()));
    }

    @Test
    void theReportOpensAfterItsDateline() {
        EventMention blamed = found("NAIROBI, June 2 (Wire) - Al Shabaab on Monday denied responsibility for an attack on a military base "
                + "in Somalia that killed seven soldiers, blaming a rival faction of Islamic State.", "ACCUSE");
        assertEquals(List.of("al-Shabaab"), names(blamed.actors()), blamed.toString());
    }

    @Test
    void whoWritesOnTelegramSpeaksAndIsNoTarget() {
        EventMention strike = found("Drones hit a fuel depot in Russia's Bryansk region, the regional governor Alexander Bogomaz wrote on Telegram.", "ASSAULT");
        assertTrue(texts(strike.recipients()).stream().noneMatch(r -> r.contains("Bogomaz")), strike.recipients().toString());
    }

    @Test
    void aSecondSpeakerAfterButToldTheirOwnFigure() {
        EventMention raid = found("Gunmen killed villagers in Sokoto state on Sunday. Police put the death toll at 20, "
                + "but residents said they had buried 31 people.", "ASSAULT");
        Claim buried = raid.claims().stream().filter(c -> Long.valueOf(31).equals(c.value())).findFirst().orElseThrow();
        assertEquals("residents", buried.source().text(), raid.claims().toString());
    }

    @Test
    void aDescribedSpeakerSetOffBeforeTheCueSpeaksForTheSideThatQualifiesIt() {
        EventMention raid = found("Bandits stormed a market in Katsina on Tuesday, shooting traders, a police spokesman, Musa Idris, said.", "ASSAULT");
        assertTrue(raid.recipients().isEmpty(), "the spokesman and his police are no targets: " + raid.recipients());
        EventMention strike = found("A Hamas official said Israeli strikes killed 12 people in Khan Younis.", "ASSAULT");
        assertEquals("Hamas", strike.claims().get(0).source().actor().name(), strike.claims().toString());
    }

    @Test
    void aVerbJoinedByAndHasTheSubjectOfTheVerbItIsJoinedTo() {
        EventMention abduction = found("Gunmen came to the village at night and abducted 20 women.", "ASSAULT");
        assertEquals(List.of("gunmen"), names(abduction.actors()));
        EventMention fired = found("The ministry said gunmen fired on a checkpoint near Tibu on Monday.", "ASSAULT");
        assertEquals(List.of("gunmen"), names(fired.actors()), "a verb of saying opens the reported clause");
    }

    @Test
    void aGroupKnownByItsNounIsOneSideWithinAnArticleButNotInTwoProvinces() {
        List<EventMention> raids = all("Bandits killed 12 villagers in Zamfara state on Monday. The bandits also abducted 20 women.", "ASSAULT");
        assertEquals(1, raids.size(), raids.toString());
        List<EventMention> told = all("Bandits killed 12 villagers in Zamfara state on Monday. A farmer said the gunmen also abducted 20 women.", "ASSAULT");
        assertEquals(1, told.size(), "gunmen are any group known by its noun: " + told);
        List<EventMention> apart = all("Gunmen abducted 40 worshippers in Kaduna state on Sunday. "
                + "Last month, gunmen abducted 50 people in Zamfara state.", "ASSAULT");
        assertEquals(2, apart.size(), apart.toString());
    }

    @Test
    void aTimeAfterSinceOpensNoClause() {
        EventMention condemned = found("Hamas, whose fighters have fought Israel since October, condemned the raid.", "ACCUSE");
        assertEquals(List.of("Hamas"), names(condemned.actors()));
    }

    @Test
    void aDenialJoinedToTheSayingIsTheSpeakers() {
        List<EventMention> strikes = all("A missile struck a school in Sumy on Friday. Russia's defence ministry said its forces had struck "
                + "Ukrainian troops in the city and denied targeting civilians.", "ASSAULT");
        List<String> deniers = strikes.stream().flatMap(e -> e.claims().stream()).filter(c -> c.kind().equals("denial"))
                .map(c -> c.source().actor().code()).toList();
        assertEquals(List.of("RUS"), deniers, strikes.toString());
    }

    @Test
    void whoseHallmarksAnActBearsIsItsSuspectedActor() {
        EventMention attack = found("Officials said the attack on the hotel bore the hallmarks of al-Shabaab.", "ASSAULT");
        assertEquals(List.of("al-Shabaab"), names(attack.actors()), attack.toString());
        assertTrue(attack.claims().stream().anyMatch(c -> c.kind().equals("blame")), attack.claims().toString());
    }

    @Test
    void aVerbJoinedToAClauseWhoseSubjectIsNoActorHasNone() {
        EventMention demand = found("Kenyan police fired tear gas in Nairobi. Protesters accused the government of using excessive force "
                + "and demanded the resignation of Interior Minister Kipchumba Murkomen.", "REQUEST");
        assertTrue(demand.actors().isEmpty(), "the government is the accused, not who demands: " + demand.actors());
    }

    @Test
    void theMinistryIsTheSourceThatNamedAMinistry() {
        List<EventMention> acts = all("Kenyan police fired tear gas at protesters in Nairobi. At least eight people were killed, Amnesty International said, "
                + "while the interior ministry put the number of dead at three. The ministry said 47 police officers had been injured.", "ASSAULT");
        List<Claim> claims = acts.stream().flatMap(e -> e.claims().stream()).toList();
        assertEquals("the interior ministry", claims.stream().filter(c -> Long.valueOf(3).equals(c.value())).findFirst().orElseThrow().source().text());
        assertEquals("the interior ministry", claims.stream().filter(c -> Long.valueOf(47).equals(c.value())).findFirst().orElseThrow().source().text(),
                claims.toString());
    }

    @Test
    void aBareItSaidGoesOnInTheLastSourcesVoice() {
        List<EventMention> acts = all("Pakistani forces killed 12 militants, the military said on Friday. Eight insurgents were killed in a raid "
                + "in North Waziristan, the military's media wing said. Two soldiers also died in an exchange of fire, it said.", "ASSAULT");
        Claim two = acts.stream().flatMap(e -> e.claims().stream()).filter(c -> Long.valueOf(2).equals(c.value())).findFirst().orElseThrow();
        assertEquals("the military's media wing", two.source().text());
    }

    @Test
    void aPartOfAnAgreementAlreadyNamedIsNoNewAct() {
        assertNull(first("Under the first phase of the truce, Hamas is to free 33 hostages.", "RETREAT"));
    }

    @Test
    void whatSanctionsTargetIsNoAttack() {
        assertNull(first("The European Union adopted new sanctions against Russia, targeting 200 tankers of its shadow fleet.", "ASSAULT"));
        assertNotNull(first("Russian forces continue to give the army air support, targeting rebel positions near Hama.", "ASSAULT"));
    }

    @Test
    void aPhoneCallBetweenTwoIsOneSpeakingWithTheOther() {
        EventMention call = found("The sanctions came a day after a phone call between Donald Trump and Vladimir Putin.", "CONSULT");
        assertEquals(List.of("Donald Trump"), names(call.actors()));
        assertEquals(List.of("Vladimir Putin"), names(call.recipients()));
    }

    @Test
    void aChargeDeniedIsTheAccusation() {
        String text = "Eight insurgents were killed in a raid in Bannu on Friday. "
                + "Islamabad accuses Afghanistan's Taliban government of sheltering TTP fighters, a charge Kabul denies.";
        assertTrue(found(text, "ACCUSE").claims().stream().anyMatch(c -> c.kind().equals("denial")), all(text, "ASSAULT").toString());
        assertTrue(all(text, "ASSAULT").stream().flatMap(e -> e.claims().stream()).noneMatch(c -> c.kind().equals("denial")));
    }

    @Test
    void aTallyOverTimeIsATollNotTheActsCount() {
        List<EventMention> acts = all("Pakistani troops killed 12 militants in Bannu on Friday. The killings bring to 75 the number of militants "
                + "killed in the province since the start of the year.", "ASSAULT");
        assertEquals(2, acts.size(), acts.toString());
        assertEquals(List.of(12L), acts.get(0).claims().stream().map(Claim::value).toList());
        assertTrue(acts.get(1).toll());
    }

    @Test
    void thoseAHospitalReceivedAreTheActsWoundedAsDoctorsTellIt() {
        String text = "A drone strike killed 14 people in El Fasher on Friday. Doctors at the Saudi Hospital, one of the last "
                + "working clinics in the city, said they had received 31 wounded.";
        List<EventMention> acts = all(text, "ASSAULT");
        assertEquals(1, acts.size(), acts.toString());
        Claim wounded = acts.get(0).claims().stream().filter(c -> c.kind().equals("injured")).findFirst().orElseThrow();
        assertEquals("Doctors at the Saudi Hospital", wounded.source().text());
    }

    @Test
    void whereAGroupIsFromDescribesItAsItsSubject() {
        EventMention attack = found("Militants from an al Qaeda-linked group killed dozens of soldiers in Djibo on Sunday.", "ASSAULT");
        assertEquals(List.of("militants"), names(attack.actors()));
    }

    @Test
    void theSideBeforeItsAppositiveSpeaks() {
        EventMention attack = found("JNIM, the Sahel affiliate of al Qaeda, said in a statement that it had killed 200 soldiers in Djibo.", "ASSAULT");
        Claim dead = attack.claims().stream().filter(c -> c.kind().equals("dead")).findFirst().orElseThrow();
        assertEquals("JNIM", dead.source().text(), attack.claims().toString());
    }

    @Test
    void whoIsCalledOnMayBeDescribedBeforeWhatTheyAreCalledOnToDo() {
        EventMention call = found("Lebanese President Joseph Aoun called on the United States and France, which oversee the truce, "
                + "to press Israel to stop its attacks.", "REQUEST");
        assertEquals(List.of("Joseph Aoun"), names(call.actors()));
        assertNull(call.place(), "whom one presses is no place");
        assertNull(first("The United States and France, which oversee the truce, said nothing.", "RETREAT"), "who oversees a truce makes none");
    }

    @Test
    void whereAnAgreementIsSignedIsNoSideAndBackingIsGivenToSomeone() {
        String text = "The foreign ministers of Congo and Rwanda signed a peace agreement at the State Department on Friday. "
                + "Rwanda has long denied backing the M23.";
        List<EventMention> support = all(text, "SUPPORT");
        assertEquals(2, support.size(), support.toString());
        assertTrue(support.get(0).recipients().isEmpty() || !names(support.get(0).recipients()).contains("US State Department"), support.toString());
    }

    @Test
    void whomOneFiresWithNoWeaponOneDismisses() {
        assertNull(first("The Kenyan government fired him last week after a corruption inquiry.", "ASSAULT"));
        assertNotNull(first("Soldiers fired on protesters in Nairobi on Tuesday.", "ASSAULT"));
    }

    @Test
    void anUndatedArticleStillTellsItsDaysApart() {
        List<EventMention> strikes = all("RSF drones struck a camp in El Fasher on Friday, killing 14 people. "
                + "RSF drones struck the city's main market on Sunday, killing nine.", "ASSAULT");
        assertEquals(2, strikes.size(), strikes.toString());
        assertEquals(1, all("RSF drones struck a camp in El Fasher on Friday, killing 14 people. "
                + "The RSF drones struck the camp's clinic, a committee said.", "ASSAULT").size(), "an undated mention agrees with any day");
        assertEquals(1, all("Russian missiles struck Kharkiv on Friday, killing one man. Russia launched 86 drones at the city overnight, "
                + "the air force said.", "ASSAULT").size(), "which weekday was overnight depends on the unknown day of writing");
    }

    @Test
    void anAgreementEndedOrAPowerSeizedSinceIsNoNewAct() {
        assertNull(first("Niger's junta scrapped a military agreement with the United States on Saturday.", "AGREE"));
        assertNull(first("The junta has expelled French troops since seizing power in 2023.", "COERCE"));
    }

    @Test
    void aParticipleAfterASpeakerNoSideNamesHasNoActor() {
        EventMention accusation = found("Police arrested Moussa Tchangari at his home in Niamey, his organisation said, "
                + "accusing the authorities of silencing critics.", "ACCUSE");
        assertTrue(accusation.actors().isEmpty(), accusation.actors().toString());
    }

    @Test
    void aVerbJoinedByAndWithItsAuxiliaryHasTheSentencesSubject() {
        EventMention suspension = found("India blames Pakistan for the attack near Pahalgam, which Islamabad denies, "
                + "and has suspended a water-sharing treaty.", "SANCTION");
        assertEquals(List.of("IND"), suspension.actors().stream().map(a -> a.actor().code()).toList());
    }

    @Test
    void theFederalArmyIsTheCountrysMilitary() {
        EventMention strike = found("A drone strike hit a market in Bichena in Ethiopia's Amhara region, killing 20 civilians. "
                + "The residents blamed the federal army.", "ASSAULT");
        assertEquals(List.of("ETH"), strike.actors().stream().map(a -> a.actor().code()).toList(), strike.toString());
    }

    @Test
    void aCountOfAGroupOpensTheClauseWithIt() {
        EventMention attack = found("Hundreds of gang members attacked the town of Mirebalais on Monday.", "ASSAULT");
        assertEquals(List.of("gang members"), names(attack.actors()));
    }

    @Test
    void aMayorDetainedByPoliceIsNoPoliceman() {
        EventMention arrest = found("Turkish police detained Istanbul Mayor Ekrem Imamoglu on Wednesday.", "COERCE");
        assertEquals("GOV", arrest.recipients().get(0).actor().sector(), arrest.recipients().toString());
    }

    @Test
    void whoseSovereigntyIsViolatedIsNotAccused() {
        EventMention condemned = found("Damascus condemned the strike as a violation of Syrian sovereignty.", "ACCUSE");
        assertTrue(condemned.recipients().isEmpty(), condemned.recipients().toString());
    }

    @Test
    void aSourceNoSideNamesIsThePhraseAfterAccordingTo() {
        EventMention attack = found("Gang members attacked the town of Mirebalais on Monday. At least three people were killed, "
                + "according to a local radio station, though the toll could not be confirmed.", "ASSAULT");
        assertEquals("a local radio station", attack.claims().get(0).source().text(), attack.claims().toString());
    }

    @Test
    void aCondemnationOfAnActToldBeforeCondemnsItsActor() {
        EventMention condemned = found("Israel said it struck a group of gunmen who attacked Druze civilians in Sahnaya on Wednesday. "
                + "Damascus condemned the strike as a violation of Syrian sovereignty.", "ACCUSE");
        assertEquals(List.of("ISR"), condemned.recipients().stream().map(a -> a.actor().code()).toList(), condemned.toString());
        EventMention attack = found("Gunmen attacked a church in Kaduna on Sunday. Governor Uba Sani condemned the attack.", "ACCUSE");
        assertEquals(List.of("gunmen"), names(attack.recipients()));
    }
}
