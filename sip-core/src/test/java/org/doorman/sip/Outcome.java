package org.doorman.sip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the server must do with one torture message on one transport: the final answers, in order,
 * then whether it must stay silent or close the connection.
 */
record Outcome(List<Answer> answers, boolean silentAfter, boolean closes) {
    /** Any final status but 400 and 500: the message was parsed and handled (e.g. 405 for an INVITE today). */
    static final int PROCESSED = 0;

    /**
     * One expected final response: `status` (or PROCESSED), the Call-ID it must carry (null: the
     * message's own) and header values it must carry.
     */
    record Answer(int status, String callId, Map<String, String> headers) {
        boolean accepts(int actual) {
            return status == PROCESSED ? actual >= 200 && actual != 400 && actual != 500 : actual == status;
        }

        @Override
        public String toString() {
            return status == PROCESSED ? "processed" : Integer.toString(status);
        }
    }

    static Outcome answer(int status) {
        return new Outcome(List.of(new Answer(status, null, Map.of())), false, false);
    }

    /** The RFC says "process normally": any handling result, not a parse failure. */
    static Outcome processed() {
        return answer(PROCESSED);
    }

    /** No answer at all within the wait (responses, and requests no response can be formed for). */
    static Outcome dropped() {
        return new Outcome(List.of(), true, false);
    }

    /** The first answer must also carry `name` with exactly `value`. */
    Outcome withHeader(String name, String value) {
        Answer first = answers.get(0);
        Map<String, String> headers = new LinkedHashMap<>(first.headers());
        headers.put(name, value);
        List<Answer> all = new ArrayList<>(answers);
        all.set(0, new Answer(first.status(), first.callId(), headers));
        return new Outcome(all, silentAfter, closes);
    }

    /** Then one more answer, to a second message in the same bytes with Call-ID `callId`. */
    Outcome then(int status, String callId) {
        List<Answer> all = new ArrayList<>(answers);
        all.add(new Answer(status, callId, Map.of()));
        return new Outcome(all, silentAfter, closes);
    }

    /** And nothing more within the wait. */
    Outcome thenSilent() {
        return new Outcome(answers, true, closes);
    }

    /** And the server closes the TCP connection (the stream cannot be framed any further). */
    Outcome thenCloses() {
        return new Outcome(answers, silentAfter, true);
    }

    @Override
    public String toString() {
        String said = answers.isEmpty() ? "no answer"
                : answers.stream().map(Answer::toString).collect(Collectors.joining(" then "));
        return said + (closes ? ", closes" : "");
    }
}
