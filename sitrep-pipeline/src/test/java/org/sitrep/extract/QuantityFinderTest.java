package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Layers;
import org.sitrep.model.Quantity;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;

class QuantityFinderTest {
    private static List<String> find(String sentence, TimeExpression... times) {
        Document d = Document.builder("q", sentence, sentence).build()
                .with(Layers.SENTENCES, List.of(new Sentence(0, sentence.length(), 0, 0)))
                .with(Layers.TIMEX, List.of(times));
        return new QuantityFinder().apply(d).layer(Layers.QUANTITIES).stream()
                .map(q -> q.kind() + ":" + q.value() + ":" + q.low() + ":" + q.high()).toList();
    }

    @Test
    void readsFiguresQualifiersAndWords() {
        assertEquals(List.of("size:300:300:null"), find("At least 300 militia fighters crossed the border."));
        assertEquals(List.of("size:4000:null:4000"), find("As many as 4,000 troops are deployed near the city."));
        assertEquals(List.of("size:null:200:999"), find("Hundreds of fighters from armed groups arrived."));
        assertEquals(List.of("size:null:300:999"), find("Several hundred protesters gathered in the square."), "several hundreds, not several");
        assertEquals(List.of("dead:null:2000:9999"), find("The army said it had killed a few thousand fighters."));
        assertEquals(List.of("dead:12:null:null", "dead-among:4:null:null"), find("The strike killed 12 civilians, including four children."));
        assertEquals(List.of("dead:14:null:null", "dead-among:5:null:null"), find("Shelling killed 14 people, among them five children."));
        assertEquals(List.of("dead:4:null:null"), find("Including the shelling, four children died."), "introduced elsewhere in the sentence: a figure of its own");
        assertEquals(List.of("displaced:6700000:6700000:null"), find("More than 6.7 million are displaced inside the country."));
        assertEquals(List.of("dead:40:null:null", "injured:60:60:null"), find("We buried 40 people and more than 60 were wounded."), "the buried are dead");
        assertEquals(List.of("dead:19:null:null"), find("We have counted 19 bodies so far."));
        assertEquals(List.of("dead:15:null:null"), find("The death toll from the blast rose to 15."));
        assertEquals(List.of("dead:46:null:null"), find("The number of people killed when gunmen stormed a village in Zamfara state rose to 46 on Wednesday."));
        assertEquals(List.of("dead:22:null:null"), find("Police confirmed the attack but put the death toll at 22."));
        assertEquals(List.of("dead:16:null:null"), find("The death toll from Tuesday's missile attack on Kyiv has risen to 16."));
        assertEquals(List.of("dead:100:100:null"), find("The army said it had \"neutralised\" more than 100 assailants."));
        assertEquals(List.of("dead:2:null:null"), find("Two U.S. service members were killed in an attack in Syria."));
        assertEquals(List.of("dead:12:null:null"), find("Twelve worshippers were killed in a blast at a mosque."));
        assertEquals(List.of("dead:6:6:null"), find("Insurgents beheaded at least six people in two villages."));
        assertEquals(List.of("dead:9:null:null"), find("Nine prisoners were executed by the militia."));
        assertEquals(List.of("abducted:25:null:null"), find("Armed men abducted 25 schoolgirls from a boarding school."));
        assertEquals(List.of("dead:1:null:null"), find("Kenyan police shot dead a man during protests in the capital."), "one person, no figure written");
        assertEquals(List.of("dead:1:null:null"), find("The blast killed a 17-year-old student near the market."));
        assertEquals(List.of("dead:1:null:null"), find("An Israeli drone strike killed a senior Hezbollah field commander on Thursday."));
        assertEquals(List.of("dead:1200:null:null", "abducted:251:null:null"),
                find("Fighters attacked southern Israel, killing 1,200 people and taking 251 hostages."), "those taken are not dead");
        assertEquals(List.of("abducted:null:200:999"), find("Hundreds of villagers have been kidnapped by bandits this year."));
        assertEquals(List.of("arrested:40:null:null"), find("Police arrested 40 protesters in the capital."));
        assertEquals(List.of("dead:2:null:null", "injured:2:null:null"), find("Two soldiers were killed and two others wounded in a gunfight."));
        assertEquals(List.of("dead:31:31:null", "injured:170:170:null"),
                find("At least 31 Palestinians were killed and more than 170 wounded when Israeli forces opened fire."));
        assertEquals(List.of(), find("The foundation denied that anyone had been killed there."), "no 'one' inside 'anyone'");
        assertEquals(List.of(), find("Two camps for displaced people were hit, but nobody was hurt at the 20 kilometre mark."));
    }

    @Test
    void aFigureInsideADateIsNoCount() {
        String dateline = "PORT-AU-PRINCE, Oct 4, 2024 - Members of a gang killed at least 70 people.";
        TimeExpression date = new TimeExpression(16, 28, "Oct 4, 2024", "DATE", "2024-10-04");
        assertEquals(List.of("dead:70:70:null"), find(dateline, date));
    }

    @Test
    void parsesNumbersInFiguresAndWords() {
        assertEquals(250000L, QuantityFinder.value("250,000"));
        assertEquals(6700000L, QuantityFinder.value("6.7 million"));
        assertEquals(5L, QuantityFinder.value("five"));
        assertEquals(null, QuantityFinder.value("hundreds"));
    }

    @Test
    void quantitiesStayInsideTheirSentence() {
        String text = "Ten soldiers died. Talks resumed.";
        Document d = Document.builder("q", text, text).build()
                .with(Layers.SENTENCES, List.of(new Sentence(0, 18, 0, 0), new Sentence(19, text.length(), 1, 0)))
                .with(Layers.TIMEX, List.of());
        for (Quantity q : new QuantityFinder().apply(d).layer(Layers.QUANTITIES)) {
            assertEquals(true, q.end() <= 18);
        }
    }

    @Test
    void thoseWhoLeftTheirHomesAreDisplacedWhateverElseTheSentenceTells() {
        assertEquals(List.of("dead:12:12:null", "displaced:null:2000:9999"),
                find("At least 12 Palestinians have been killed, and thousands of residents have left the camp."));
    }

    @Test
    void thePeopleAHospitalTakesInAreCountedByWhatBefellThem() {
        assertEquals(List.of("injured:31:null:null"), find("Doctors said they had received 31 wounded."));
    }

    @Test
    void speakersOfSeveralWordsAreNotCounted() {
        assertEquals(List.of("dead:20:20:null"), find("The strike killed at least 20 civilians, three residents and a local health official told reporters."));
    }
}
