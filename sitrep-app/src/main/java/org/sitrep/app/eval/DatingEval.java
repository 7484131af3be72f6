package org.sitrep.app.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.model.DateWindow;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval dating DIR}: article dating with the document creation time hidden, on TimeML
 * files: the share of documents whose window contains the true date, and the median window width.
 */
@Command(name = "dating", mixinStandardHelpOptions = true, description = "Score article dating with the DCT hidden, on TimeML (*.tml) files or English MEANTIME articles.")
public final class DatingEval implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "A folder searched recursively for *.tml files and MEANTIME *.xml articles.")
    Path dir;

    @Option(names = "--read-on", description = "The day the articles are taken to be read (default: today).")
    LocalDate readOn;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<TimeEval.TimeMlDocument> docs = TimeEval.documents(dir);
        Pipeline pipeline = StandardPipeline.build(List.of(), readOn != null ? readOn : LocalDate.now());
        int covered = 0;
        List<Long> widths = new ArrayList<>();
        for (TimeEval.TimeMlDocument doc : docs) {
            Document d = pipeline.apply(Document.builder(doc.name(), doc.text(), doc.text()).build());
            DateWindow window = d.published().window();
            covered += window.contains(doc.dct()) ? 1 : 0;
            widths.add(window.widthDays());
        }
        widths.sort(null);
        long median = widths.isEmpty() ? 0 : widths.get(widths.size() / 2);
        out.printf(Locale.ROOT, "{\"docs\": %d, \"covered\": %.4f, \"median_width_days\": %d}%n", docs.size(),
                Metrics.ratio(covered, docs.size()), median);
        out.flush();
        return 0;
    }
}
