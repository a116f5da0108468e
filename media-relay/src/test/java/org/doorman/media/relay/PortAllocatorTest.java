package org.doorman.media.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortAllocatorTest {
    @Test
    void handsOutEvenPortsWithTheirOddNeighbourInsideTheRange() {
        PortAllocator ports = new PortAllocator(20001, 20010); // 20002..20009 hold four pairs; 20010 has no partner
        assertEquals(4, ports.pairs());
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            int p = ports.allocate();
            assertEquals(0, p % 2);
            assertEquals(true, p >= 20002 && p + 1 <= 20009, "pair " + p);
            seen.add(p);
        }
        assertEquals(4, seen.size());
        assertEquals(-1, ports.allocate(), "full");
        assertEquals(8, ports.portsInUse());
    }

    @Test
    void freedPairsComeBackOnlyAfterTheRestOfTheRange() {
        PortAllocator ports = new PortAllocator(20000, 20007);
        int first = ports.allocate();
        ports.free(first);
        int second = ports.allocate();
        assertNotEquals(first, second, "next fit: a just-freed pair is not reused at once");
        assertEquals(2, ports.portsInUse());
    }

    @Test
    void freeingTwiceOrOutsideTheRangeChangesNothing() {
        PortAllocator ports = new PortAllocator(20000, 20007);
        int p = ports.allocate();
        ports.free(p);
        ports.free(p);
        ports.free(p + 1);
        ports.free(30000);
        ports.free(19998);
        assertEquals(0, ports.portsInUse());
        for (int i = 0; i < 4; i++) {
            assertNotEquals(-1, ports.allocate());
        }
        assertEquals(8, ports.portsInUse());
    }
}
