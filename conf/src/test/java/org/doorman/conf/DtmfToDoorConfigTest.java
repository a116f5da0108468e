package org.doorman.conf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** doors.N.dtmf-to-door: in which form the other party's keys are passed on to the door station itself. */
class DtmfToDoorConfigTest {
    private final ConfigLoader loader = new ConfigLoader();

    @Test
    void passesNothingOnUnlessAsked() {
        assertEquals("none", loader.defaults().door("8001").dtmfToDoor());
        assertEquals("none", loader.load(null, List.of("doors.8001.second-unlock-command=789")).door("8001").dtmfToDoor());
    }

    @Test
    void takesInfoOrRfc4733InAnyCase() {
        assertEquals("info", loader.load(null, List.of("doors.8001.dtmf-to-door=info")).door("8001").dtmfToDoor());
        assertEquals("rfc4733", loader.load(null, List.of("doors.8001.dtmf-to-door=RFC4733")).door("8001").dtmfToDoor());
    }

    @Test
    void anythingElseIsRefusedNamingTheKeyAndTheChoices() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.load(null, List.of("doors.8001.dtmf-to-door=inband")));
        assertEquals("doors.8001.dtmf-to-door", e.key());
        assertTrue(e.getMessage().contains("none, info, rfc4733"), e.getMessage());
    }
}
