package org.sitrep.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sitrep.app.CliRunner;

/** The quality floor of the clean stage on the article-extraction benchmark in ../shared (issue: F1 ≥ 0.96). */
class ExtractionEvalTest {
    @Test
    void mainTextExtractionKeepsItsF1Floor() throws Exception {
        Path bench = Path.of(System.getProperty("sitrep.shared", "../shared")).resolve("bench/extraction");
        assertTrue(Files.isDirectory(bench), "the benchmark must be at " + bench.toAbsolutePath());
        CliRunner.Result run = CliRunner.run("eval", "extraction", bench.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(91, run.number("pages"), run.lastLine());
        assertTrue(run.number("f1") >= 0.96, "under the 0.96 floor: " + run.lastLine());
    }
}
