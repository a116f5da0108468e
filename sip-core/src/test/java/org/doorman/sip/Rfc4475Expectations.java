package org.doorman.sip;

import static org.doorman.sip.Outcome.PROCESSED;
import static org.doorman.sip.Outcome.answer;
import static org.doorman.sip.Outcome.dropped;
import static org.doorman.sip.Outcome.processed;

import java.util.List;

/**
 * The answer RFC 4475 section 3 asks for, message by message, over UDP and over TCP, with the
 * reason. "processed" stands where the RFC says the message is valid and must be handled like any
 * other: doorman does not route INVITE yet (405), and a later proxy will answer these differently,
 * so the test asserts only that the message was not refused as malformed (no 400 or 500) and that
 * the answer carries its Call-ID. Where the RFC leaves the choice between 400 and being liberal,
 * `why` says which doorman makes.
 */
final class Rfc4475Expectations {
    /** One message: its section and tag in the RFC, the expected outcomes and why. */
    record Expectation(String section, String name, Outcome udp, Outcome tcp, String why) {
        Outcome over(String transport) {
            return transport.equals("UDP") ? udp : tcp;
        }
    }

    private Rfc4475Expectations() {}

    private static Expectation both(String section, String name, Outcome outcome, String why) {
        return new Expectation(section, name, outcome, outcome, why);
    }

