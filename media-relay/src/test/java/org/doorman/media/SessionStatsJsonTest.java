package org.doorman.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.doorman.media.rtp.TestPackets;
import org.doorman.media.srtp.LegCipher;
import org.junit.jupiter.api.Test;

/** The statistics are plain records a default ObjectMapper writes, with the documented field names. */
class SessionStatsJsonTest {
    @Test
    void aLiveSessionWritesAsJson() throws Exception {
        try (RelayFixture f = new RelayFixture("42600-42699", "preferred", (p, o) -> LegCipher.PLAIN);
             Phone a = new Phone(); Phone b = new Phone()) {
            int[] relay = f.connect("json-1", a, b);
            byte[] rr = TestPackets.receiverReport(0xA, 0xB, 128, 3, 16);
            a.send(rr, relay[0]);
            b.receive();
            RelayFixture.await("A's report", () -> f.stats("json-1").streams().get(0).a().peerReport() != null);
            List<SessionStats> sessions = f.relay.sessions();
            JsonNode json = new ObjectMapper().valueToTree(sessions).get(0);
            assertEquals("json-1", json.get("session").asText());
            assertEquals(f.clock.instant().toString(), json.get("started").asText());
            assertTrue(json.get("answered").asBoolean());
            JsonNode legA = json.get("streams").get(0).get("a");
            assertEquals("audio", json.get("streams").get(0).get("media").asText());
            assertEquals(1, legA.get("packetsIn").asLong());
            assertEquals(0, legA.get("dropped").get("wrongSource").asLong());
            assertEquals(0.5, legA.get("peerReport").get("fractionLost").asDouble());
            assertEquals(2.0, legA.get("peerReport").get("jitterMillis").asDouble());
            assertEquals("127.0.0.1:" + a.port(), legA.get("remote").asText());
            assertTrue(legA.get("suite").isNull());
        }
    }
}
