package org.sitrep.model;

/** A stretch of the original input that cleaning dropped, with the reason (offsets in the original). */
public record Removal(int start, int end, String text, String reason) {}
