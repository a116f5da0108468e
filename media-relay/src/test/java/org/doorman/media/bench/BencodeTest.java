package org.doorman.media.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BencodeTest {
    private static Object decode(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Bencode.decode(bytes, 0, bytes.length);
    }

    @Test
    void readsAnNgOfferWithAFlagList() {
        Object v = decode("d7:command5:offer7:call-id3:c-17:replacel6:origin18:session-connectionee");
        assertEquals(Map.of("command", "offer", "call-id", "c-1", "replace", List.of("origin", "session-connection")), v);
    }

    @Test
    void readsIntegersAndStringLengthsInUtf8Bytes() {
        assertEquals(List.of(-42L, "é"), decode("li-42e2:\u00e9e"));
    }

    @Test
    void readsFromAnOffsetUpToAnEnd() {
        byte[] datagram = "cookie 4:pongXXXX".getBytes(StandardCharsets.US_ASCII);
        assertEquals("pong", Bencode.decode(datagram, 7, 13));
    }

    @Test
    void writesWhatItReads() {
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("result", "ok");
        reply.put("sdp", "v=0\r\n");
        reply.put("n", 3L);
        byte[] bytes = Bencode.encode(reply);
        assertArrayEquals("d6:result2:ok3:sdp5:v=0\r\n1:ni3ee".getBytes(StandardCharsets.US_ASCII), bytes);
        assertEquals(reply, Bencode.decode(bytes, 0, bytes.length));
    }

    @Test
    void refusesMalformedInputNamingWhere() {
        assertEquals("ends early at offset 4",
                assertThrows(IllegalArgumentException.class, () -> decode("d1:a")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> decode("9:short"));
        assertThrows(IllegalArgumentException.class, () -> decode("ixe"));
        assertThrows(IllegalArgumentException.class, () -> decode("di1e1:ae"));
        assertThrows(IllegalArgumentException.class, () -> decode("4:pongX"));
        assertThrows(IllegalArgumentException.class, () -> decode("l".repeat(Bencode.MAX_DEPTH + 2)));
    }
}
