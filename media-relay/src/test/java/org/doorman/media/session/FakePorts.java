package org.doorman.media.session;

import java.util.HashMap;
import java.util.Map;
import org.doorman.media.Leg;
import org.doorman.media.relay.PortAllocator;

/** Relay ports from a real allocator without sockets; remembers what was asked for. */
final class FakePorts implements StreamPorts {
    private final PortAllocator allocator = new PortAllocator(20000, 20099);
    final Map<String, Integer> given = new HashMap<>();

    @Override
    public int rtpPort(int stream, Leg leg) {
        return given.computeIfAbsent(stream + "/" + leg, k -> allocator.allocate());
    }

    int port(int stream, Leg leg) {
        return given.get(stream + "/" + leg);
    }
}
