package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The word a milestone pattern's every match holds, which lets most sentences skip the pattern. */
class MilestonesTest {
    @Test
    void theAnchorIsTheLongestPlainWordOutsideGroupsAndEscapes() {
        assertEquals("baghdad", Milestones.anchor("\\bfall of Baghdad\\b"));
        assertEquals("caliphate", Milestones.anchor("\\b(?:declared|proclaimed) (?:a |the )?caliphate\\b"));
        assertEquals("mosul", Milestones.anchor("\\b(?:ISIS|Daesh)\\b[^.]{0,60}\\b(?:captured|seized)\\b[^.]{0,20}\\bMosul\\b"));
        // a letter made optional, or one after an escape, ends the word: "strike" is not sure in "strikes?"
        assertEquals("russian", Milestones.anchor("\\bRussian air ?strikes?\\b"));
        assertEquals("strike", Milestones.anchor("\\bstrikes?\\b"));
    }

    @Test
    void noAnchorWhenAlternativesStandAtTheTopOrNoWordIsLongEnough() {
        assertNull(Milestones.anchor("\\bfall of Baghdad\\b|\\bBaghdad falls\\b"));
        assertNull(Milestones.anchor("\\b(?:IS|ISIS) hit it\\b"));
    }
}
