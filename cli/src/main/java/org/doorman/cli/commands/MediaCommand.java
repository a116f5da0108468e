package org.doorman.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.doorman.cli.client.ClientOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `doorman media`: the media sessions the relay carries now, per stream and leg, and the door cameras' viewers. */
@Command(name = "media", mixinStandardHelpOptions = true,
        description = "Show the relayed media sessions (packets, drops, loss, jitter) and the door video relay.")
public final class MediaCommand implements Callable<Integer> {
    @Mixin ClientOptions client;
    @Option(names = "--json", description = "print one JSON object") boolean json;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        JsonNode media = client.client().get("/api/media");
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, media);
            return 0;
        }
        if (!media.path("anchoring").asBoolean()) {
            out.println("call media is not anchored (media.anchor is false)");
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode s : media.path("sessions")) {
            for (JsonNode stream : s.path("streams")) {
                for (String leg : List.of("a", "b")) {
                    JsonNode l = stream.path(leg);
                    JsonNode d = l.path("dropped");
                    long dropped = d.path("wrongSource").asLong() + d.path("srtpAuth").asLong()
                            + d.path("malformed").asLong() + d.path("unroutable").asLong();
                    rows.add(List.of(s.path("session").asText(), stream.path("media").asText(), leg.toUpperCase(),
                            l.path("remote").asText("-"), l.path("secure").asBoolean() ? "SRTP" : "RTP",
                            l.path("packetsIn").asText(), l.path("packetsOut").asText(), Long.toString(dropped)));
                }
            }
        }
        Output.table(out, List.of("SESSION", "MEDIA", "LEG", "REMOTE", "CRYPTO", "IN", "OUT", "DROPPED"), rows);
        List<List<String>> cams = new ArrayList<>();
        for (JsonNode c : media.path("cameras")) {
            cams.add(List.of(c.path("door").asText(), c.path("playing").asBoolean() ? "playing" : "idle",
                    c.path("viewers").asText(), c.path("packetsIn").asText(), c.path("dropped").asText(),
                    c.path("reconnects").asText()));
        }
        if (!cams.isEmpty()) {
            out.println();
            Output.table(out, List.of("DOOR", "CAMERA", "VIEWERS", "PACKETS", "DROPPED", "RECONNECTS"), cams);
        }
        return 0;
    }
}