    static final List<Expectation> ALL = List.of(
            // 3.1.1 Valid messages: parsed and processed.
            both("3.1.1.1", "wsinv", processed(), "short tortuous INVITE: valid, process it"),
            both("3.1.1.2", "intmeth", answer(501), "valid message with an unknown method: 501 (RFC 3261 8.2.1)"),
            both("3.1.1.3", "esc01", processed(), "valid % escapes: process it"),
            both("3.1.1.4", "escnull", answer(401), "escaped NULs in URIs are valid: the REGISTER is challenged"),
            both("3.1.1.5", "esc02", answer(501), "RE%47IST%45R is an unknown method, not REGISTER: 501"),
            both("3.1.1.6", "lwsdisp", processed(), "no LWS between display name and <: valid"),
            both("3.1.1.7", "longreq", processed(), "long header values: valid"),
            new Expectation("3.1.1.8", "dblreq", answer(401).thenSilent(),
                    answer(401).then(400, "dblreq.0ha0isnda977644900765@192.0.2.15"),
                    "UDP: the octets after Content-Length end the datagram's message and are ignored, so the"
                            + " INVITE gets no answer; TCP: on a stream they are the next message, an INVITE with"
                            + " no Contact, which RFC 3261 8.1.1.8 requires: 400 Missing Contact"),
            both("3.1.1.9", "semiuri", processed(), "';' in the Request-URI user part: valid"),
            both("3.1.1.10", "transports", processed(), "unknown transports in lower Vias: valid"),
            both("3.1.1.11", "mpart01", processed(), "multipart MESSAGE with a binary part: valid"),
            both("3.1.1.12", "unreason", dropped(), "a 200 response matching no transaction: dropped"),
            both("3.1.1.13", "noreason", dropped(), "a 100 response with an empty reason: dropped"),

            // 3.1.2 Invalid messages: 400 where a response can be formed, never a crash or a hang.
            both("3.1.2.1", "badinv01", answer(400), "';;,;,,' in Via and Contact: 400"),
            new Expectation("3.1.2.2", "clerr", answer(400), dropped(),
                    "Content-Length larger than the message: 400 over UDP; over TCP the RFC says wait for more"
                            + " data and close if none comes (TcpLimitsTest shows the close)"),
            new Expectation("3.1.2.3", "ncl", answer(400), answer(400).thenCloses(),
                    "negative Content-Length: an error; over TCP the framing is lost, so close the connection"),
            both("3.1.2.4", "scalar02", answer(400), "CSeq above 2**32-1: 400"),
            both("3.1.2.5", "scalarlg", dropped(), "a response with overlarge scalars: dropped"),
            both("3.1.2.6", "quotbal", answer(400), "unterminated quoted display name: 400"),
            both("3.1.2.7", "ltgtruri", answer(400), "<> around the Request-URI: 400"),
            both("3.1.2.8", "lwsruri", answer(400), "LWS inside the Request-URI: 400"),
            both("3.1.2.9", "lwsstart", processed(), "extra SPs in the Request-Line: RFC allows 400 or being"
                    + " liberal; the stack is liberal"),
            both("3.1.2.10", "trws", processed(), "SPs after SIP/2.0: RFC allows 400 or being liberal; liberal"),
            both("3.1.2.11", "escruri", processed(), "escaped headers in the Request-URI: RFC allows 400 or"
                    + " ignoring them; ignored (a proxy must never forward them)"),
            both("3.1.2.12", "baddate", processed(), "non-GMT Date: RFC allows 400 or ignoring the Date;"
                    + " doorman does not use Date"),
            both("3.1.2.13", "regbadct", answer(401), "URI with ?headers outside <>: RFC allows 400 or inferring"
                    + " the brackets where unambiguous, as here; inferred, so the REGISTER is challenged"),
            both("3.1.2.14", "badaspec", processed(), "spaces inside <addr-spec>: RFC allows 400 or ignoring them;"
                    + " ignored"),
            new Expectation("3.1.2.15", "baddn", processed(), dropped(),
                    "unquoted non-token display names: RFC allows 400 or inferring the quotes; the stack infers"
                            + " them (and always writes display names quoted). The file ends after 'l: 0' without"
                            + " the empty line that ends the header section: a datagram's end ends it, on a"
                            + " stream the message is simply unfinished"),
            both("3.1.2.16", "badvers", answer(505), "SIP/7.0: 505 Version Not Supported"),
            both("3.1.2.17", "mismatch01", answer(400), "CSeq method differs from the Request-Line's: 400"),
            both("3.1.2.18", "mismatch02", answer(400), "unknown method and CSeq mismatch: RFC prefers 501,"
                    + " accepts 400; the stack answers 400 before doorman sees the request"),
            both("3.1.2.19", "bigcode", dropped(), "a response with status 4294967301: dropped"),

            // 3.2 Transaction layer.
            both("3.2.1", "badbranch", processed(), "branch=z9hG4bK with no identifier: RFC allows 400 or falling"
                    + " back to RFC 2543 matching; falls back"),

            // 3.3 Application layer.
            new Expectation("3.3.1", "insuf", dropped(), answer(400),
                    "no Call-ID, From or To: ideally 400. Over UDP JAIN-SIP's UDPMessageChannel drops a request"
                            + " without them before any doorman code runs (stack limit); doorman's TCP channel"
                            + " answers 400 naming what is missing"),
            both("3.3.2", "unkscm", answer(416), "unknown Request-URI scheme: 416"),
            both("3.3.3", "novelsc", answer(416), "soap.beep: never a Request-URI doorman serves, so 416"),
            both("3.3.4", "unksm2", answer(400), "To: isbn:...: a registrar rejects it with 400 (the AOR must"
                    + " be a SIP URI)"),
            both("3.3.5", "bext01", answer(420).withHeader("Unsupported",
                    "nothingSupportsThis, nothingSupportsThisEither"),
                    "420 Bad Extension with Unsupported listing the Require tags (doorman answers as a UAS)"),
            both("3.3.6", "invut", answer(415).withHeader("Accept", "application/sdp"),
                    "an INVITE body of unknown type: 415 with Accept; doorman anchors the media, so it must"
                            + " read the offer"),
            both("3.3.7", "regaut01", answer(401), "unknown Authorization scheme: a registrar that authenticates"
                    + " answers 401 with a challenge it understands"),
            both("3.3.8", "multi01", answer(400), "several Call-ID, To, From, Max-Forwards, CSeq: 400"),
            new Expectation("3.3.9", "mcl01", answer(400), answer(400).thenCloses(),
                    "two Content-Lengths: an error; over TCP the framing is lost, so close the connection"),
            both("3.3.10", "bcast", dropped(), "a 200 with a broadcast Via matching no transaction: dropped,"
                    + " never sent to 255.255.255.255"),
            both("3.3.11", "zeromf", answer(483), "Max-Forwards 0 for a user elsewhere: 483 (doorman does not"
                    + " forward it)"),
            both("3.3.12", "cparam01", answer(401), "contact parameter outside <>: a valid REGISTER, challenged"),
            both("3.3.13", "cparam02", answer(401), "URI parameter inside <>: a valid REGISTER, challenged"),
            both("3.3.14", "regescrt", answer(401), "escaped Route in the Contact URI: a valid REGISTER,"
                    + " challenged"),
            both("3.3.15", "sdp01", answer(406), "Accept without application/sdp on an INVITE: 406, as doorman"
                    + " can answer only with SDP"),

            // 3.4 Backward compatibility.
            both("3.4.1", "inv2543", answer(400),
                    "RFC 2543 INVITE (no branch, no From tag, no Max-Forwards, no Content-Length, no Contact):"
                            + " the RFC says SHOULD be accepted for backwards compatibility. doorman deliberately"
                            + " refuses it with 400 Missing Contact: a proxy that keeps the dialog needs the"
                            + " caller's Contact (RFC 3261 8.1.1.8), and no intercom device speaks RFC 2543"));
}
