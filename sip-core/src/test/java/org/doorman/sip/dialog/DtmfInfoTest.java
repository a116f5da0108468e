package org.doorman.sip.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DtmfInfoTest {
    @Test
    void dtmfRelaySignalLine() {
        assertEquals(Optional.of('4'), DtmfInfo.key("application/dtmf-relay", "Signal=4\r\nDuration=160\r\n"));
        assertEquals(Optional.of('#'), DtmfInfo.key("Application/DTMF-Relay", "Duration=100\nsignal = #\n"));
    }

    @Test
    void tenAndElevenMeanStarAndHash() {
        assertEquals(Optional.of('*'), DtmfInfo.key("application/dtmf-relay", "Signal=10\r\nDuration=160"));
        assertEquals(Optional.of('#'), DtmfInfo.key("application/dtmf-relay", "Signal=11\r\nDuration=160"));
    }

    @Test
    void plainDtmfBody() {
        assertEquals(Optional.of('5'), DtmfInfo.key("application/dtmf", "5"));
        assertEquals(Optional.of('A'), DtmfInfo.key("application/dtmf", " a \r\n"));
    }

    @Test
    void anythingElseIsNoKey() {
        assertEquals(Optional.empty(), DtmfInfo.key("application/sdp", "v=0"));
        assertEquals(Optional.empty(), DtmfInfo.key("application/dtmf-relay", "Duration=160"));
        assertEquals(Optional.empty(), DtmfInfo.key("application/dtmf", "45"));
        assertEquals(Optional.empty(), DtmfInfo.key("application/dtmf-relay", "Signal=E"));
        assertEquals(Optional.empty(), DtmfInfo.key(null, "5"));
    }
}
