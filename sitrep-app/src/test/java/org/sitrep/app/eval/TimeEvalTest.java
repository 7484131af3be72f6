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
    void timeBankAndAquaintMeetTheIssueFloors() {
        Path tbaq = Path.of(System.getProperty("sitrep.shared", "../shared")).resolve("bench/time/tbaq");
        CliRunner.Result run = CliRunner.run("eval", "time", tbaq.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(256, run.number("docs"), run.lastLine());
        assertTrue(run.number("strict_f1") >= 0.82, run.lastLine());
        // Issue #5's floors: strict 0.82 and value 0.80 (0.861 and 0.802 today).
        assertTrue(run.number("value_f1") >= 0.80, run.lastLine());
    }

    @Test
    void datingWithTheCreationTimeHiddenCoversTheTrueDate() {
        Path tbaq = Path.of(System.getProperty("sitrep.shared", "../shared")).resolve("bench/time/tbaq");
        CliRunner.Result run = CliRunner.run("eval", "dating", tbaq.toString(), "--read-on", "2026-11-22");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.number("covered") >= 0.95, run.lastLine());
    }

    @Test
    void readsAMeantimeArticleWithoutItsDatelineOrItsUnannotatedSentences() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/1_talks.xml"), """
                <?xml version="1.0" ?><Document doc_id="1" doc_name="1_talks" lang="en" url="u">
                <token number="0" sentence="0" t_id="1">Talks</token>
                <token number="1" sentence="0" t_id="2">resume</token>
                <token number="2" sentence="1" t_id="3">May</token>
                <token number="3" sentence="1" t_id="4">4</token>
                <token number="4" sentence="2" t_id="5">They</token>
                <token number="5" sentence="2" t_id="6">met</token>
                <token number="6" sentence="2" t_id="7">on</token>
                <token number="7" sentence="2" t_id="8">Tuesday</token>
                <token number="8" sentence="3" t_id="9">Not</token>
                <token number="9" sentence="3" t_id="10">annotated</token>
                <Markables>
                <TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="04-05-2001">
                <token_anchor t_id="3"/><token_anchor t_id="4"/>
                </TIMEX3>
                <TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2001-05-01">
                <token_anchor t_id="8"/>
                </TIMEX3>
                </Markables>
                </Document>
                """);
        Files.copy(dir.resolve("a/1_talks.xml"), Files.createDirectories(dir.resolve("b")).resolve("1_talks.xml"));
        List<TimeEval.TimeMlDocument> docs = TimeEval.documents(dir);
        assertEquals(1, docs.size(), "one article, however many folders hold it");
        TimeEval.TimeMlDocument doc = docs.get(0);
        assertEquals("2001-05-04", doc.dct().toString(), "the one creation time written day first");
        assertEquals("Talks resume\nThey met on Tuesday", doc.text());
        assertEquals(List.of(new TimeEval.Timex(25, 32, "2001-05-01")), doc.timexes());
    }

    @Test
    void meantimeArticlesKeepTheirFloor() {
        Path meantime = Path.of(System.getProperty("sitrep.shared", "../shared")).resolve("bench/meantime");
        CliRunner.Result run = CliRunner.run("eval", "time", meantime.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(118, run.number("docs"), run.lastLine());
        // Unseen newswire, never tuned on: strict 0.796, value 0.710 today. Guards against regressions only.
        assertTrue(run.number("strict_f1") >= 0.77 && run.number("value_f1") >= 0.69, run.lastLine());
    }
}
