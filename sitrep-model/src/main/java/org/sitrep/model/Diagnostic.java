package org.sitrep.model;

/**
 * A problem with one input, reported as data rather than thrown: a stable code, the input it
 * concerns, and a one-line message. The batch goes on; the CLI summarises and sets its exit code.
 */
public record Diagnostic(Code code, String input, String message) {
    public enum Code {
        UNREADABLE, BINARY, EMPTY, OVERSIZED, UNDECODABLE, MALFORMED, NO_BODY, FAILED
    }

    @Override
    public String toString() {
        return input + ": " + code.name().toLowerCase() + ": " + message;
    }
}
