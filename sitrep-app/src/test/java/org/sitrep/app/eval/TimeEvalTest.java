package org.sitrep.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.CliRunner;

class TimeEvalTest {
    @TempDir
    Path dir;

    @Test
    void readsTimeMlTextGoldSpansAndTheCreationTime() throws Exception {
        Path file = dir.resolve("doc.tml");
        Files.writeString(file, """
                <?xml version="1.0" ?>
                <TimeML><DOCID>x</DOCID>
                <DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-04" functionInDocument="CREATION_TIME">20010504</TIMEX3></DCT>
                <TEXT>Talks <EVENT eid="e1">resumed</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2001-05-01">Tuesday</TIMEX3> &amp; lasted <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.</TEXT>
                </TimeML>
                """);
        TimeEval.TimeMlDocument doc = TimeEval.read(file);
        assertEquals("2001-05-04", doc.dct().toString());
        assertEquals("Talks resumed on Tuesday & lasted three days.", doc.text());
        assertEquals(List.of(new TimeEval.Timex(17, 24, "2001-05-01"), new TimeEval.Timex(34, 44, "P3D")), doc.timexes());
    }

    @Test
    void timeBankAndAquaintKeepTheStrictSpanFloor() {
        Path tbaq = Path.of(System.getProperty("sitrep.shared", "../shared")).resolve("bench/time/tbaq");
        CliRunner.Result run = CliRunner.run("eval", "time", tbaq.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(256, run.number("docs"), run.lastLine());
        assertTrue(run.number("strict_f1") >= 0.82, run.lastLine());
        // Value F1 is 0.790 today, under issue #5's 0.80: this guards against regressions only.
        assertTrue(run.number("value_f1") >= 0.78, run.lastLine());
    }

    @Test
    void datingWithTheCreationTimeHiddenCoversTheTrueDate() {
        Path tbaq = Path.of(System.getProperty("sitrep.shared", "../shared")).resolve("bench/time/tbaq");
        CliRunner.Result run = CliRunner.run("eval", "dating", tbaq.toString(), "--read-on", "2026-11-22");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.number("covered") >= 0.95, run.lastLine());
    }
}
