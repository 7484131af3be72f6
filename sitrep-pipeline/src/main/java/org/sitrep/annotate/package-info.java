/**
 * Annotate: sentences, tokens, parts of speech, lemmas, named entities and time expressions from
 * Stanford CoreNLP. This package is the only place in Sitrep that imports {@code edu.stanford.nlp}.
 */
package org.sitrep.annotate;
