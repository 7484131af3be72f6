package org.sitrep.app.eval;

import picocli.CommandLine.Command;

/** {@code sitrep eval …}: quality on public benchmarks. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure quality on public benchmarks.",
        subcommands = {ExtractionEval.class, EventsEval.class, QuietEval.class, GeoEval.class, TimeEval.class, DatingEval.class, CorefEval.class, NerEval.class})
public final class EvalCommand {
}
