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
        String last = run.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.startsWith("{\"pages\": 91"), last);
        double f1 = Double.parseDouble(last.replaceAll(".*\"f1\": ([0-9.]+).*", "$1"));
        assertTrue(f1 >= 0.96, "F1 " + f1 + " is under the 0.96 floor");
    }
}
