package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateWindow;
import org.sitrep.model.LinkProfile;

class NearDuplicatesTest {
    private static final String REPORT = "Rescue teams searched the collapsed school in the hill town on Thursday after the "
            + "storm brought down its roof, the regional governor said, adding that at least nine pupils were taken to "
            + "hospital and that classes across the district would stay closed until engineers had checked every building. "
            + "Residents said the rain had not stopped for three days and that the river had burst its banks twice.";

    private static LinkProfile profile(String id, String text) {
        return Profiles.of(id, id, DateWindow.day(LocalDate.of(2024, 5, 2)), Map.of("w:x", 1), text, new float[384]);
    }

    @Test
    void aSyndicatedCopyWithAnotherTaglineIsACopy() {
        List<LinkProfile> profiles = List.of(
                profile("a", REPORT),
                profile("b", "HILL TOWN (Wire) - " + REPORT + " Reporting by a staff correspondent."),
                profile("c", "The central bank left interest rates unchanged on Thursday, saying inflation had eased for a "
                        + "third month while wages kept rising, and the governor told reporters that a cut was not yet on "
                        + "the table because energy prices could still climb again over the winter months."));
        assertArrayEquals(new int[] {0, 0, 2}, NearDuplicates.originals(profiles));
    }
}
