/**
 * Clean: keep the article body, drop page furniture, and record what was dropped and why.
 * Plain-text dumps get line-level classification ({@link org.sitrep.clean.LineCleaner});
 * HTML gets main-text extraction ({@link org.sitrep.clean.HtmlMainText}).
 */
package org.sitrep.clean;
