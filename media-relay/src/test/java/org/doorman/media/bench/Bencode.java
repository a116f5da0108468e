package org.doorman.media.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bencode (the encoding of rtpengine's ng control protocol): strings, integers, lists and
 * dictionaries as {@code String}, {@code Long}, {@code List} and {@code Map}. Strings are read as
 * UTF-8; malformed input is an {@link IllegalArgumentException} naming the offset.
 */
final class Bencode {
    /** Deepest nesting read; ng messages are two levels deep. */
    static final int MAX_DEPTH = 16;

    private final byte[] in;
    private int at;

    private Bencode(byte[] in, int offset) {
        this.in = in;
        this.at = offset;
    }

    /** The one value in {@code in[offset..end)}; anything after it is an error. */
    static Object decode(byte[] in, int offset, int end) {
        Bencode reader = new Bencode(java.util.Arrays.copyOf(in, end), offset);
        Object value = reader.value(0);
        if (reader.at != end) {
            throw new IllegalArgumentException("trailing bytes at offset " + reader.at);
        }
        return value;
    }

    static byte[] encode(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, value);
        return out.toByteArray();
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("nested deeper than " + MAX_DEPTH + " at offset " + at);
        }
        byte b = peek();
        if (b == 'i') {
            at++;
            return Long.parseLong(until('e'));
        }
        if (b == 'l') {
            at++;
            List<Object> list = new ArrayList<>();
            while (peek() != 'e') {
                list.add(value(depth + 1));
            }
            at++;
            return list;
        }
        if (b == 'd') {
            at++;
            Map<String, Object> map = new LinkedHashMap<>();
            while (peek() != 'e') {
                Object key = value(depth + 1);
                if (!(key instanceof String k)) {
                    throw new IllegalArgumentException("dictionary key is not a string at offset " + at);
                }
                map.put(k, value(depth + 1));
            }
            at++;
            return map;
        }
        if (b >= '0' && b <= '9') {
            int length = Integer.parseInt(until(':'));
            if (length > in.length - at) {
                throw new IllegalArgumentException("string of " + length + " bytes runs past the end at offset " + at);
            }
            String s = new String(in, at, length, StandardCharsets.UTF_8);
            at += length;
            return s;
        }
        throw new IllegalArgumentException("unexpected '" + (char) b + "' at offset " + at);
    }

    private byte peek() {
        if (at >= in.length) {
            throw new IllegalArgumentException("ends early at offset " + at);
        }
        return in[at];
    }

    private String until(char end) {
        int start = at;
        while (peek() != end) {
            at++;
        }
        String digits = new String(in, start, at - start, StandardCharsets.US_ASCII);
        at++;
        if (!digits.matches("-?[0-9]{1,18}")) {
            throw new IllegalArgumentException("not a number: '" + digits + "' at offset " + start);
        }
        return digits;
    }

    private static void write(ByteArrayOutputStream out, Object value) {
        if (value instanceof String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(bytes);
        } else if (value instanceof Long || value instanceof Integer) {
            out.writeBytes(("i" + value + "e").getBytes(StandardCharsets.US_ASCII));
        } else if (value instanceof List<?> list) {
            out.write('l');
            list.forEach(v -> write(out, v));
            out.write('e');
        } else if (value instanceof Map<?, ?> map) {
            out.write('d');
            map.forEach((k, v) -> {
                write(out, (String) k);
                write(out, v);
            });
            out.write('e');
        } else {
            throw new IllegalArgumentException("cannot bencode " + value);
        }
    }
}
