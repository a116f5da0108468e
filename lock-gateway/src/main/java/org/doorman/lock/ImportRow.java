package org.doorman.lock;

/** One item of an import with the sheet row it came from, so every refusal can name that row. */
public record ImportRow<T>(int row, T value) {
}
