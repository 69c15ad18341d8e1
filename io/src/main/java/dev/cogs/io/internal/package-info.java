/**
 * Shared plumbing of the readers in {@code dev.cogs.io.*}: a bounded, validating ZIP reader and
 * one-line error messages. Not API: these types may change without notice and are public only so
 * that the format packages can share them.
 */
package dev.cogs.io.internal;
