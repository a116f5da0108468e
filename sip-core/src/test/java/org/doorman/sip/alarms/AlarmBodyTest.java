package org.doorman.sip.alarms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How the body of a device's MESSAGE to the server becomes an alarm log entry. */
class AlarmBodyTest {
    private static AlarmBody read(String body) {
        return AlarmBody.read(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void dahuaDoorSensorAlarmIsKindDoorMagnetismWithTheJsonAsDetail() {
        AlarmBody a = read("{\n  \"Code\": \"AlarmLocal\",\n  \"Action\": \"Start\",\n"
                + "  \"Data\": {\"SenseMethod\": \"DoorMagnetism\", \"Index\": 0}\n}");
        assertTrue(a.json());
        assertEquals("DoorMagnetism", a.kind());
        assertEquals("{\"Code\":\"AlarmLocal\",\"Action\":\"Start\",\"Data\":{\"SenseMethod\":\"DoorMagnetism\","
                + "\"Index\":0}}", a.detail());
    }

    @Test
    void aSpecificFieldDeepDownBeatsAGeneralOneAtTheTop() {
        AlarmBody a = read("{\"method\":\"client.notifyEventStream\",\"params\":{\"eventList\":"
                + "[{\"Code\":\"AlarmLocal\",\"Data\":{\"SenseMethod\":\"PassiveInfrared\"}}]}}");
        assertEquals("PassiveInfrared", a.kind());
    }

    @Test
    void amongEqualFieldsTheOneNearestTheTopWins() {
        assertEquals("Tamper", read("{\"Data\":{\"type\":\"inner\"},\"Type\":\"Tamper\"}").kind());
    }

    @Test
    void fieldNamesAreComparedIgnoringCase() {
        assertEquals("doorForcedOpen", read("{\"eventType\":\"doorForcedOpen\"}").kind());
        assertEquals("Smoke", read("{\"ALARMTYPE\":\"Smoke\",\"code\":\"x\"}").kind());
    }

    @Test
    void jsonWithoutAKindFieldIsKindJson() {
        AlarmBody a = read("{\"zone\": 3, \"type\": \"\"}");
        assertTrue(a.json());
        assertEquals(AlarmBody.JSON, a.kind());
    }

    @Test
    void plainTextIsRecordedAsTextOnOneLine() {
        AlarmBody a = read("Door 1 forced\r\nopen\tnow ");
        assertFalse(a.json());
        assertEquals(AlarmBody.TEXT, a.kind());
        assertEquals("Door 1 forced  open now", a.detail());
    }

    @Test
    void brokenOrNonObjectJsonIsText() {
        for (String body : new String[] {"{\"Code\":", "[1,2]", "\"alarm\"", "{\"a\":1} trailing", "42"}) {
            AlarmBody a = read(body);
            assertFalse(a.json(), body);
            assertEquals(AlarmBody.TEXT, a.kind(), body);
            assertEquals(body, a.detail(), body);
        }
    }

    @Test
    void emptyAndMissingBodiesAreEmptyText() {
        assertEquals(new AlarmBody(false, "text", ""), AlarmBody.read(new byte[0]));
        assertEquals(new AlarmBody(false, "text", ""), AlarmBody.read(null));
    }

    @Test
    void invalidUtf8IsReplacedNotThrown() {
        AlarmBody a = AlarmBody.read(new byte[] {'o', 'k', (byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        assertEquals(AlarmBody.TEXT, a.kind());
        assertTrue(a.detail().startsWith("ok"), a.detail());
    }

    @Test
    void deeplyNestedJsonIsStillRead() {
        String deep = "{\"a\":".repeat(300) + "1" + "}".repeat(300);
        AlarmBody a = read(deep);
        assertTrue(a.json());
        assertEquals(AlarmBody.JSON, a.kind());
    }
}
