package org.doorman.conf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** logs.call-capacity and logs.alarm-capacity: how many records each log keeps. */
class LogsConfigTest {
    private final ConfigLoader loader = new ConfigLoader();

    @Test
    void defaultsKeepOneHundredThousandOfEach() {
        LogsConfig logs = loader.defaults().logs();
        assertEquals(100_000, logs.callCapacity());
        assertEquals(100_000, logs.alarmCapacity());
    }

    @Test
    void alarmCapacityCanBeSetOnItsOwn() {
        LogsConfig logs = loader.load(null, List.of("logs.alarm-capacity=500")).logs();
        assertEquals(500, logs.alarmCapacity());
        assertEquals(100_000, logs.callCapacity());
    }

    @Test
    void alarmCapacityOutsideItsRangeIsRefusedNamingTheKey() {
        for (String bad : List.of("99", "0", "-1", "10000001")) {
            ConfigException e = assertThrows(ConfigException.class,
                    () -> loader.load(null, List.of("logs.alarm-capacity=" + bad)));
            assertEquals("logs.alarm-capacity", e.key());
            assertTrue(e.getMessage().contains("from 100 to 10000000"), e.getMessage());
        }
    }
}
