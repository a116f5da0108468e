package org.doorman.sip.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The UDP test may change the top Via's sent-by and nothing else; this pins that down. */
class TortureMessageTest {
    private static final InetSocketAddress HERE = new InetSocketAddress("127.0.0.1", 40000);

    private static String text(TortureMessage m) {
        return new String(m.bytes(), StandardCharsets.ISO_8859_1);
    }

    /** `sentBy` is where the top Via's sent-by first occurs in the file. */
    @ParameterizedTest(name = "{0}: {1} becomes 127.0.0.1:40000")
    @CsvSource({
        "wsinv, 192.0.2.2",                  // sent-protocol folded over three lines
        "badvers, c.example.com",            // SIP/7.0
        "baddn, c.example.com:5060",
        "longreq, sip33.example.com",        // the first of 34 Vias
        "bext01, fold-and-staple.example.com",
        "mpart01, 127.0.0.1:5070",
        "insuf, 192.0.2.95"})
    void only_the_top_via_sent_by_changes(String name, String sentBy) {
        TortureMessage original = TortureMessage.load(name);
        String expected = text(original).replaceFirst(Pattern.quote(sentBy), Matcher.quoteReplacement("127.0.0.1:40000"));
        assertEquals(expected, text(original.withTopViaAt(HERE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"unreason", "noreason", "scalarlg", "bigcode", "bcast"})
    void the_five_responses_are_known_as_responses(String name) {
        assertTrue(TortureMessage.load(name).isResponse());
    }
}
