package org.doorman.sip.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.doorman.sip.transport.SipStreamFramer.Broken;
import org.doorman.sip.transport.SipStreamFramer.Frame;
import org.doorman.sip.transport.SipStreamFramer.Message;
import org.doorman.sip.transport.SipStreamFramer.Ping;
import org.junit.jupiter.api.Test;

class SipStreamFramerTest {
    private static final String HEAD = "OPTIONS sip:a@example.com SIP/2.0\r\nCall-ID: x\r\n";
    private final SipStreamFramer framer = new SipStreamFramer(1024, 5_000);

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private List<Frame> feed(String s) {
        return framer.feed(bytes(s), 0);
    }

    @Test
    void a_message_without_body_is_one_frame() {
        List<Frame> frames = feed(HEAD + "Content-Length: 0\r\n\r\n");
        Message m = assertInstanceOf(Message.class, frames.get(0));
        assertEquals(HEAD + "Content-Length: 0\r\n\r\n", text(m.head()));
        assertEquals(0, m.body().length);
    }

    @Test
    void a_body_arriving_one_byte_at_a_time_completes_once() {
        String message = HEAD + "Content-Length: 5\r\n\r\nHello";
        List<Frame> frames = new ArrayList<>();
        for (byte b : bytes(message)) {
            frames.addAll(framer.feed(new byte[] {b}, 0));
        }
        assertEquals(1, frames.size());
        assertEquals("Hello", text(((Message) frames.get(0)).body()));
    }

    @Test
    void pipelined_messages_and_keep_alives_come_out_in_order() {
        List<Frame> frames = feed(HEAD + "l: 2\r\n\r\nab" + "\r\n\r\n" + HEAD + "\r\n" + "\r\n");
        assertEquals(3, frames.size());
        assertEquals("ab", text(((Message) frames.get(0)).body()));
        assertInstanceOf(Ping.class, frames.get(1));
        assertEquals(0, ((Message) frames.get(2)).body().length, "no Content-Length: no body");
    }

    @Test
    void a_single_crlf_between_messages_is_ignored() {
        assertEquals(List.of(), feed("\r\n"));
        assertInstanceOf(Message.class, feed(HEAD + "\r\n").get(0));
    }

    @Test
    void content_length_is_read_in_any_form_the_grammar_allows() {
        assertEquals(150, SipStreamFramer.contentLength(bytes(HEAD + "Content-Length   : 150\r\n\r\n")));
        assertEquals(152, SipStreamFramer.contentLength(bytes(HEAD + "l: 152\r\n\r\n")));
        assertEquals(7, SipStreamFramer.contentLength(bytes(HEAD + "CONTENT-LENGTH:\r\n 7\r\n\r\n")));
        assertEquals(0, SipStreamFramer.contentLength(bytes(HEAD + "Content-Length:0\r\n\r\n")));
    }

    @Test
    void lines_ended_by_a_lone_lf_are_accepted() {
        Message m = (Message) framer.feed(bytes("OPTIONS sip:a@b SIP/2.0\nl: 1\n\nz"), 0).get(0);
        assertEquals("z", text(m.body()));
    }

    @Test
    void a_negative_content_length_breaks_the_stream_with_400() {
        Broken b = (Broken) feed(HEAD + "Content-Length: -999\r\n\r\nv=0\r\n").get(0);
        assertEquals(400, b.status());
        assertTrue(text(b.head()).startsWith("OPTIONS"));
        assertTrue(framer.broken());
    }

    @Test
    void two_content_lengths_break_the_stream_with_400() {
        Broken b = (Broken) feed(HEAD + "Content-Length: 13\r\nContent-Length: 5\r\n\r\n").get(0);
        assertEquals(400, b.status());
        assertEquals("Multiple Content-Length Headers", b.reason());
    }

    @Test
    void a_content_length_that_is_not_a_number_breaks_the_stream_with_400() {
        assertEquals(400, ((Broken) feed(HEAD + "l: ten\r\n\r\n").get(0)).status());
    }

    @Test
    void a_message_declared_longer_than_the_limit_gets_413() {
        Broken b = (Broken) feed(HEAD + "Content-Length: 99999999999\r\n\r\n").get(0);
        assertEquals(413, b.status());
    }

    @Test
    void a_head_longer_than_the_limit_breaks_the_stream_without_an_answer() {
        Broken b = (Broken) feed(HEAD + "X: " + "a".repeat(2000)).get(0);
        assertEquals(0, b.status());
        assertNull(b.head());
    }

    @Test
    void a_message_still_incomplete_after_the_time_limit_breaks_the_stream() {
        assertEquals(List.of(), framer.feed(bytes(HEAD + "Content-Length: 500\r\n\r\nv=0\r\n"), 1_000));
        assertEquals(List.of(), framer.feed(bytes("o=-"), 6_000), "5 s after the first byte is still allowed");
        Broken b = (Broken) framer.feed(bytes("s=-"), 6_001).get(0);
        assertEquals(0, b.status());
    }

    @Test
    void after_a_break_all_input_is_ignored() {
        feed(HEAD + "l: -1\r\n\r\n");
        assertEquals(List.of(), feed(HEAD + "\r\n"));
    }

    @Test
    void the_body_is_kept_byte_for_byte() {
        byte[] body = {0, (byte) 0x82, '\r', '\n', (byte) 0xFF};
        byte[] head = bytes(HEAD + "Content-Length: 5\r\n\r\n");
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        assertArrayEquals(body, ((Message) framer.feed(all, 0).get(0)).body());
    }
}
