package org.sitrep.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process and keeps what it printed. */
public final class CliRunner {
    /** Exit code and what went to standard output and standard error. */
    public record Result(int exitCode, String out, String err) {
        /** The last line printed: the JSON object that evaluation commands end with. */
        public String lastLine() {
            return out.strip().lines().reduce((a, b) -> b).orElse("");
        }

        /** A number field of that last JSON line. */
        public double number(String field) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + field + "\": ([0-9.]+)").matcher(lastLine());
            if (!m.find()) {
                throw new AssertionError("no field " + field + " in: " + lastLine());
            }
            return Double.parseDouble(m.group(1));
        }
    }

    private CliRunner() {}

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = SitrepCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
