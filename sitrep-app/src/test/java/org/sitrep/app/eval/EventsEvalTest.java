package org.sitrep.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.app.CliRunner;

/** Quality floors of the extract stage on the PLOVER gold records in ../shared (issue: event F1 and actor accuracy ≥ 0.70). */
class EventsEvalTest {
    private static final Path EVENTS = Path.of(System.getProperty("sitrep.shared", "../shared")).resolve("bench/events");

    @Test
    void ploverGoldRecordsKeepTheirFloors() {
        Path gold = EVENTS.resolve("PLOVER_GSR_CAMEO.txt");
        assertTrue(Files.isRegularFile(gold), "the PLOVER records must be at " + gold.toAbsolutePath());
        CliRunner.Result run = CliRunner.run("eval", "events", gold.toString(), "--read-on", "2026-11-22");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.number("event_f1") >= 0.70, run.lastLine());
        assertTrue(run.number("actor_accuracy") >= 0.70, run.lastLine());
    }

    @Test
    void readsPetrarchValidationRecordsWithCameoCodesMappedToPlover() throws Exception {
        List<EventsEval.GoldSentence> sentences = EventsEval.readPetrarch(EVENTS.resolve("PETR.UnitTest.records.xml"),
                EVENTS.resolve("CAMEO2PLOVER-2021.txt"));
        assertTrue(sentences.size() > 250, "sentences: " + sentences.size());
        EventsEval.GoldSentence first = sentences.get(0);
        assertTrue(first.text().startsWith("Arnor is about to restore"), first.text());
        assertEquals(java.util.Set.of("COOPERATE"), first.types(), "CAMEO 064 is PLOVER COOPERATE");
        assertEquals(java.util.Set.of("ARN"), first.sources());
    }

    @Test
    void sentencesThatReportNoEventRarelyGetOne() {
        Path extraction = Path.of(System.getProperty("sitrep.shared", "../shared")).resolve("bench/extraction");
        CliRunner.Result run = CliRunner.run("eval", "quiet", extraction.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.number("sentences") > 1000, run.lastLine());
        assertTrue(run.number("false_event_rate") < 0.08, run.lastLine());
    }
}
