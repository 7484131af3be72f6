/**
 * Report: the output contract ({@code articles.jsonl}, {@code events.jsonl}, {@code stories.jsonl})
 * and the situation report in Markdown and self-contained HTML. Offsets in the outputs point into
 * each article's original input.
 */
package org.sitrep.report;
