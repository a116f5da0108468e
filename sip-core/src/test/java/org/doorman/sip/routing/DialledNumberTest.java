package org.doorman.sip.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.doorman.sip.routing.DialledNumber.Extension;
import org.doorman.sip.routing.DialledNumber.Malformed;
import org.doorman.sip.routing.DialledNumber.Plain;
import org.doorman.sip.routing.DialledNumber.Platform;
import org.doorman.sip.routing.DialledNumber.Relative;
import org.junit.jupiter.api.Test;

class DialledNumberTest {
    @Test
    void plainNumbersUpToNineDigits() {
        assertEquals(new Plain("9901"), DialledNumber.parse("9901"));
        assertEquals(new Plain("888888888"), DialledNumber.parse("888888888"));
        assertEquals(new Malformed(), DialledNumber.parse("8888888888"));
    }

    @Test
    void roomHashZeroIsTheRoom() {
        assertEquals(new Plain("9901"), DialledNumber.parse("9901%230"));
        assertEquals(new Plain("9901"), DialledNumber.parse("9901#0"));
    }

    @Test
    void extensionsOneToNine() {
        assertEquals(new Extension("9901", 1), DialledNumber.parse("9901%231"));
        assertEquals(new Extension("9901", 9), DialledNumber.parse("9901#9"));
        assertEquals(new Malformed(), DialledNumber.parse("9901#10"));
        assertEquals(new Malformed(), DialledNumber.parse("1234567#1"));
    }

    @Test
    void relativeHashN() {
        assertEquals(new Relative(0), DialledNumber.parse("%230"));
        assertEquals(new Relative(5), DialledNumber.parse("#5"));
        assertEquals(new Malformed(), DialledNumber.parse("#"));
        assertEquals(new Malformed(), DialledNumber.parse("#12"));
    }

    @Test
    void platformBuildingUnitRoomWithOptionalExtension() {
        assertEquals(new Platform("1", "1", "101", 0), DialledNumber.parse("1%231%23101"));
        assertEquals(new Platform("1", "1", "101", 0), DialledNumber.parse("1#1#101#0"));
        assertEquals(new Platform("12", "3", "0101", 2), DialledNumber.parse("12#3#0101#2"));
        assertEquals(new Malformed(), DialledNumber.parse("1#1#101#2#3"));
    }

    @Test
    void otherEscapesAndCharactersAreMalformed() {
        assertEquals(new Malformed(), DialledNumber.parse("9901%2A"));
        assertEquals(new Malformed(), DialledNumber.parse("*9901"));
        assertEquals(new Malformed(), DialledNumber.parse(null));
        assertEquals(new Malformed(), DialledNumber.parse("1".repeat(DialledNumber.MAX_LENGTH + 1)));
    }
}
