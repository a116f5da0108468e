package org.doorman.media.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.doorman.media.Leg;
import org.doorman.media.MediaRefusedException;
import org.doorman.media.MediaRelay;

/**
 * The part of rtpengine's ng protocol that bench/media uses, mapped onto doorman's relay: "offer"
 * (leg A), "answer" (leg B), "delete" and "ping". One relay session per call-id. A leg is secure
 * (SDES keys read and written, as over TLS signalling) when its SDP says RTP/SAVP; the answering
 * leg is secure when the offer's "transport-protocol" asks for SAVP, or, without that flag, when
 * the offerer is. That is what rtpengine does with the same flags, so both relays bridge alike.
 */
final class NgCommands {
    private record Call(boolean aSecure, boolean bSecure) {
    }

    private final MediaRelay relay;
    private final Map<String, Call> calls = new ConcurrentHashMap<>();

    NgCommands(MediaRelay relay) {
        this.relay = relay;
    }

    /** The reply dictionary to one request dictionary; never throws for a bad request. */
    Map<String, Object> handle(Map<String, Object> request) {
        String command = text(request, "command");
        try {
            return switch (command == null ? "" : command) {
                case "ping" -> Map.of("result", "pong");
                case "offer" -> offer(request);
                case "answer" -> answer(request);
                case "delete" -> delete(request);
                default -> error("unsupported command '" + command + "'");
            };
        } catch (MediaRefusedException e) {
            return error(e.status() + " " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        }
    }

    private Map<String, Object> offer(Map<String, Object> request) throws MediaRefusedException {
        String callId = required(request, "call-id");
        String sdp = required(request, "sdp");
        boolean aSecure = savp(sdp);
        String transport = text(request, "transport-protocol");
        boolean bSecure = transport == null ? aSecure : transport.contains("SAVP");
        calls.put(callId, new Call(aSecure, bSecure));
        return ok(relay.offer(callId, Leg.A, sdp, aSecure, bSecure));
    }

    private Map<String, Object> answer(Map<String, Object> request) throws MediaRefusedException {
        String callId = required(request, "call-id");
        Call call = calls.get(callId);
        if (call == null) {
            return error("unknown call-id " + callId);
        }
        return ok(relay.answer(callId, Leg.B, required(request, "sdp"), call.bSecure(), call.aSecure()));
    }

    private Map<String, Object> delete(Map<String, Object> request) {
        String callId = required(request, "call-id");
        relay.release(callId);
        return calls.remove(callId) == null ? error("unknown call-id " + callId) : Map.of("result", "ok");
    }

    /** Whether an m-line of the SDP carries SRTP (RTP/SAVP or RTP/SAVPF). */
    static boolean savp(String sdp) {
        return sdp.lines().anyMatch(l -> l.startsWith("m=") && List.of(l.split(" ")).stream()
                .anyMatch(p -> p.equals("RTP/SAVP") || p.equals("RTP/SAVPF")));
    }

    private static Map<String, Object> ok(String sdp) {
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("result", "ok");
        reply.put("sdp", sdp);
        return reply;
    }

    private static Map<String, Object> error(String reason) {
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("result", "error");
        reply.put("error-reason", reason);
        return reply;
    }

    private static String text(Map<String, Object> request, String key) {
        return request.get(key) instanceof String s ? s : null;
    }

    private static String required(Map<String, Object> request, String key) {
        String value = text(request, key);
        if (value == null) {
            throw new IllegalArgumentException("'" + key + "' missing");
        }
        return value;
    }
}
