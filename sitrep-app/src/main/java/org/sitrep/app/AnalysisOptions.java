package org.sitrep.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options shared by the commands that analyse articles, and where those commands print. */
final class AnalysisOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    PrintWriter err() {
        return command.commandLine().getErr();
    }

    PrintWriter out() {
        return command.commandLine().getOut();
    }

    @Option(names = "--db", description = "Store: a JDBC URL (jdbc:postgresql://…, jdbc:sqlite:…) or a file path for embedded SQLite. Default: OUT/sitrep.db")
    String db;

    @Option(names = "--actors", description = "An extra actor table (same format as the bundled actors.tsv); may repeat.")
    List<Path> actorTables = new ArrayList<>();

    @Option(names = "--read-on", description = "The day the articles were read (ISO date; default today): no undated article is dated later.")
    LocalDate readOn;

    @Option(names = "--threads", description = "Articles analysed in parallel (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-bytes", description = "Inputs larger than this are skipped (default: ${DEFAULT-VALUE}).")
    long maxBytes = 20L * 1024 * 1024;

    String storeUrl(Path out) {
        return db != null ? db : out.resolve("sitrep.db").toString();
    }

    LocalDate readOnOrToday() {
        return readOn != null ? readOn : LocalDate.now();
    }
}
