/**
 * The store at the pipeline's edge: analysed articles, linked events and stories, in embedded
 * SQLite by default or PostgreSQL through a JDBC URL, with the schema kept by Flyway migrations.
 * Each article is written in its own transaction, and a linking result replaces the previous one
 * in one transaction, so a crash half-way never leaves a half-written store.
 */
package org.sitrep.store;
