package org.doorman.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.doorman.sip.message.MessageLimits;
import org.doorman.sip.message.OperatorMessenger;
import org.doorman.sip.message.OperatorMessenger.Delivery;
import org.doorman.sip.routing.MessageRecipients;
import org.doorman.sip.routing.MessageRecipients.Audience;

/**
 * POST /api/messages {"to": NUMBER | "room": ROOM | "all": true, "text": "..."}: a text message from
 * the server to devices; answers once every device has taken it, refused it or the delivery window
 * has passed, with one DELIVERY per device.
 */
public final class MessagesRoute implements Route {
    private final OperatorMessenger messenger;
    private final MessageRecipients recipients;

    public MessagesRoute(OperatorMessenger messenger, MessageRecipients recipients) {
        this.messenger = messenger;
        this.recipients = recipients;
    }

    @Override
    public void serve(Exchange ex) throws Exception {
        if (!"POST".equals(ex.method()) || ex.segments() != 1) {
            throw new ApiException(405, null, "use POST /api/messages");
        }
        JsonNode body = ex.body();
        String text = text(body);
        List<String> devices = recipients.of(audience(body));
        List<Delivery> deliveries;
        try {
            deliveries = messenger.send(devices, text)
                    .get(MessageLimits.DELIVERY_WINDOW.toSeconds() + 5, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new ApiException(500, null, "the message was sent but its deliveries were not reported in time");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("text", text);
        for (Delivery.Result r : Delivery.Result.values()) {
            answer.put(r.name().toLowerCase(Locale.ROOT), deliveries.stream().filter(d -> d.result() == r).count());
        }
        answer.put("deliveries", deliveries.stream().map(MessagesRoute::view).toList());
        ex.send(200, answer);
    }

    private static String text(JsonNode body) {
        JsonNode text = body.path("text");
        if (!text.isTextual() || text.asText().isBlank()) {
            throw new ApiException(400, "text", "the text to send is required");
        }
        int bytes = text.asText().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MessageLimits.MAX_UDP_BODY) {
            throw new ApiException(400, "text", "the text is " + bytes + " bytes in UTF-8; at most "
                    + MessageLimits.MAX_UDP_BODY + " fit in one message to a device on UDP");
        }
        return text.asText();
    }

    private static Audience audience(JsonNode body) {
        boolean to = body.hasNonNull("to");
        boolean room = body.hasNonNull("room");
        boolean all = body.path("all").asBoolean(false);
        if ((to ? 1 : 0) + (room ? 1 : 0) + (all ? 1 : 0) != 1) {
            throw new ApiException(400, "to", "name exactly one of: to (a device number), room (a room number), all");
        }
        return to ? new Audience.Device(body.get("to").asText())
                : room ? new Audience.Room(body.get("room").asText()) : new Audience.Everyone();
    }

    /** DELIVERY as the README documents it. */
    private static Map<String, Object> view(Delivery d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("device", d.device());
        m.put("result", d.result().name().toLowerCase(Locale.ROOT));
        m.put("status", d.status() == 0 ? null : d.status());
        m.put("reason", d.reason().isEmpty() ? null : d.reason());
        return m;
    }
}
