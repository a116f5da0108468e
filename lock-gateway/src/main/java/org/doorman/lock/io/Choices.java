package org.doorman.lock.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.doorman.lock.RefusedException;

/** Reads an enum value as operators type it: any case, spaces or dashes for underscores. */
public final class Choices {

    private Choices() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(key)) {
                return value;
            }
        }
        throw RefusedException.invalid(field, field + " must be one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")) + ", got '" + text + "'");
    }

    /** "User", "Business Trip": how a value reads in a sheet. */
    public static String label(Enum<?> value) {
        String[] words = value.name().toLowerCase(Locale.ROOT).split("_");
        return Arrays.stream(words).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining(" "));
    }
}
