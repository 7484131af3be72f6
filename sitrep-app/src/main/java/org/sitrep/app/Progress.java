package org.sitrep.app;

import java.io.PrintWriter;

/** A progress bar on standard error, drawn only when a person is watching (a terminal) and the run is long enough to need one. */
final class Progress {
    private static final int WIDTH = 30;
    private final int total;
    private final PrintWriter err;
    private final boolean visible;
    private final long started = System.nanoTime();

    Progress(int total, PrintWriter err) {
        this.total = total;
        this.err = err;
        this.visible = System.console() != null && total > 1;
    }

    synchronized void update(int done) {
        if (!visible) {
            return;
        }
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf("\r[%s%s] %d/%d articles, %.1f/s", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total,
                seconds > 0 ? done / seconds : 0.0);
        err.flush();
    }

    void finish() {
        if (visible) {
            err.println();
        }
    }
}
