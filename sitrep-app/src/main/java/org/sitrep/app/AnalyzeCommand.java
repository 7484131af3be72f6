package org.sitrep.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep analyze INPUT... --out DIR [--db URL]}. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse files and folders of news reports (text, HTML, JSON Lines, gzip) into events, stories and a report.")
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders (read recursively).")
    List<Path> inputs;

    @Option(names = "--out", required = true, description = "Output folder for the JSONL files and the reports.")
    Path out;

    @Mixin
    AnalysisOptions options;

    @Override
    public Integer call() throws Exception {
        return Analysis.run(inputs, out, options, options.err());
    }
}
