package org.sitrep.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep demo}: the bundled sample corpus through the whole pipeline into the embedded store. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline on the bundled sample corpus and print where the report is.")
final class DemoCommand implements Callable<Integer> {
    /** The sample corpus: short reports written for Sitrep, with furniture, conflicting figures, denials and look-alikes. */
    static final List<String> CORPUS = List.of("d01-convoy-wire.txt", "d02-convoy-monitor.txt", "d03-convoy-denial.html",
            "d04-lookalike-2019.txt", "d05-idlib-strikes.jsonl", "d06-convoy-syndicated.jsonl");

    @Option(names = "--out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("sitrep-demo");

    @Mixin
    AnalysisOptions options;

    @Override
    public Integer call() throws Exception {
        Path corpus = out.resolve("corpus");
        Files.createDirectories(corpus);
        for (String name : CORPUS) {
            try (InputStream in = DemoCommand.class.getResourceAsStream("/org/sitrep/app/demo/" + name)) {
                if (in == null) {
                    throw new IOException("demo file " + name + " is missing from the jar");
                }
                Files.copy(in, corpus.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        int code = Analysis.run(List.of(corpus), out, options, options.err());
        PrintWriter stdout = options.out();
        stdout.println("Report: " + out.resolve("report.html").toAbsolutePath());
        stdout.println("        " + out.resolve("report.md").toAbsolutePath());
        stdout.flush();
        return code;
    }
}
