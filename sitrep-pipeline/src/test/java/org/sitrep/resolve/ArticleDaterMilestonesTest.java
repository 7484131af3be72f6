package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateWindow;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StandardPipeline;

/** Dating undated texts by the world events they name (milestones.tsv). The texts are our own. */
class ArticleDaterMilestonesTest {
    private static final LocalDate READ_ON = LocalDate.of(2026, 11, 22);
    private static Pipeline pipeline;

    @BeforeAll
    static void build() {
        pipeline = StandardPipeline.build(List.of(), READ_ON);
    }

    private static DateWindow dated(String text) {
        Document d = pipeline.apply(Document.builder("t", text, text).build());
        return d.published().window();
    }

    @Test
    void aRelativeTimeNextToAOneTimeEventDatesTheTextSoonAfterIt() {
        DateWindow w = dated("Militia reinforcements crossed into Syria. The fighters are meant to help the army against the rebels "
                + "who captured Aleppo last week, officials in Damascus said.");
        assertTrue(!w.earliest().isBefore(LocalDate.of(2024, 11, 29)) && !w.latest().isAfter(LocalDate.of(2024, 12, 13)), w.toString());
    }

    @Test
    void theEventsOwnDayWithoutAYearBoundsTheTextToTheYearAfter() {
        DateWindow w = dated("Government troops advanced north of Hama in Syria. Russian air strikes, which began on Sept. 30, "
                + "have hit rebel positions near Aleppo.");
        assertEquals(LocalDate.of(2015, 9, 30), w.earliest(), w.toString());
        assertEquals(LocalDate.of(2016, 9, 29), w.latest(), w.toString());
    }

    @Test
    void aRecurringEventNamedWithARelativeTimeGivesOnlyTheLowerBound() {
        DateWindow w = dated("Russian air strikes hit a market in Idlib in Syria on Monday, rescuers said.");
        assertEquals(LocalDate.of(2015, 9, 30), w.earliest(), w.toString());
        assertEquals(READ_ON, w.latest(), w.toString());
    }

    @Test
    void plansAndOtherYearsAreNoEvidence() {
        assertTrue(dated("Officials in Damascus said Russian air strikes would follow the talks in Syria.")
                .earliest().isBefore(LocalDate.of(2015, 9, 30)), "a plan");
        assertTrue(dated("Rebels captured Aleppo's eastern districts in 2012, and Syria's army has been shelling them since.")
                .earliest().isBefore(LocalDate.of(2024, 11, 29)), "another year");
    }

    @Test
    void anEventCalledImminentDatesTheTextInTheWeeksBeforeIt() {
        DateWindow w = dated("Government forces in Syria are on the verge of retaking all of Aleppo, and the rebels won't hold out long.");
        assertEquals(LocalDate.of(2016, 12, 22), w.latest(), w.toString());
        assertTrue(w.earliest().isAfter(LocalDate.of(2016, 10, 1)), w.toString());
    }

    @Test
    void anEventNamedAsAGoalIsNoEvidence() {
        DateWindow w = dated("The army in Syria launched an offensive to retake eastern Aleppo, and its jets pounded the old city.");
        assertTrue(w.earliest().isBefore(LocalDate.of(2016, 12, 22)) && w.latest().isAfter(LocalDate.of(2016, 12, 22)), w.toString());
    }
}
