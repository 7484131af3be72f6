package org.sitrep.model;

/**
 * Who a stretch of text is attributed to ("according to X", "X said"), over the span it covers
 * (usually a sentence), with the source's stance toward what the span says.
 *
 * <p>{@code speaker} is the mention the source is read from: in this sentence, or an earlier one
 * when a descriptor speaks again ("the monitor said"). {@code phraseStart}..{@code phraseEnd} is
 * what names the speaker in this sentence, with an appositive set off after it ("said Ali, a
 * commander in Beirut"), so that what lies there is known to describe the speaker, not the report;
 * {@code cueStart} is where the cue begins. A bare hedge ("reportedly") has no speaker, and its
 * phrase and cue offsets are -1.
 */
public record Attribution(int start, int end, ActorMention speaker, int phraseStart, int phraseEnd, Stance stance, String cue,
                          int cueStart) implements Span {
    public Attribution {
        Span.check(start, end);
        if (speaker != null) {
            Span.check(phraseStart, phraseEnd);
        }
    }

    /** A hedge of the span's own voice, attributed to nobody. */
    public static Attribution hedge(int start, int end) {
        return new Attribution(start, end, null, -1, -1, Stance.HEDGES, "hedge", -1);
    }

    public Actor source() {
        return speaker == null ? null : speaker.actor();
    }

    public String sourceText() {
        return speaker == null ? null : speaker.text();
    }

    /** Whether a span lies within what names the speaker in this sentence. */
    public boolean namesSpeaker(Span span) {
        return speaker != null && phraseStart <= span.start() && span.end() <= phraseEnd;
    }
}
