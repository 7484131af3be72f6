package org.sitrep.app;

import picocli.CommandLine;

/** Entry point; the only place that calls System.exit. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(SitrepCommand.commandLine().execute(args));
    }
}
