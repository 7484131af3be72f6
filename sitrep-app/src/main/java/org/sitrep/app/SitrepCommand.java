package org.sitrep.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: subcommands do the work. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Turns news reports into event data: one sourced card per real-world event, stories, and a situation report.",
        subcommands = {AnalyzeCommand.class, DemoCommand.class, org.sitrep.app.eval.EvalCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was analysed", "1:the run failed", "2:invalid command line",
                "3:some inputs were skipped (each is named on standard error)"})
public final class SitrepCommand implements Runnable {
    public static final int SKIPPED_INPUTS = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SitrepCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("sitrep: " + e.getMessage());
            return 1;
        });
        return cli;
    }
}
